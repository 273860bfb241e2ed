import { useState } from 'react';
import { Button, Checkbox, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { SupportCourse } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { ruleStatusTone, type CtiPhase } from './support-options';
import { useUpdateCtiPhase } from './use-support-courses';
import { DateFormModal } from '../../forms/date-form-modal';

type Cti = NonNullable<SupportCourse['cti']>;
type PhaseNumber = CtiPhase['phase'];
type SegmentState = 'done' | 'current' | 'upcoming';

/** Where each part of the course stands: contact-building, then phases 1–3. */
function segmentStates(course: SupportCourse, cti: Cti): { contact: SegmentState; phases: Record<PhaseNumber, SegmentState> } {
  const started = cti.phases.filter((phase) => phase.startedOn !== null).map((phase) => phase.phase);
  const latest = started.length === 0 ? 0 : Math.max(...started);
  const ended = course.endedOn !== null;
  const state = (n: number): SegmentState =>
    n < latest || (ended && n <= latest) ? 'done' : n === latest ? 'current' : 'upcoming';
  return { contact: latest > 0 || ended ? 'done' : 'current', phases: { 1: state(1), 2: state(2), 3: state(3) } };
}

/** The transition badge ("due soon", "overdue") when it concerns this phase. */
function dueBadge(cti: Cti, phase: PhaseNumber, t: (key: string) => string) {
  const { transition } = cti;
  if (transition.next !== phase) return null;
  if (transition.status === 'overdue') return <StatusBadge tone="danger">{t('supportCourses.cti.overdue')}</StatusBadge>;
  if (transition.status === 'warning') return <StatusBadge tone="warning">{t('supportCourses.cti.dueSoon')}</StatusBadge>;
  return null;
}

/** The contact-building period and the three 3-month phases as a small horizontal bar. */
function PhaseBar({ course, cti }: { course: SupportCourse; cti: Cti }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const states = segmentStates(course, cti);
  const date = (value: string | null) => (value ? formatIsoDate(value, locale) : '–');
  const phaseOne = cti.phases.find((phase) => phase.phase === 1);
  return (
    <ol className="cti-bar" aria-label={t('supportCourses.cti.barLabel')} data-testid="cti-bar">
      <li className={`cti-segment cti-segment--${states.contact}`}>
        <span className="cti-segment-name">{t('supportCourses.cti.contact')}</span>
        <span className="cti-segment-dates">
          {date(course.startedOn)} – {date(phaseOne?.startedOn ?? phaseOne?.dueOn ?? null)}
        </span>
        <span className="visually-hidden">, {t(`supportCourses.cti.state.${states.contact}`)}</span>
      </li>
      {cti.phases.map((phase) => (
        <li key={phase.phase} className={`cti-segment cti-segment--${states.phases[phase.phase]}`}>
          <span className="cti-segment-name">{t('supportCourses.cti.phaseShort', { phase: phase.phase })}</span>
          <span className="cti-segment-dates">
            {phase.startedOn
              ? t('supportCourses.cti.startedShort', { date: date(phase.startedOn) })
              : t('supportCourses.cti.dueShort', { date: date(phase.dueOn) })}
          </span>
          <span className="visually-hidden">, {t(`supportCourses.cti.state.${states.phases[phase.phase]}`)}</span>
        </li>
      ))}
    </ol>
  );
}

function StartPhaseModal({ course, phase, onClose }: { course: SupportCourse; phase: CtiPhase; onClose: () => void }) {
  const { t } = useTranslation();
  const update = useUpdateCtiPhase();
  const today = todayInDenmark();
  return (
    <DateFormModal
      title={t('supportCourses.cti.startPhase', { phase: phase.phase })}
      text={t(`supportCourses.cti.phaseHint.${phase.name}`)}
      label={t('supportCourses.cti.startedOn')}
      initialDate={phase.dueOn !== null && phase.dueOn <= today ? phase.dueOn : today}
      min={course.startedOn}
      max={today}
      paths={['startedOn']}
      submitLabel={t('supportCourses.cti.startPhase', { phase: phase.phase })}
      mutation={update}
      save={(startedOn) =>
        update.mutateAsync({ id: course.id, phase: phase.phase, body: { version: course.version, startedOn } })
      }
      saved={t('supportCourses.cti.phaseStarted', { phase: phase.phase })}
      onClose={onClose}
    />
  );
}

/** One phase: its dates, "Start fase N" when it is next, and its checklist (ticked off one item at a time). */
function PhaseCard({
  course,
  cti,
  phase,
  canChange,
  onStart,
}: {
  course: SupportCourse;
  cti: Cti;
  phase: CtiPhase;
  canChange: boolean;
  onStart: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const update = useUpdateCtiPhase();
  // Ticked at once (optimistically) while the server saves; the saved checklist takes over after.
  const [ticking, setTicking] = useState<Record<number, boolean>>({});
  const isDone = (index: number, done: boolean) => ticking[index] ?? done;
  const previous = cti.phases.find((other) => other.phase === phase.phase - 1);
  const canStart =
    canChange && course.endedOn === null && phase.startedOn === null && (phase.phase === 1 || previous?.startedOn != null);
  const headingId = `phase-${course.id}-${phase.phase}`;
  const done = phase.checklist.filter((item, index) => isDone(index, item.done)).length;
  const toggle = (index: number, checked: boolean) => {
    setTicking({ [index]: checked });
    update.mutate(
      {
        id: course.id,
        phase: phase.phase,
        body: {
          version: course.version,
          checklist: phase.checklist.map((item, i) => ({ label: item.label, done: i === index ? checked : item.done })),
        },
      },
      { onSettled: () => setTicking({}) },
    );
  };
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby={headingId} data-testid={`cti-phase-${phase.phase}`}>
      <Stack gap="xs">
        <Group justify="space-between" gap="xs" align="flex-start">
          <div>
            <Title order={4} size="h5" id={headingId}>
              {t('supportCourses.cti.phaseTitle', { phase: phase.phase, name: t(`supportCourses.cti.phaseName.${phase.name}`) })}
            </Title>
            <Text size="sm" c="dimmed">
              {phase.startedOn
                ? t('supportCourses.cti.startedEnds', {
                    from: formatIsoDate(phase.startedOn, locale),
                    to: phase.endsOn ? formatIsoDate(phase.endsOn, locale) : '–',
                  })
                : phase.dueOn
                  ? t('supportCourses.cti.dueOn', { date: formatIsoDate(phase.dueOn, locale) })
                  : t('supportCourses.cti.dueUnknown')}
            </Text>
          </div>
          <Group gap={4}>{dueBadge(cti, phase.phase, t)}</Group>
        </Group>
        {canStart ? (
          <div>
            <Button size="md" leftSection={<IconPlayerPlay size={18} aria-hidden="true" />} onClick={onStart}>
              {t('supportCourses.cti.startPhase', { phase: phase.phase })}
            </Button>
          </div>
        ) : null}
        <ErrorAlert error={update.error} />
        {phase.checklist.length > 0 ? (
          <Checkbox.Group
            label={t('supportCourses.cti.checklist', { done, total: phase.checklist.length })}
            value={phase.checklist.flatMap((item, index) => (isDone(index, item.done) ? [String(index)] : []))}
          >
            <Stack gap={6} mt={6}>
              {phase.checklist.map((item, index) => (
                <Checkbox
                  key={`${index}-${item.label}`}
                  value={String(index)}
                  size="md"
                  className="cti-check"
                  label={item.label}
                  description={
                    item.doneOn ? t('supportCourses.cti.doneOn', { date: formatIsoDate(item.doneOn, locale) }) : undefined
                  }
                  disabled={!canChange || update.isPending || course.endedOn !== null}
                  onChange={(event) => toggle(index, event.currentTarget.checked)}
                />
              ))}
            </Stack>
          </Checkbox.Group>
        ) : null}
      </Stack>
    </Paper>
  );
}

/** A CTI course at a glance: the transition due and the bar of periods. */
export function CtiOverview({ course, cti }: { course: SupportCourse; cti: Cti }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const message = locale === 'en' && cti.transition.messageEn ? cti.transition.messageEn : cti.transition.messageDa;
  const showStatus = course.endedOn === null && cti.transition.status !== 'not_applicable';
  return (
    <Stack gap="sm">
      {showStatus ? (
        <Group gap="xs" wrap="nowrap" align="flex-start" data-testid="cti-transition">
          <StatusBadge tone={ruleStatusTone[cti.transition.status]}>
            {t(`supportCourses.cti.status.${cti.transition.status}`)}
          </StatusBadge>
          <Text size="sm">{message}</Text>
        </Group>
      ) : null}
      <PhaseBar course={course} cti={cti} />
    </Stack>
  );
}

/** Each phase with its dates, "Start fase N" and its checklist. */
export function CtiPhases({ course, cti, canChange }: { course: SupportCourse; cti: Cti; canChange: boolean }) {
  const [starting, setStarting] = useState<CtiPhase | null>(null);
  return (
    <Stack gap="sm">
      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="sm">
        {cti.phases.map((phase) => (
          <PhaseCard
            key={phase.phase}
            course={course}
            cti={cti}
            phase={phase}
            canChange={canChange}
            onStart={() => setStarting(phase)}
          />
        ))}
      </SimpleGrid>
      {starting ? <StartPhaseModal course={course} phase={starting} onClose={() => setStarting(null)} /> : null}
    </Stack>
  );
}

import { useRef, useState } from 'react';
import { Alert, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { IconAlertTriangle, IconCalendarPlus } from '@tabler/icons-react';
import { useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { taskforceCourseBodies } from '@hjemvej/domain';
import { ErrorAlert } from '../../components/error-alert';
import { Fact } from '../../components/fact';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { SectionNav } from '../../components/section-nav';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { seasonLabel } from './season-label';
import { TaskforceTimeline } from './taskforce-timeline';
import { TaskforceSection } from './taskforce-section';
import { TaskforceDataPackageSection } from './taskforce-data-package';
import { TaskforcePlanSection } from './taskforce-plan';
import { TaskforceStatusMeetingsSection } from './taskforce-status-meetings';
import { TaskforceCaseReviewSection } from './taskforce-case-review';
import { TaskforceReportSection } from './taskforce-report';
import { TaskforceAnchoringSection } from './taskforce-anchoring';
import { TaskforceStaffSection } from './taskforce-staff';
import { ActivityModal, AgreementModal, MarkDoneModal, MembersModal, PhasesModal } from './taskforce-course-modals';
import { useTaskforceCourse } from './use-taskforce';
import { CompactButton, EditButton } from '../../components/compact-button';

type Editing = { kind: 'phases' | 'activity' | 'agreement' | 'members' } | { kind: 'done'; activityId: string } | null;

/** One taskforce course, for both sides: the timeline, the collaboration agreement and the municipality's bodies. */
export function TaskforceCoursePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const course = useTaskforceCourse(id);
  const [editing, setEditing] = useState<Editing>(null);
  const sectionsRef = useRef<HTMLDivElement>(null);
  const c = course.data;
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  if (course.isPending) return <Loading />;
  if (!c) return <ErrorAlert error={course.error} />;
  const overdue = c.activities.filter((a) => a.isOverdue);
  const stands =
    c.currentPhase === null
      ? t('taskforce.notStarted')
      : c.currentPhase === 'finished'
        ? t('taskforce.finished')
        : t('taskforce.standsIn', { phase: t(`taskforce.phase.${c.currentPhase}`) });
  return (
    <>
      <PageHeader
        title={t('taskforce.courseTitle', { municipality: c.municipalityName })}
        description={`${t('taskforce.startSeason', { season: seasonLabel(t, c.season) })} · ${stands}`}
      />
      {overdue.length > 0 ? (
        <Alert
          color="orange"
          icon={<IconAlertTriangle size={18} aria-hidden="true" />}
          title={t('taskforce.overdueTitle', { count: overdue.length })}
          mb="lg"
          data-testid="taskforce-overdue"
        >
          <List size="sm">
            {overdue.map((a) => (
              <List.Item key={a.id}>
                {t('taskforce.overdueLine', {
                  activity: a.title || t(`taskforce.activityKind.${a.kind}`),
                  date: date(a.plannedOn),
                  phase: t(`taskforce.phase.${a.phase}`),
                })}
              </List.Item>
            ))}
          </List>
        </Alert>
      ) : null}

      <SectionNav container={sectionsRef} />
      <div ref={sectionsRef}>
        <TaskforceSection
          id="taskforce-timeline-title"
          title={t('taskforce.timeline')}
          actions={
            c.abilities.canPlan ? (
              <>
                <EditButton label={t('taskforce.editPhases')} onClick={() => setEditing({ kind: 'phases' })} />
                <CompactButton
                  icon={<IconCalendarPlus size={14} aria-hidden="true" />}
                  label={t('taskforce.addActivity')}
                  onClick={() => setEditing({ kind: 'activity' })}
                />
              </>
            ) : null
          }
        >
          <TaskforceTimeline
            course={c}
            onMarkDone={c.abilities.canMarkDone ? (activityId) => setEditing({ kind: 'done', activityId }) : undefined}
          />
        </TaskforceSection>

        <TaskforceSection
          id="taskforce-agreement-title"
          title={t('taskforce.agreement')}
          actions={
            c.abilities.canPlan ? (
              <EditButton label={t('taskforce.editAgreement')} onClick={() => setEditing({ kind: 'agreement' })} />
            ) : null
          }
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <Fact label={t('taskforce.field.signedOn')}>{date(c.agreement.signedOn)}</Fact>
            <Fact label={t('taskforce.field.document')}>{c.agreement.document || '–'}</Fact>
            <Fact label={t('taskforce.field.dataScope')}>{c.agreement.dataScope || '–'}</Fact>
            <Fact label={t('taskforce.field.dataPeriod')}>
              {c.agreement.dataPeriodFrom || c.agreement.dataPeriodTo
                ? `${date(c.agreement.dataPeriodFrom)}–${date(c.agreement.dataPeriodTo)}`
                : '–'}
            </Fact>
            <Fact label={t('taskforce.field.dataAccess')}>{c.agreement.dataAccess || '–'}</Fact>
            <Fact label={t('taskforce.field.dataValidUntil')}>{date(c.agreement.dataValidUntil)}</Fact>
          </SimpleGrid>
        </TaskforceSection>

        <TaskforceDataPackageSection course={c} />

        <TaskforceCaseReviewSection course={c} />

        <TaskforceReportSection course={c} />

        <TaskforcePlanSection course={c} />

        <TaskforceStatusMeetingsSection course={c} />

        <TaskforceAnchoringSection course={c} />

        <TaskforceStaffSection course={c} />

        <TaskforceSection
          id="taskforce-members-title"
          title={t('taskforce.members')}
          last
          actions={
            c.abilities.canEditOrganisation ? (
              <EditButton label={t('taskforce.editMembers')} onClick={() => setEditing({ kind: 'members' })} />
            ) : null
          }
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {taskforceCourseBodies.map((body) => {
              const people = c.members.filter((m) => m.body === body);
              return (
                <Stack key={body} gap="xs">
                  <Title order={3} size="h5">
                    {t(`taskforce.body.${body}`)}
                  </Title>
                  {people.length === 0 ? (
                    <Text size="sm" c="dimmed">
                      {t('taskforce.noMembers')}
                    </Text>
                  ) : (
                    <List size="sm">
                      {people.map((m, i) => (
                        <List.Item key={i}>{m.role ? `${m.name} – ${m.role}` : m.name}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              );
            })}
          </SimpleGrid>
        </TaskforceSection>
      </div>

      {editing?.kind === 'phases' ? <PhasesModal course={c} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'activity' ? <ActivityModal course={c} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'agreement' ? <AgreementModal course={c} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'members' ? <MembersModal course={c} onClose={() => setEditing(null)} /> : null}
      {editing?.kind === 'done' ? (
        <MarkDoneModal course={c} activityId={editing.activityId} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { Anchor, Button, List, NumberInput, SimpleGrid, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication, TaskforceSeason } from '@hjemvej/contract';
import { seasonStartDate } from '@hjemvej/domain';
import { todayInDenmark } from '../../format/date';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { SectionTitle } from '../../components/section-title';
import { StatusBadge } from '../../components/status-badge';
import { useNotify } from '../../components/use-notify';
import { OpenCourseButton, TaskforceApplicationCard } from './taskforce-application-card';
import { TaskforceDecisionModal, type TaskforceDecision } from './taskforce-decision-modal';
import { seasonLabel } from './season-label';
import { useSetSeasonCapacity, useTaskforceApplications, useTaskforceSeasons } from './use-taskforce';
import { FormModal } from '../../components/form-modal';
import { useApiForm } from '../../forms/use-api-form';
import { EditButton } from '../../components/compact-button';
import { HeadedCard } from '../../components/headed-card';

function CapacityModal({ season, onClose }: { season: TaskforceSeason; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const save = useSetSeasonCapacity();
  const form = useApiForm({ initialValues: { capacity: season.capacity }, error: save.error });
  const handleSubmit = async ({ capacity }: typeof form.values) => {
    await save.mutateAsync({ season: season.key, capacity: Number(capacity) });
    notify(t('taskforce.capacitySaved'));
    onClose();
  };
  return (
    <FormModal
      title={t('taskforce.capacityTitle', { season: seasonLabel(t, season) })}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={save.error}
      submit={{ label: t('taskforce.save'), loading: save.isPending }}
    >
      <NumberInput
        data-autofocus
        label={t('taskforce.field.capacity')}
        min={0}
        max={20}
        allowDecimal={false}
        {...form.getInputProps('capacity')}
      />
    </FormModal>
  );
}

/** A season whose start has not passed: its capacity can still be set (a past one only shows who started). */
function isPlannable(season: TaskforceSeason): boolean {
  return seasonStartDate(season) >= todayInDenmark();
}

/** The national taskforce's side: the seasons' starts and the applications to answer. */
export function TaskforcePlanningPage() {
  const { t } = useTranslation();
  const applications = useTaskforceApplications();
  const seasons = useTaskforceSeasons();
  const [deciding, setDeciding] = useState<{ application: TaskforceApplication; decision: TaskforceDecision } | null>(null);
  const [editingSeason, setEditingSeason] = useState<TaskforceSeason | null>(null);
  const items = applications.data?.items ?? [];
  const open = items.filter((a) => a.abilities.canDecide);
  const answered = items.filter((a) => !a.abilities.canDecide);
  const seasonItems = seasons.data?.items ?? [];

  const decisionButtons = (a: TaskforceApplication) =>
    a.abilities.canDecide
      ? (['accept', 'defer', 'decline'] as const).map((decision) => (
          <Button
            key={decision}
            size="compact-sm"
            variant={decision === 'accept' ? 'filled' : 'default'}
            onClick={() => setDeciding({ application: a, decision })}
            aria-label={t(`taskforce.decisionFor.${decision}`, { municipality: a.municipalityName })}
          >
            {t(`taskforce.decision.${decision}`)}
          </Button>
        ))
      : null;

  return (
    <>
      <PageHeader title={t('taskforce.planningTitle')} description={t('taskforce.planningLead')} />
      <ErrorAlert error={applications.error ?? seasons.error} />
      {applications.isPending || seasons.isPending ? <Loading /> : null}

      <SectionTitle id="taskforce-seasons">{t('taskforce.seasons')}</SectionTitle>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} mb="xl">
        {seasonItems.map((s) => {
          const full = isPlannable(s) && s.accepted.length >= s.capacity;
          return (
            <HeadedCard
              key={s.key}
              component="section"
              headingId={`season-${s.key}`}
              title={seasonLabel(t, s)}
              order={3}
              size="h4"
              testId="taskforce-season"
              headingMb="xs"
              aside={full ? <StatusBadge tone="warning">{t('taskforce.full')}</StatusBadge> : null}
            >
              <Text size="sm" mb="xs">
                {t('taskforce.seatsUsed', { accepted: s.accepted.length, capacity: s.capacity })}
              </Text>
              {s.accepted.length > 0 ? (
                <List size="sm" mb="xs">
                  {s.accepted.map((a) => (
                    <List.Item key={a.applicationId}>
                      {a.courseId ? (
                        <Anchor
                          component={Link}
                          to={`/taskforce/courses/${a.courseId}`}
                          aria-label={t('taskforce.openCourseOf', { municipality: a.municipalityName })}
                        >
                          {a.municipalityName}
                        </Anchor>
                      ) : (
                        a.municipalityName
                      )}
                    </List.Item>
                  ))}
                </List>
              ) : null}
              {s.preferredBy > 0 ? (
                <Text size="sm" c="dimmed" mb="xs">
                  {t('taskforce.preferredBy', { count: s.preferredBy })}
                </Text>
              ) : null}
              {isPlannable(s) ? (
                <EditButton
                  label={t('taskforce.setCapacity')}
                  onClick={() => setEditingSeason(s)}
                  ariaLabel={t('taskforce.setCapacityFor', { season: seasonLabel(t, s) })}
                />
              ) : null}
            </HeadedCard>
          );
        })}
      </SimpleGrid>

      <SectionTitle id="taskforce-open">{t('taskforce.openApplications')}</SectionTitle>
      {applications.data && open.length === 0 ? <Text c="dimmed">{t('taskforce.noOpenApplications')}</Text> : null}
      <Stack gap="lg" mb="xl">
        {open.map((a) => (
          <TaskforceApplicationCard key={a.id} level={3} application={a} actions={decisionButtons(a)} />
        ))}
      </Stack>

      {answered.length > 0 ? (
        <>
          <SectionTitle id="taskforce-answered">{t('taskforce.answeredApplications')}</SectionTitle>
          <Stack gap="lg">
            {answered.map((a) => (
              <TaskforceApplicationCard
                key={a.id}
                level={3}
                application={a}
                actions={a.courseId ? <OpenCourseButton courseId={a.courseId} /> : null}
              />
            ))}
          </Stack>
        </>
      ) : null}

      {deciding ? (
        <TaskforceDecisionModal
          application={deciding.application}
          decision={deciding.decision}
          seasons={seasonItems}
          onClose={() => setDeciding(null)}
        />
      ) : null}
      {editingSeason ? <CapacityModal season={editingSeason} onClose={() => setEditingSeason(null)} /> : null}
    </>
  );
}

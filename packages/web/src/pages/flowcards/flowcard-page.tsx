import { useState } from 'react';
import { Anchor, Button, Stack, Text } from '@mantine/core';
import { IconArchive, IconPencil, IconPrinter } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { Link, useParams } from 'react-router';
import { housingGoalWorkingDays, planFlowcard } from '@hjemvej/domain';
import { isApiError } from '../../api/api-error';
import { useSession } from '../../auth/session';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { useNotify } from '../../components/use-notify';
import { SectionTitle } from '../../components/section-title';
import { NotFoundPage } from '../not-found/not-found-page';
import { VersionHistory } from '../../versioning/version-history';
import { useVersionPicker } from '../../versioning/use-version-picker';
import { useCollaborationSettings } from '../collaboration-settings/use-collaboration-settings';
import { useFlowcardVocabulary } from './flowcard-vocabulary';
import { StepTable } from './step-table';
import { Swimlane } from './swimlane';
import { useArchiveFlowcard, useFlowcard, useFlowcardComparison, useFlowcardVersions } from './use-flowcards';
import './flowcards.css';

/** Where the card ends against the housing goal, said in words (the line in the drawing is not enough). */
function goalSummary(t: TFunction, totalWorkingDays: number, goal: { days: number; workingDay: number }): string {
  const difference = goal.workingDay - totalWorkingDays;
  const where =
    difference > 0
      ? t('flowcards.swimlane.goalBefore', { count: difference })
      : difference < 0
        ? t('flowcards.swimlane.goalAfter', { count: -difference })
        : t('flowcards.swimlane.goalOn');
  return `${t('flowcards.swimlane.goalSummary', { days: goal.days, day: goal.workingDay })} ${where}`;
}

/** One flowcard: the swimlane for the wall, the steps as a table, and every version compared. */
export function FlowcardPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { can } = useSession();
  const notify = useNotify();
  const card = useFlowcard(id);
  const versions = useFlowcardVersions(id);
  const archive = useArchiveFlowcard(id);
  const settings = useCollaborationSettings();
  const [confirmArchive, setConfirmArchive] = useState(false);
  const picker = useVersionPicker(versions);
  const comparison = useFlowcardComparison(id, picker.from, picker.to);
  const vocabulary = useFlowcardVocabulary({ ...versions.data?.stepTitles, ...comparison.data?.stepTitles });

  if (isApiError(card.error) && [400, 404].includes(card.error.status)) return <NotFoundPage />;
  if (card.isPending) return <Loading minHeight={240} />;
  if (!card.data) return <ErrorAlert error={card.error} />;
  const data = card.data;
  const plan = planFlowcard(data.steps);
  const canManage = can('flowcards.manage');
  const goalDays = settings.data?.housingGoalDays;
  const goal = goalDays === undefined ? null : { days: goalDays, workingDay: housingGoalWorkingDays(goalDays) };
  const setArchived = async (isArchived: boolean) => {
    try {
      await archive.mutateAsync(isArchived);
      notify(isArchived ? t('flowcards.archived') : t('flowcards.unarchived'));
      setConfirmArchive(false);
    } catch {
      // Shown from archive.error.
    }
  };
  return (
    <div className="flowcard-print">
      <PageHeader
        title={data.name}
        description={t('flowcards.pageDescription', { version: data.version, name: data.updatedBy ?? data.createdBy ?? '–' })}
        actions={
          <div className="flowcard-no-print" style={{ display: 'contents' }}>
            <Button variant="default" leftSection={<IconPrinter size={16} aria-hidden="true" />} onClick={() => window.print()}>
              {t('flowcards.print')}
            </Button>
            {canManage && !data.isArchived ? (
              <Button
                component={Link}
                to={`/flowcards/${data.id}/edit`}
                leftSection={<IconPencil size={16} aria-hidden="true" />}
              >
                {t('flowcards.edit')}
              </Button>
            ) : null}
            {canManage ? (
              <Button
                variant="default"
                leftSection={<IconArchive size={16} aria-hidden="true" />}
                onClick={() => (data.isArchived ? void setArchived(false) : setConfirmArchive(true))}
              >
                {data.isArchived ? t('flowcards.unarchive') : t('flowcards.archive')}
              </Button>
            ) : null}
          </div>
        }
      />
      <Anchor component={Link} to="/flowcards" size="sm" mb="md" display="inline-block" className="flowcard-no-print">
        {t('flowcards.back')}
      </Anchor>
      {data.isArchived ? (
        <div>
          <StatusBadge tone="neutral">{t('flowcards.archivedBadge')}</StatusBadge>
        </div>
      ) : null}
      <ErrorAlert error={archive.error} />
      {data.description ? (
        <Text mb="md" className="course-list-item">
          {data.description}
        </Text>
      ) : null}
      <Stack gap="xl">
        <section aria-labelledby="flowcard-swimlane-heading">
          <SectionTitle id="flowcard-swimlane-heading">{t('flowcards.swimlane.title')}</SectionTitle>
          <Swimlane name={data.name} steps={data.steps} units={data.units} plan={plan} goal={goal} />
          <Text size="sm" mt="xs" data-testid="flowcard-total">
            {t('flowcards.swimlane.total', { days: plan.totalWorkingDays, weeks: Math.ceil(plan.totalWorkingDays / 5) })}
          </Text>
          {goal ? (
            <Text size="sm" mt={4} data-testid="flowcard-goal">
              {goalSummary(t, plan.totalWorkingDays, goal)}
            </Text>
          ) : null}
        </section>
        <section aria-labelledby="flowcard-steps-heading" className="flowcard-steps">
          <SectionTitle id="flowcard-steps-heading">{t('flowcards.table.title')}</SectionTitle>
          <StepTable steps={data.steps} units={data.units} plan={plan} />
        </section>
        <div className="flowcard-no-print">
          <VersionHistory idPrefix="flowcard" {...picker.historyOf(comparison)} vocabulary={vocabulary} />
        </div>
      </Stack>
      <ConfirmDialog
        opened={confirmArchive}
        title={t('flowcards.archiveConfirmTitle')}
        message={t('flowcards.archiveConfirm')}
        confirmLabel={t('flowcards.archive')}
        pending={archive.isPending}
        error={archive.error}
        onConfirm={() => void setArchived(true)}
        onClose={() => setConfirmArchive(false)}
      />
    </div>
  );
}

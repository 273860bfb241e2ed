import { Select } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication, TaskforceSeason } from '@hjemvej/contract';
import { parseSeasonKey, seasonStartDate } from '@hjemvej/domain';
import { todayInDenmark } from '../../format/date';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { seasonLabel, seasonOptions } from './season-label';
import { LongText } from './taskforce-goals';
import { useDecideTaskforceApplication } from './use-taskforce';

export type TaskforceDecision = 'accept' | 'defer' | 'decline';

/** Accept into a season, defer (with a reason, perhaps to a season) or decline with a reason. */
export function TaskforceDecisionModal({
  application,
  decision,
  seasons,
  onClose,
}: {
  application: TaskforceApplication;
  decision: TaskforceDecision;
  seasons: readonly TaskforceSeason[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const decide = useDecideTaskforceApplication();
  const today = todayInDenmark();
  const options = seasons
    .filter((s) => seasonStartDate(s) >= today)
    .map((s) => ({
      value: s.key,
      label: t('taskforce.seasonOption', {
        season: seasonLabel(t, s),
        accepted: s.accepted.length,
        capacity: s.capacity,
      }),
    }));
  const choices = options.length > 0 ? options : seasonOptions(t);
  const preferredKey = application.preferredSeason
    ? `${application.preferredSeason.term}-${application.preferredSeason.year}`
    : null;
  const form = useApiForm({
    initialValues: {
      season: decision === 'accept' && preferredKey && choices.some((c) => c.value === preferredKey) ? preferredKey : null,
      reason: '',
    },
    error: decide.error,
  });
  const { season } = form.values;

  const handleSubmit = async ({ reason }: typeof form.values) => {
    const chosen = season ? parseSeasonKey(season) : null;
    const version = application.version;
    if (decision === 'accept') {
      if (!chosen) return;
      await decide.mutateAsync({ id: application.id, body: { decision, version, season: chosen } });
    } else if (decision === 'defer') {
      await decide.mutateAsync({ id: application.id, body: { decision, version, reason, season: chosen } });
    } else {
      await decide.mutateAsync({ id: application.id, body: { decision, version, reason } });
    }
    notify(t(`taskforce.decided.${decision}`));
    onClose();
  };

  return (
    <FormModal
      title={t(`taskforce.decisionTitle.${decision}`, { municipality: application.municipalityName })}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={decide.error}
      submit={{
        label: t(`taskforce.decision.${decision}`),
        loading: decide.isPending,
        disabled: decision === 'accept' && !season,
      }}
    >
      {decision === 'decline' ? null : (
        <Select
          data-autofocus
          required={decision === 'accept'}
          label={decision === 'accept' ? t('taskforce.field.season') : t('taskforce.field.expectedSeason')}
          data={choices}
          clearable={decision === 'defer'}
          {...form.getInputProps('season')}
        />
      )}
      {decision === 'accept' ? null : (
        <LongText
          data-autofocus={decision === 'decline' ? true : undefined}
          required
          label={t('taskforce.field.reason')}
          minRows={3}
          {...form.getInputProps('reason')}
        />
      )}
    </FormModal>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication, TaskforceSeason } from '@hjemvej/contract';
import { parseSeasonKey, seasonStartDate } from '@hjemvej/domain';
import { todayInDenmark } from '../../format/date';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { seasonLabel, seasonOptions } from './season-label';
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
  const [season, setSeason] = useState<string | null>(
    decision === 'accept' && preferredKey && choices.some((c) => c.value === preferredKey) ? preferredKey : null,
  );
  const [reason, setReason] = useState('');
  const fields = fieldErrorsOf(decide.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const chosen = season ? parseSeasonKey(season) : null;
    const version = application.version;
    try {
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
    } catch {
      // Shown from decide.error.
    }
  };

  return (
    <AppModal
      opened
      onClose={onClose}
      title={t(`taskforce.decisionTitle.${decision}`, { municipality: application.municipalityName })}
      size="lg"
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={decide.error} />
          {decision === 'decline' ? null : (
            <Select
              data-autofocus
              required={decision === 'accept'}
              label={decision === 'accept' ? t('taskforce.field.season') : t('taskforce.field.expectedSeason')}
              data={choices}
              value={season}
              onChange={setSeason}
              clearable={decision === 'defer'}
              error={fieldError(fields, 'season')}
            />
          )}
          {decision === 'accept' ? null : (
            <Textarea
              data-autofocus={decision === 'decline' ? true : undefined}
              required
              label={t('taskforce.field.reason')}
              value={reason}
              onChange={(e) => setReason(e.currentTarget.value)}
              error={fieldError(fields, 'reason')}
              autosize
              minRows={3}
            />
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={decide.isPending} disabled={decision === 'accept' && !season}>
              {t(`taskforce.decision.${decision}`)}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

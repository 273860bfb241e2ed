import { useState, type FormEvent } from 'react';
import { Button, Group, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { housingCategories, type HousingCategory } from '@hjemvej/domain';
import type { DischargeReason, Stay } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf, isApiError } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { LegalRefusalAlert } from '../legal-checks/legal-refusal-alert';
import { dischargeReasonOptions } from './stay-options';
import { useDischargeStay } from './use-stays';

/** Discharge: the date, how the stay ended and where the citizen went. */
export function DischargeModal({ stay, onClose }: { stay: Stay; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const discharge = useDischargeStay();
  const [dischargedOn, setDischargedOn] = useState(todayInDenmark());
  const [reason, setReason] = useState<DischargeReason | null>(null);
  const [destination, setDestination] = useState<HousingCategory | null>(null);
  const [missing, setMissing] = useState(false);
  const fields = fieldErrorsOf(discharge.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (!reason || !destination) {
      setMissing(true);
      return;
    }
    try {
      await discharge.mutateAsync({ id: stay.id, body: { dischargedOn, reason, destination, version: stay.version } });
      notify(t('shelterStays.discharged'));
      onClose();
    } catch {
      // Shown from discharge.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('shelterStays.dischargeTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          {/* § 110 stk. 5: the server's list of what is missing replaces the generic message. */}
          {isApiError(discharge.error) && discharge.error.legal ? (
            <LegalRefusalAlert error={discharge.error} />
          ) : (
            <ErrorAlert error={discharge.error} />
          )}
          <TextInput
            type="date"
            label={t('shelterStays.dischargedOn')}
            required
            data-autofocus
            min={stay.admittedOn}
            max={todayInDenmark()}
            value={dischargedOn}
            onChange={(event) => setDischargedOn(event.currentTarget.value)}
            error={fieldError(fields, 'dischargedOn')}
          />
          <Select
            label={t('shelterStays.dischargeReason')}
            required
            data={dischargeReasonOptions.map((value) => ({ value, label: t(`shelterStays.dischargeReasonOption.${value}`) }))}
            value={reason}
            onChange={(value) => setReason(dischargeReasonOptions.find((option) => option === value) ?? null)}
            allowDeselect={false}
            error={fieldError(fields, 'reason') ?? (missing && !reason ? t('validation.chooseOne') : undefined)}
          />
          <Select
            label={t('shelterStays.dischargeDestination')}
            description={t('shelterStays.dischargeDestinationHint')}
            required
            data={housingCategories.map((value) => ({ value, label: t(`housingCategory.${value}`) }))}
            value={destination}
            onChange={(value) => setDestination(housingCategories.find((option) => option === value) ?? null)}
            allowDeselect={false}
            error={fieldError(fields, 'destination') ?? (missing && !destination ? t('validation.chooseOne') : undefined)}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={discharge.isPending}>
              {t('shelterStays.discharge')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { useState } from 'react';
import { Button, Group, Select, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { housingCategories, type HousingCategory } from '@hjemvej/domain';
import type { DischargeReason, ShelterStay } from '@hjemvej/contract';
import { isApiError } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { LegalRefusalAlert } from '../legal-checks/legal-refusal-alert';
import { dischargeReasonOptions } from './shelter-stay-options';
import { useDischargeStay } from './use-shelter-stays';
import { DateField } from '../../components/date-field';

/** Discharge: the date, how the stay ended and where the citizen went. */
export function DischargeModal({ stay, onClose }: { stay: ShelterStay; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const discharge = useDischargeStay();
  const form = useApiForm({
    initialValues: {
      dischargedOn: todayInDenmark(),
      reason: null as DischargeReason | null,
      destination: null as HousingCategory | null,
    },
    error: discharge.error,
  });
  const { reason, destination } = form.values;
  const [missing, setMissing] = useState(false);

  const handleSubmit = async ({ dischargedOn }: typeof form.values) => {
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
      <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
        <Stack>
          {/* § 110 stk. 5: the server's list of what is missing replaces the generic message. */}
          {isApiError(discharge.error) && discharge.error.legal ? (
            <LegalRefusalAlert error={discharge.error} />
          ) : (
            <ErrorAlert error={discharge.error} />
          )}
          <DateField
            label={t('shelterStays.dischargedOn')}
            required
            data-autofocus
            min={stay.admittedOn}
            max={todayInDenmark()}
            {...form.getInputProps('dischargedOn')}
          />
          <Select
            label={t('shelterStays.dischargeReason')}
            required
            data={dischargeReasonOptions.map((value) => ({ value, label: t(`shelterStays.dischargeReasonOption.${value}`) }))}
            {...form.getInputProps('reason')}
            onChange={(value: string | null) =>
              form.setFieldValue('reason', dischargeReasonOptions.find((option) => option === value) ?? null)
            }
            allowDeselect={false}
            error={form.fieldError('reason') ?? (missing && !reason ? t('validation.chooseOne') : undefined)}
          />
          <Select
            label={t('shelterStays.dischargeDestination')}
            description={t('shelterStays.dischargeDestinationHint')}
            required
            data={housingCategories.map((value) => ({ value, label: t(`housingCategory.${value}`) }))}
            {...form.getInputProps('destination')}
            onChange={(value: string | null) =>
              form.setFieldValue('destination', housingCategories.find((option) => option === value) ?? null)
            }
            allowDeselect={false}
            error={form.fieldError('destination') ?? (missing && !destination ? t('validation.chooseOne') : undefined)}
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

import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dwelling } from '@hjemvej/contract';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { useReportVacancy } from './use-housing-supply';
import { DateField } from '../../components/date-field';

/** Report a dwelling vacant at the municipality's disposal (the register or the housing association). */
export function ReportVacancyModal({ dwelling, onClose }: { dwelling: Dwelling; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const report = useReportVacancy();
  const form = useApiForm({ initialValues: { availableFrom: todayInDenmark() }, error: report.error });
  const submit = async (values: typeof form.values) => {
    try {
      await report.mutateAsync({ dwellingId: dwelling.id, body: values });
      notify(t('housingSupply.vacancyReported'));
      onClose();
    } catch {
      // Shown from report.error.
    }
  };
  return (
    <AppModal opened onClose={onClose} title={t('housingSupply.reportVacancyTitle', { address: dwelling.address })}>
      <form onSubmit={form.onSubmit((values) => void submit(values))} noValidate>
        <Stack>
          <ErrorAlert error={report.error} />
          <Text size="sm">{t('housingSupply.reportVacancyLead')}</Text>
          <DateField
            required
            data-autofocus
            label={t('housingSupply.field.availableFrom')}
            {...form.getInputProps('availableFrom')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={report.isPending}>
              {t('housingSupply.reportVacancy')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dwelling } from '@hjemvej/contract';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { todayInDenmark } from '../../format/date';
import { useReportVacancy } from './use-housing-supply';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';

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
    <FormModal
      title={t('housingSupply.reportVacancyTitle', { address: dwelling.address })}
      onClose={onClose}
      onSubmit={form.onSubmit((values) => void submit(values))}
      error={report.error}
      submit={{ label: t('housingSupply.reportVacancy'), loading: report.isPending }}
    >
      <Text size="sm">{t('housingSupply.reportVacancyLead')}</Text>
      <DateField
        required
        data-autofocus
        label={t('housingSupply.field.availableFrom')}
        {...form.getInputProps('availableFrom')}
      />
    </FormModal>
  );
}

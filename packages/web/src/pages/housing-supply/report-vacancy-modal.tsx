import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dwelling } from '@hjemvej/contract';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { useReportVacancy } from './use-housing-supply';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';

/** Report a dwelling vacant at the municipality's disposal (the register or the housing association). */
export function ReportVacancyModal({ dwelling, onClose }: { dwelling: Dwelling; onClose: () => void }) {
  const { t } = useTranslation();
  const report = useReportVacancy();
  const { form, modal } = useFormModal({
    initialValues: { availableFrom: todayInDenmark() },
    mutation: report,
    send: (values) => report.mutateAsync({ dwellingId: dwelling.id, body: values }),
    saved: t('housingSupply.vacancyReported'),
    onClose,
    submitLabel: t('housingSupply.reportVacancy'),
  });
  return (
    <FormModal title={t('housingSupply.reportVacancyTitle', { address: dwelling.address })} {...modal}>
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

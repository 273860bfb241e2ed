import { NumberInput, SimpleGrid, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { useCreateEvictionWarning } from './use-housing-supply';
import { DateField } from '../../components/date-field';
import { FormModal } from '../../components/form-modal';

/** Register a landlord's eviction notice (almenlejeloven § 92 stk. 2): found by CPR or name. */
export function EvictionWarningModal({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation();
  const create = useCreateEvictionWarning();
  const { form, modal } = useFormModal({
    initialValues: {
      cpr: '',
      tenantName: '',
      tenantAddress: '',
      landlordName: '',
      receivedOn: todayInDenmark(),
      courtDate: '',
      arrears: '',
    },
    mutation: create,
    send: (v) =>
      create.mutateAsync({
        cpr: v.cpr === '' ? undefined : v.cpr,
        tenantName: v.tenantName,
        tenantAddress: v.tenantAddress,
        landlordName: v.landlordName,
        receivedOn: v.receivedOn,
        courtDate: v.courtDate === '' ? undefined : v.courtDate,
        arrears: typeof v.arrears === 'number' ? v.arrears : undefined,
      }),
    saved: (created) =>
      created.taskId ? t('housingSupply.warnings.createdWithTask') : t('housingSupply.warnings.createdUnlinked'),
    onClose,
    submitLabel: t('housingSupply.warnings.save'),
    size: 'lg',
  });
  return (
    <FormModal title={t('housingSupply.warnings.add')} {...modal}>
      <Text size="sm">{t('housingSupply.warnings.formLead')}</Text>
      <TextInput data-autofocus label={t('housingSupply.field.cpr')} {...form.getInputProps('cpr')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }}>
        <TextInput required label={t('housingSupply.field.tenant')} {...form.getInputProps('tenantName')} />
        <TextInput required label={t('housingSupply.field.address')} {...form.getInputProps('tenantAddress')} />
        <TextInput required label={t('housingSupply.field.landlord')} {...form.getInputProps('landlordName')} />
        <NumberInput label={t('housingSupply.field.arrears')} min={0} {...form.getInputProps('arrears')} />
        <DateField required label={t('housingSupply.field.receivedOn')} {...form.getInputProps('receivedOn')} />
        <DateField label={t('housingSupply.field.courtDate')} {...form.getInputProps('courtDate')} />
      </SimpleGrid>
    </FormModal>
  );
}

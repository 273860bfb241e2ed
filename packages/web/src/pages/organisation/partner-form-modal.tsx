import { Group, Radio, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partnerTypes, shelterOperators, type PartnerType, type ShelterOperator } from '@hjemvej/domain';
import type { Partner } from '@hjemvej/contract';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useCreatePartner, useUpdatePartner } from './use-partners';
import { FormModal } from '../../components/form-modal';

interface PartnerFormModalProps {
  /** The partner to edit; null to add a new one. */
  partner: Partner | null;
  onClose: () => void;
}

function emptyToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** Add a shelter (with operator) or another partner (with type), or edit one. */
export function PartnerFormModal({ partner, onClose }: PartnerFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const createPartner = useCreatePartner();
  const updatePartner = useUpdatePartner();
  const mutation = partner ? updatePartner : createPartner;

  const chosenFor = (kind: 'shelter' | 'partner') => (value: unknown, values: { kind: string }) =>
    values.kind === kind && !value ? t('validation.chooseOne') : null;
  const form = useApiForm({
    initialValues: {
      kind: partner?.kind ?? 'shelter',
      name: partner?.name ?? '',
      partnerType: partner?.partnerType ?? (null as PartnerType | null),
      shelterOperator: partner?.shelterOperator ?? (null as ShelterOperator | null),
      contactEmail: partner?.contactEmail ?? '',
      contactPhone: partner?.contactPhone ?? '',
    },
    error: mutation.error,
    validate: { shelterOperator: chosenFor('shelter'), partnerType: chosenFor('partner') },
  });
  const { kind } = form.values;

  const handleSubmit = async ({ name, partnerType, shelterOperator, contactEmail, contactPhone }: typeof form.values) => {
    const contact = { contactEmail: emptyToNull(contactEmail), contactPhone: emptyToNull(contactPhone) };
    if (partner) {
      await updatePartner.mutateAsync({
        id: partner.id,
        body: {
          name,
          ...contact,
          ...(kind === 'shelter' && shelterOperator ? { shelterOperator } : {}),
          ...(kind === 'partner' && partnerType ? { partnerType } : {}),
        },
      });
      notify(t('organisation.partners.updated', { name }));
    } else {
      await createPartner.mutateAsync({
        name,
        kind,
        ...(kind === 'shelter' ? { shelterOperator } : { partnerType }),
        ...contact,
      });
      notify(t('organisation.partners.created', { name }));
    }
    onClose();
  };

  return (
    <FormModal
      title={partner ? t('organisation.partners.editTitle') : t('organisation.partners.createTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={mutation.error}
      submit={{ label: partner ? t('common.save') : t('common.add'), loading: mutation.isPending }}
      actionsMt="sm"
    >
      {partner ? null : (
        <Radio.Group
          label={t('organisation.partners.kind')}
          required
          {...form.getInputProps('kind')}
          onChange={(value: string) => {
            form.setFieldValue('kind', value === 'partner' ? 'partner' : 'shelter');
            form.clearErrors();
          }}
        >
          <Group mt="xs">
            <Radio value="shelter" label={t('organisation.partnerKind.shelter')} />
            <Radio value="partner" label={t('organisation.partnerKind.partner')} />
          </Group>
        </Radio.Group>
      )}
      <TextInput label={t('organisation.partners.name')} required data-autofocus {...form.getInputProps('name')} />
      {kind === 'shelter' ? (
        <Select
          label={t('organisation.partners.shelterOperator')}
          required
          data={shelterOperators.map((value) => ({ value, label: t(`organisation.shelterOperator.${value}`) }))}
          {...form.getInputProps('shelterOperator')}
          onChange={(value: string | null) => {
            form.setFieldValue('shelterOperator', shelterOperators.find((option) => option === value) ?? null);
          }}
          allowDeselect={false}
        />
      ) : (
        <Select
          label={t('organisation.partners.partnerType')}
          required
          data={partnerTypes.map((value) => ({ value, label: t(`organisation.partnerType.${value}`) }))}
          {...form.getInputProps('partnerType')}
          onChange={(value: string | null) => {
            form.setFieldValue('partnerType', partnerTypes.find((option) => option === value) ?? null);
          }}
          allowDeselect={false}
        />
      )}
      <TextInput
        label={t('organisation.partners.contactEmail')}
        type="email"
        autoComplete="off"
        {...form.getInputProps('contactEmail')}
      />
      <TextInput
        label={t('organisation.partners.contactPhone')}
        type="tel"
        autoComplete="off"
        {...form.getInputProps('contactPhone')}
      />
    </FormModal>
  );
}

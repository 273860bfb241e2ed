import { Group, Radio, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partnerTypes, shelterOperators, type PartnerType, type ShelterOperator } from '@hjemvej/domain';
import type { Partner } from '@hjemvej/contract';
import { ChoiceSelect } from '../../forms/choice-select';
import { useFormModal } from '../../forms/use-form-modal';
import { useCreatePartner, useUpdatePartner } from './use-partners';
import { FormModal } from '../../components/form-modal';
import { blankToNull } from '../../forms/blank-to-null';

interface PartnerFormModalProps {
  /** The partner to edit; null to add a new one. */
  partner: Partner | null;
  onClose: () => void;
}

/** Add a shelter (with operator) or another partner (with type), or edit one. */
export function PartnerFormModal({ partner, onClose }: PartnerFormModalProps) {
  const { t } = useTranslation();
  const createPartner = useCreatePartner();
  const updatePartner = useUpdatePartner();

  const chosenFor = (kind: 'shelter' | 'partner') => (value: unknown, values: { kind: string }) =>
    values.kind === kind && !value ? t('validation.chooseOne') : null;
  const { form, modal } = useFormModal({
    initialValues: {
      kind: partner?.kind ?? 'shelter',
      name: partner?.name ?? '',
      partnerType: partner?.partnerType ?? (null as PartnerType | null),
      shelterOperator: partner?.shelterOperator ?? (null as ShelterOperator | null),
      contactEmail: partner?.contactEmail ?? '',
      contactPhone: partner?.contactPhone ?? '',
    },
    validate: { shelterOperator: chosenFor('shelter'), partnerType: chosenFor('partner') },
    mutation: partner ? updatePartner : createPartner,
    send: ({ kind, name, partnerType, shelterOperator, contactEmail, contactPhone }) => {
      const contact = { contactEmail: blankToNull(contactEmail), contactPhone: blankToNull(contactPhone) };
      if (partner) {
        return updatePartner.mutateAsync({
          id: partner.id,
          body: {
            name,
            ...contact,
            ...(kind === 'shelter' && shelterOperator ? { shelterOperator } : {}),
            ...(kind === 'partner' && partnerType ? { partnerType } : {}),
          },
        });
      }
      return createPartner.mutateAsync({
        name,
        kind,
        ...(kind === 'shelter' ? { shelterOperator } : { partnerType }),
        ...contact,
      });
    },
    saved: ({ name }) => t(partner ? 'organisation.partners.updated' : 'organisation.partners.created', { name }),
    onClose,
    submitLabel: partner ? t('common.save') : t('common.add'),
    size: 'lg',
    actionsMt: 'sm',
  });
  const { kind } = form.values;

  return (
    <FormModal title={partner ? t('organisation.partners.editTitle') : t('organisation.partners.createTitle')} {...modal}>
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
        <ChoiceSelect
          form={form}
          path="shelterOperator"
          choices={shelterOperators}
          choiceLabel={(value) => t(`organisation.shelterOperator.${value}`)}
          label={t('organisation.partners.shelterOperator')}
          required
        />
      ) : (
        <ChoiceSelect
          form={form}
          path="partnerType"
          choices={partnerTypes}
          choiceLabel={(value) => t(`organisation.partnerType.${value}`)}
          label={t('organisation.partners.partnerType')}
          required
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

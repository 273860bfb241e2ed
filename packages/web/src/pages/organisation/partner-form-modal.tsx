import { useState } from 'react';
import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partnerTypes, shelterOperators, type PartnerType, type ShelterOperator } from '@hjemvej/domain';
import type { Partner } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useCreatePartner, useUpdatePartner } from './use-partners';
import { AppModal } from '../../components/app-modal';

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
  });
  const { kind } = form.values;
  const [missing, setMissing] = useState(false);

  const handleSubmit = async ({ name, partnerType, shelterOperator, contactEmail, contactPhone }: typeof form.values) => {
    if ((kind === 'shelter' && !shelterOperator) || (kind === 'partner' && !partnerType)) {
      setMissing(true);
      return;
    }
    const contact = { contactEmail: emptyToNull(contactEmail), contactPhone: emptyToNull(contactPhone) };
    const subType = kind === 'shelter' ? { shelterOperator } : { partnerType };
    try {
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
        await createPartner.mutateAsync({ name, kind, ...subType, ...contact });
        notify(t('organisation.partners.created', { name }));
      }
      onClose();
    } catch {
      // Shown from mutation.error.
    }
  };

  const requiredMessage = missing ? t('validation.chooseOne') : undefined;

  return (
    <AppModal
      opened
      onClose={onClose}
      title={partner ? t('organisation.partners.editTitle') : t('organisation.partners.createTitle')}
      size="lg"
    >
      <form onSubmit={form.onSubmit((values) => void handleSubmit(values))} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          {partner ? null : (
            <Radio.Group
              label={t('organisation.partners.kind')}
              required
              {...form.getInputProps('kind')}
              onChange={(value: string) => {
                form.setFieldValue('kind', value === 'partner' ? 'partner' : 'shelter');
                setMissing(false);
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
                setMissing(false);
              }}
              allowDeselect={false}
              error={form.fieldError('shelterOperator') ?? requiredMessage}
            />
          ) : (
            <Select
              label={t('organisation.partners.partnerType')}
              required
              data={partnerTypes.map((value) => ({ value, label: t(`organisation.partnerType.${value}`) }))}
              {...form.getInputProps('partnerType')}
              onChange={(value: string | null) => {
                form.setFieldValue('partnerType', partnerTypes.find((option) => option === value) ?? null);
                setMissing(false);
              }}
              allowDeselect={false}
              error={form.fieldError('partnerType') ?? requiredMessage}
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
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending}>
              {partner ? t('common.save') : t('common.add')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

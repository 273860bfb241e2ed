import { useState, type FormEvent } from 'react';
import { Button, Group, Radio, Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { partnerTypes, shelterOperators, type PartnerType, type ShelterOperator } from '@hjemvej/domain';
import type { Partner } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useCreatePartner, useUpdatePartner } from './use-partners';
import { AppModal } from '../../components/app-modal';

type PartnerKind = Partner['kind'];

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

  const [kind, setKind] = useState<PartnerKind>(partner?.kind ?? 'shelter');
  const [name, setName] = useState(partner?.name ?? '');
  const [partnerType, setPartnerType] = useState<PartnerType | null>(partner?.partnerType ?? null);
  const [shelterOperator, setShelterOperator] = useState<ShelterOperator | null>(partner?.shelterOperator ?? null);
  const [contactEmail, setContactEmail] = useState(partner?.contactEmail ?? '');
  const [contactPhone, setContactPhone] = useState(partner?.contactPhone ?? '');
  const [missing, setMissing] = useState(false);
  const fields = fieldErrorsOf(mutation.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
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
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          {partner ? null : (
            <Radio.Group
              label={t('organisation.partners.kind')}
              required
              value={kind}
              onChange={(value) => {
                setKind(value === 'partner' ? 'partner' : 'shelter');
                setMissing(false);
              }}
              error={fieldError(fields, 'kind')}
            >
              <Group mt="xs">
                <Radio value="shelter" label={t('organisation.partnerKind.shelter')} />
                <Radio value="partner" label={t('organisation.partnerKind.partner')} />
              </Group>
            </Radio.Group>
          )}
          <TextInput
            label={t('organisation.partners.name')}
            required
            data-autofocus
            value={name}
            onChange={(event) => setName(event.currentTarget.value)}
            error={fieldError(fields, 'name')}
          />
          {kind === 'shelter' ? (
            <Select
              label={t('organisation.partners.shelterOperator')}
              required
              data={shelterOperators.map((value) => ({ value, label: t(`organisation.shelterOperator.${value}`) }))}
              value={shelterOperator}
              onChange={(value) => {
                setShelterOperator(value);
                setMissing(false);
              }}
              allowDeselect={false}
              error={fieldError(fields, 'shelterOperator') ?? requiredMessage}
            />
          ) : (
            <Select
              label={t('organisation.partners.partnerType')}
              required
              data={partnerTypes.map((value) => ({ value, label: t(`organisation.partnerType.${value}`) }))}
              value={partnerType}
              onChange={(value) => {
                setPartnerType(value);
                setMissing(false);
              }}
              allowDeselect={false}
              error={fieldError(fields, 'partnerType') ?? requiredMessage}
            />
          )}
          <TextInput
            label={t('organisation.partners.contactEmail')}
            type="email"
            autoComplete="off"
            value={contactEmail}
            onChange={(event) => setContactEmail(event.currentTarget.value)}
            error={fieldError(fields, 'contactEmail')}
          />
          <TextInput
            label={t('organisation.partners.contactPhone')}
            type="tel"
            autoComplete="off"
            value={contactPhone}
            onChange={(event) => setContactPhone(event.currentTarget.value)}
            error={fieldError(fields, 'contactPhone')}
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

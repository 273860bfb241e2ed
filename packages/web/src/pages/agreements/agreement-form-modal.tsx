import { ActionIcon, Group, Paper, Select, SimpleGrid, Text, Textarea, TextInput } from '@mantine/core';
import { IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementPartyInput } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';

import { DatePairFields } from '../../forms/date-pair-fields';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { useLinkedUnits } from '../organisation/use-linked-units';
import { useSaveAgreement } from './use-agreements';
import { usePartners } from '../organisation/use-partners';
import { DateField } from '../../components/date-field';
import { CompactButton } from '../../components/compact-button';

interface PartyDraft {
  /** 'unit:<id>' or 'org:<id>'. */
  party: string | null;
  signingUserId: string | null;
  signingName: string;
  signedOn: string;
}

const emptyParty = (): PartyDraft => ({ party: null, signingUserId: null, signingName: '', signedOn: '' });

function draftsOf(agreement: Agreement | null): PartyDraft[] {
  if (!agreement) return [emptyParty(), emptyParty()];
  return agreement.parties.map((p) => ({
    party: p.unitId ? `unit:${p.unitId}` : `org:${p.organisationId}`,
    signingUserId: p.signingUserId,
    signingName: p.signingUserId ? '' : p.signingName,
    signedOn: p.signedOn ?? '',
  }));
}

/** Write or revisit an agreement: parties (units or partners) with the leader signing for each. */
export function AgreementFormModal({ agreement, onClose }: { agreement: Agreement | null; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useSaveAgreement();
  const units = useLinkedUnits();
  const partners = usePartners();
  const today = todayInDenmark();
  const { form, modal } = useFormModal({
    initialValues: {
      title: agreement?.title ?? '',
      agreed: agreement?.agreed ?? '',
      validFrom: agreement?.validFrom ?? today,
      revisitOn: agreement?.revisitOn ?? `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`,
      parties: draftsOf(agreement),
    },
    mutation: save,
    send: (values) => {
      const body = {
        title: values.title,
        agreed: values.agreed,
        validFrom: values.validFrom,
        revisitOn: values.revisitOn,
        parties: values.parties.map((p): AgreementPartyInput => {
          const ref = p.party ?? '';
          return {
            ...(ref.startsWith('unit:') ? { unitId: ref.slice(5) } : { organisationId: ref.slice(4) }),
            ...(p.signingUserId ? { signingUserId: p.signingUserId } : { signingName: p.signingName }),
            ...(p.signedOn ? { signedOn: p.signedOn } : {}),
          };
        }),
      };
      return agreement
        ? save.mutateAsync({ id: agreement.id, body: { version: agreement.version, ...body } })
        : save.mutateAsync({ id: null, body });
    },
    saved: t('agreements.saved'),
    onClose,
    submitLabel: t('agreements.save'),
    size: 'xl',
  });
  const { parties } = form.values;
  const partyOptions = [
    {
      group: t('agreements.units'),
      items: (units.data?.items ?? []).map((u) => ({ value: `unit:${u.id}`, label: `${u.name} (${u.organisationName})` })),
    },
    { group: t('agreements.partners'), items: (partners.data ?? []).map((p) => ({ value: `org:${p.id}`, label: p.name })) },
  ];
  const membersOf = (party: string | null) => {
    if (!party?.startsWith('unit:')) return [];
    return units.data?.items.find((u) => u.id === party.slice(5))?.members ?? [];
  };

  return (
    <FormModal title={agreement ? t('agreements.editTitle') : t('agreements.createTitle')} {...modal}>
      <TextInput required data-autofocus label={t('agreements.field.title')} {...form.getInputProps('title')} />
      <Textarea required label={t('agreements.field.agreed')} {...form.getInputProps('agreed')} autosize minRows={3} />
      <DatePairFields
        form={form}
        fields={[
          { path: 'validFrom', label: t('agreements.field.validFrom'), required: true },
          { path: 'revisitOn', label: t('agreements.field.revisitOn'), required: true },
        ]}
      />
      <Text fw={500}>{t('agreements.parties')}</Text>
      {form.fieldError('parties') ? (
        <Text c="red.9" size="sm">
          {form.fieldError('parties')}
        </Text>
      ) : null}
      {parties.map((p, index) => {
        const members = membersOf(p.party);
        return (
          <Paper key={index} withBorder p="sm" radius="sm">
            <Group align="flex-end" gap="xs" wrap="nowrap">
              <SimpleGrid cols={{ base: 1, sm: 3 }} style={{ flex: 1 }}>
                <Select
                  required
                  label={t('agreements.party', { n: index + 1 })}
                  data={partyOptions}
                  value={p.party}
                  onChange={(value) => form.setFieldValue(`parties.${index}`, { ...p, party: value, signingUserId: null })}
                  searchable
                  comboboxProps={{ withinPortal: true }}
                  error={
                    form.fieldError(`parties.${index}.unitId`) ??
                    form.fieldError(`parties.${index}.organisationId`) ??
                    form.fieldError(`parties.${index}`)
                  }
                />
                {members.length > 0 ? (
                  <Select
                    label={t('agreements.signer')}
                    data={members.map((m) => ({ value: m.id, label: m.name }))}
                    clearable
                    comboboxProps={{ withinPortal: true }}
                    {...form.getInputProps(`parties.${index}.signingUserId`)}
                  />
                ) : (
                  <TextInput label={t('agreements.signerName')} {...form.getInputProps(`parties.${index}.signingName`)} />
                )}
                <DateField label={t('agreements.signedOn')} {...form.getInputProps(`parties.${index}.signedOn`)} />
              </SimpleGrid>
              <ActionIcon
                variant="default"
                size="lg"
                disabled={parties.length <= 2}
                aria-label={t('agreements.removeParty', { n: index + 1 })}
                onClick={() => form.removeListItem('parties', index)}
              >
                <IconTrash size={16} aria-hidden="true" />
              </ActionIcon>
            </Group>
          </Paper>
        );
      })}
      <div>
        <CompactButton label={t('agreements.addParty')} onClick={() => form.insertListItem('parties', emptyParty())} />
      </div>
    </FormModal>
  );
}

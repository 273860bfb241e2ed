import { useState, type FormEvent } from 'react';
import { ActionIcon, Button, Group, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Agreement, AgreementPartyInput } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { useLinkedUnits } from '../organisation/use-linked-units';
import { useSaveAgreement } from './use-agreements';
import { usePartners } from '../organisation/use-partners';
import { DateField } from '../../components/date-field';

interface PartyDraft {
  /** 'unit:<id>' or 'org:<id>'. */
  party: string | null;
  signingUserId: string | null;
  signingName: string;
  signedOn: string;
}

function draftsOf(agreement: Agreement | null): PartyDraft[] {
  if (!agreement) return [0, 1].map(() => ({ party: null, signingUserId: null, signingName: '', signedOn: '' }));
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
  const notify = useNotify();
  const save = useSaveAgreement();
  const units = useLinkedUnits();
  const partners = usePartners();
  const today = todayInDenmark();
  const [title, setTitle] = useState(agreement?.title ?? '');
  const [agreed, setAgreed] = useState(agreement?.agreed ?? '');
  const [validFrom, setValidFrom] = useState(agreement?.validFrom ?? today);
  const [revisitOn, setRevisitOn] = useState(agreement?.revisitOn ?? `${Number(today.slice(0, 4)) + 1}${today.slice(4)}`);
  const [parties, setParties] = useState<PartyDraft[]>(draftsOf(agreement));
  const fields = fieldErrorsOf(save.error);
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

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const body = {
      title,
      agreed,
      validFrom,
      revisitOn,
      parties: parties.map((p): AgreementPartyInput => {
        const ref = p.party ?? '';
        return {
          ...(ref.startsWith('unit:') ? { unitId: ref.slice(5) } : { organisationId: ref.slice(4) }),
          ...(p.signingUserId ? { signingUserId: p.signingUserId } : { signingName: p.signingName }),
          ...(p.signedOn ? { signedOn: p.signedOn } : {}),
        };
      }),
    };
    try {
      if (agreement) await save.mutateAsync({ id: agreement.id, body: { version: agreement.version, ...body } });
      else await save.mutateAsync({ id: null, body });
      notify(t('agreements.saved'));
      onClose();
    } catch {
      // Shown from save.error.
    }
  };

  const setParty = (index: number, change: Partial<PartyDraft>) =>
    setParties(parties.map((p, i) => (i === index ? { ...p, ...change } : p)));

  return (
    <AppModal opened onClose={onClose} title={agreement ? t('agreements.editTitle') : t('agreements.createTitle')} size="xl">
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={save.error} />
          <TextInput
            required
            data-autofocus
            label={t('agreements.field.title')}
            value={title}
            onChange={(e) => setTitle(e.currentTarget.value)}
            error={fieldError(fields, 'title')}
          />
          <Textarea
            required
            label={t('agreements.field.agreed')}
            value={agreed}
            onChange={(e) => setAgreed(e.currentTarget.value)}
            error={fieldError(fields, 'agreed')}
            autosize
            minRows={3}
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }}>
            <DateField
              required
              label={t('agreements.field.validFrom')}
              value={validFrom}
              onChange={(value) => setValidFrom(value)}
              error={fieldError(fields, 'validFrom')}
            />
            <DateField
              required
              label={t('agreements.field.revisitOn')}
              value={revisitOn}
              onChange={(value) => setRevisitOn(value)}
              error={fieldError(fields, 'revisitOn')}
            />
          </SimpleGrid>
          <Text fw={500}>{t('agreements.parties')}</Text>
          {fieldError(fields, 'parties') ? (
            <Text c="red.9" size="sm">
              {fieldError(fields, 'parties')}
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
                      onChange={(value) => setParty(index, { party: value, signingUserId: null })}
                      searchable
                      comboboxProps={{ withinPortal: true }}
                      error={
                        fieldError(fields, `parties.${index}.unitId`) ??
                        fieldError(fields, `parties.${index}.organisationId`) ??
                        fieldError(fields, `parties.${index}`)
                      }
                    />
                    {members.length > 0 ? (
                      <Select
                        label={t('agreements.signer')}
                        data={members.map((m) => ({ value: m.id, label: m.name }))}
                        value={p.signingUserId}
                        onChange={(value) => setParty(index, { signingUserId: value })}
                        clearable
                        comboboxProps={{ withinPortal: true }}
                        error={fieldError(fields, `parties.${index}.signingUserId`)}
                      />
                    ) : (
                      <TextInput
                        label={t('agreements.signerName')}
                        value={p.signingName}
                        onChange={(e) => setParty(index, { signingName: e.currentTarget.value })}
                        error={fieldError(fields, `parties.${index}.signingName`)}
                      />
                    )}
                    <DateField
                      label={t('agreements.signedOn')}
                      value={p.signedOn}
                      onChange={(value) => setParty(index, { signedOn: value })}
                    />
                  </SimpleGrid>
                  <ActionIcon
                    variant="default"
                    size="lg"
                    disabled={parties.length <= 2}
                    aria-label={t('agreements.removeParty', { n: index + 1 })}
                    onClick={() => setParties(parties.filter((_, i) => i !== index))}
                  >
                    <IconTrash size={16} aria-hidden="true" />
                  </ActionIcon>
                </Group>
              </Paper>
            );
          })}
          <div>
            <Button
              size="compact-sm"
              variant="default"
              leftSection={<IconPlus size={14} aria-hidden="true" />}
              onClick={() => setParties([...parties, { party: null, signingUserId: null, signingName: '', signedOn: '' }])}
            >
              {t('agreements.addParty')}
            </Button>
          </div>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('agreements.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

import { useState, type FormEvent } from 'react';
import { DateField } from '../../components/date-field';
import { Alert, Button, Group, List, NumberInput, Select, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingAllocation, UpdateHousingAllocationBody } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf, isApiError } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { usePartners } from '../organisation/use-partners';
import { useCreateHousingAllocation, useUpdateHousingAllocation } from './use-housing-allocations';

interface Draft {
  address: string;
  landlord: string;
  partnerId: string | null;
  monthlyRent: number | string;
  rooms: number | string;
  allocatedOn: string;
  leaseSignedOn: string;
  plannedMoveInOn: string;
  withdrawnOn: string;
  withdrawalReason: string;
  note: string;
}

const draftFields = [
  'address',
  'landlord',
  'partnerId',
  'monthlyRent',
  'rooms',
  'allocatedOn',
  'leaseSignedOn',
  'plannedMoveInOn',
  'withdrawnOn',
  'withdrawalReason',
  'note',
] as const satisfies readonly (keyof Draft)[];

function draftOf(allocation: HousingAllocation | null): Draft {
  return {
    address: allocation?.address ?? '',
    landlord: allocation?.landlord ?? '',
    partnerId: allocation?.partner?.id ?? null,
    monthlyRent: allocation?.monthlyRent ?? '',
    rooms: allocation?.rooms ?? '',
    allocatedOn: allocation?.allocatedOn ?? todayInDenmark(),
    leaseSignedOn: allocation?.leaseSignedOn ?? '',
    plannedMoveInOn: allocation?.plannedMoveInOn ?? '',
    withdrawnOn: allocation?.withdrawnOn ?? '',
    withdrawalReason: allocation?.withdrawalReason ?? '',
    note: allocation?.note ?? '',
  };
}

const orNull = (value: string) => (value.trim() === '' ? null : value.trim());
const numberOrNull = (value: number | string) => (typeof value === 'number' ? value : value.trim() === '' ? null : Number(value));

interface HousingAllocationFormModalProps {
  citizenId: string;
  /** null: a new allocation. */
  allocation: HousingAllocation | null;
  onClose: () => void;
}

/**
 * A new allocation of own housing, or changes to one (lease signed, planned move-in, withdrawn).
 * An impossible sequence of dates is explained by the server next to the field it names. When
 * someone else saved first, nothing is overwritten: the dialog shows what they changed.
 */
export function HousingAllocationFormModal({ citizenId, allocation, onClose }: HousingAllocationFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const create = useCreateHousingAllocation(citizenId);
  const update = useUpdateHousingAllocation();
  const mutation = allocation ? update : create;
  const partners = usePartners();
  const [base, setBase] = useState<HousingAllocation | null>(allocation);
  const [draft, setDraft] = useState<Draft>(() => draftOf(allocation));
  const [missingAddress, setMissingAddress] = useState(false);
  const fields = fieldErrorsOf(mutation.error);
  const isConflict = isApiError(update.error) && update.error.status === 409;
  const baseDraft = draftOf(base);
  const currentDraft = draftOf(allocation);
  const changedByOther =
    allocation && base && allocation.version !== base.version
      ? draftFields.filter((field) => String(currentDraft[field]) !== String(baseDraft[field]))
      : [];
  const housingAssociations = (partners.data ?? []).filter(
    (partner) => partner.partnerType === 'housing_association' || partner.id === draft.partnerId,
  );
  const isStale = isConflict && allocation !== null && base !== null && allocation.version !== base.version;
  const isMovedIn = allocation?.moveInOn != null;

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    if (draft.address.trim() === '') {
      setMissingAddress(true);
      return;
    }
    try {
      if (!allocation || !base) {
        await create.mutateAsync({
          address: draft.address.trim(),
          landlord: orNull(draft.landlord),
          partnerId: draft.partnerId,
          monthlyRent: numberOrNull(draft.monthlyRent),
          rooms: numberOrNull(draft.rooms),
          allocatedOn: draft.allocatedOn,
          leaseSignedOn: orNull(draft.leaseSignedOn),
          plannedMoveInOn: orNull(draft.plannedMoveInOn),
          note: orNull(draft.note),
        });
        notify(t('housingAllocations.created'));
      } else {
        const body: UpdateHousingAllocationBody = { version: base.version };
        if (draft.address !== baseDraft.address) body.address = draft.address.trim();
        if (draft.landlord !== baseDraft.landlord) body.landlord = orNull(draft.landlord);
        if (draft.partnerId !== baseDraft.partnerId) body.partnerId = draft.partnerId;
        if (String(draft.monthlyRent) !== String(baseDraft.monthlyRent)) body.monthlyRent = numberOrNull(draft.monthlyRent);
        if (String(draft.rooms) !== String(baseDraft.rooms)) body.rooms = numberOrNull(draft.rooms);
        if (draft.allocatedOn !== baseDraft.allocatedOn) body.allocatedOn = draft.allocatedOn;
        if (draft.leaseSignedOn !== baseDraft.leaseSignedOn) body.leaseSignedOn = orNull(draft.leaseSignedOn);
        if (draft.plannedMoveInOn !== baseDraft.plannedMoveInOn) body.plannedMoveInOn = orNull(draft.plannedMoveInOn);
        if (draft.withdrawnOn !== baseDraft.withdrawnOn) body.withdrawnOn = orNull(draft.withdrawnOn);
        if (draft.withdrawalReason !== baseDraft.withdrawalReason) body.withdrawalReason = orNull(draft.withdrawalReason);
        if (draft.note !== baseDraft.note) body.note = orNull(draft.note);
        await update.mutateAsync({ id: allocation.id, body });
        notify(t('housingAllocations.saved'));
      }
      onClose();
    } catch {
      // Shown from mutation.error.
    }
  };

  /** Start again from the current record, keeping the user's own edits of fields the other person did not touch. */
  const rebase = () => {
    setDraft(
      Object.fromEntries(
        draftFields.map((field) => [
          field,
          String(draft[field]) !== String(baseDraft[field]) && !changedByOther.includes(field)
            ? draft[field]
            : currentDraft[field],
        ]),
      ) as unknown as Draft,
    );
    setBase(allocation);
    update.reset();
  };

  const text = (field: 'address' | 'landlord' | 'withdrawalReason') => ({
    label: t(`housingAllocations.field.${field}`),
    value: draft[field],
    onChange: (event: { currentTarget: { value: string } }) => setDraft({ ...draft, [field]: event.currentTarget.value }),
    error: fieldError(fields, field),
    autoComplete: 'off',
  });
  const date = (field: 'allocatedOn' | 'leaseSignedOn' | 'plannedMoveInOn' | 'withdrawnOn') => ({
    label: t(`housingAllocations.field.${field}`),
    value: draft[field],
    onChange: (value: string) => setDraft({ ...draft, [field]: value }),
    error: fieldError(fields, field),
  });

  return (
    <AppModal
      opened
      onClose={onClose}
      title={allocation ? t('housingAllocations.editTitle') : t('housingAllocations.createTitle')}
      size="lg"
    >
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={mutation.error} />
          {isStale ? (
            <Alert color="orange" title={t('housingAllocations.conflictTitle')} data-testid="allocation-conflict">
              {changedByOther.length > 0 ? (
                <List size="sm">
                  {changedByOther.map((field) => (
                    <List.Item key={field}>
                      {t('housingAllocations.conflictField', {
                        field: t(`housingAllocations.field.${field}`),
                        from: String(baseDraft[field] ?? '') || '–',
                        to: String(currentDraft[field] ?? '') || '–',
                      })}
                    </List.Item>
                  ))}
                </List>
              ) : (
                t('housingAllocations.conflictOtherFields')
              )}
              <Button size="compact-sm" mt="sm" variant="default" onClick={rebase}>
                {t('housingAllocations.conflictRebase')}
              </Button>
            </Alert>
          ) : null}
          <TextInput
            required
            data-autofocus
            {...text('address')}
            error={
              fieldError(fields, 'address') ??
              (missingAddress && draft.address.trim() === '' ? t('housingAllocations.addressRequired') : undefined)
            }
          />
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
            <Select
              label={t('housingAllocations.field.partnerId')}
              description={t('housingAllocations.partnerHint')}
              data={housingAssociations.map((partner) => ({ value: partner.id, label: partner.name }))}
              value={draft.partnerId}
              onChange={(value) => setDraft({ ...draft, partnerId: value })}
              clearable
              clearButtonProps={{ 'aria-label': t('housingAllocations.clearPartner') }}
              error={fieldError(fields, 'partnerId')}
            />
            <TextInput {...text('landlord')} description={t('housingAllocations.landlordHint')} />
            <NumberInput
              label={t('housingAllocations.field.monthlyRent')}
              suffix=" kr."
              thousandSeparator="."
              decimalSeparator=","
              min={0}
              value={draft.monthlyRent}
              onChange={(value) => setDraft({ ...draft, monthlyRent: value })}
              error={fieldError(fields, 'monthlyRent')}
            />
            <NumberInput
              label={t('housingAllocations.field.rooms')}
              min={1}
              max={20}
              allowDecimal={false}
              value={draft.rooms}
              onChange={(value) => setDraft({ ...draft, rooms: value })}
              error={fieldError(fields, 'rooms')}
            />
            <DateField required max={todayInDenmark()} {...date('allocatedOn')} />
            <DateField max={todayInDenmark()} {...date('leaseSignedOn')} />
            <DateField {...date('plannedMoveInOn')} description={t('housingAllocations.plannedMoveInHint')} />
            {allocation && !isMovedIn ? <DateField max={todayInDenmark()} {...date('withdrawnOn')} /> : null}
          </SimpleGrid>
          {allocation && !isMovedIn ? <TextInput {...text('withdrawalReason')} /> : null}
          <Textarea
            autosize
            minRows={2}
            label={t('housingAllocations.field.note')}
            value={draft.note}
            onChange={(event) => setDraft({ ...draft, note: event.currentTarget.value })}
            error={fieldError(fields, 'note')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={mutation.isPending} disabled={isStale}>
              {allocation ? t('common.save') : t('housingAllocations.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

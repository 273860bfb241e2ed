import { useState } from 'react';
import { DateField } from '../../components/date-field';
import { NumberInput, Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { HousingAllocation, UpdateHousingAllocationBody } from '@hjemvej/contract';
import { isApiError } from '../../api/api-error';
import { FormModal } from '../../components/form-modal';
import { ChangedByOtherAlert, changedFields, rebasedDraft } from '../../forms/changed-by-other';
import { useFormModal } from '../../forms/use-form-modal';
import { todayInDenmark } from '../../format/date';
import { usePartners } from '../organisation/use-partners';
import { useCreateHousingAllocation, useUpdateHousingAllocation } from './use-housing-allocations';
import { blankToNull } from '../../forms/blank-to-null';

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
  const create = useCreateHousingAllocation(citizenId);
  const update = useUpdateHousingAllocation();
  const partners = usePartners();
  const [base, setBase] = useState<HousingAllocation | null>(allocation);
  const isConflict = isApiError(update.error) && update.error.status === 409;
  const baseDraft = draftOf(base);
  const currentDraft = draftOf(allocation);
  const changedByOther =
    allocation && base && allocation.version !== base.version ? changedFields(draftFields, baseDraft, currentDraft) : [];
  const isStale = isConflict && allocation !== null && base !== null && allocation.version !== base.version;
  const isMovedIn = allocation?.moveInOn != null;

  const { form, modal } = useFormModal({
    initialValues: draftOf(allocation),
    validate: { address: (value) => (value.trim() === '' ? t('housingAllocations.addressRequired') : null) },
    mutation: allocation ? update : create,
    send: (draft) => {
      if (!allocation || !base) {
        return create.mutateAsync({
          address: draft.address.trim(),
          landlord: blankToNull(draft.landlord),
          partnerId: draft.partnerId,
          monthlyRent: numberOrNull(draft.monthlyRent),
          rooms: numberOrNull(draft.rooms),
          allocatedOn: draft.allocatedOn,
          leaseSignedOn: blankToNull(draft.leaseSignedOn),
          plannedMoveInOn: blankToNull(draft.plannedMoveInOn),
          note: blankToNull(draft.note),
        });
      }
      const body: UpdateHousingAllocationBody = { version: base.version };
      if (draft.address !== baseDraft.address) body.address = draft.address.trim();
      if (draft.landlord !== baseDraft.landlord) body.landlord = blankToNull(draft.landlord);
      if (draft.partnerId !== baseDraft.partnerId) body.partnerId = draft.partnerId;
      if (String(draft.monthlyRent) !== String(baseDraft.monthlyRent)) body.monthlyRent = numberOrNull(draft.monthlyRent);
      if (String(draft.rooms) !== String(baseDraft.rooms)) body.rooms = numberOrNull(draft.rooms);
      if (draft.allocatedOn !== baseDraft.allocatedOn) body.allocatedOn = draft.allocatedOn;
      if (draft.leaseSignedOn !== baseDraft.leaseSignedOn) body.leaseSignedOn = blankToNull(draft.leaseSignedOn);
      if (draft.plannedMoveInOn !== baseDraft.plannedMoveInOn) body.plannedMoveInOn = blankToNull(draft.plannedMoveInOn);
      if (draft.withdrawnOn !== baseDraft.withdrawnOn) body.withdrawnOn = blankToNull(draft.withdrawnOn);
      if (draft.withdrawalReason !== baseDraft.withdrawalReason) body.withdrawalReason = blankToNull(draft.withdrawalReason);
      if (draft.note !== baseDraft.note) body.note = blankToNull(draft.note);
      return update.mutateAsync({ id: allocation.id, body });
    },
    saved: allocation ? t('housingAllocations.saved') : t('housingAllocations.created'),
    onClose,
    submitLabel: allocation ? t('common.save') : t('housingAllocations.create'),
    submitDisabled: isStale,
    size: 'lg',
    actionsMt: 'sm',
  });
  const draft = form.values;
  const housingAssociations = (partners.data ?? []).filter(
    (partner) => partner.partnerType === 'housing_association' || partner.id === draft.partnerId,
  );

  /** Start again from the current record, keeping the user's own edits of fields the other person did not touch. */
  const rebase = () => {
    form.setValues(rebasedDraft(draftFields, { draft, mine: baseDraft, fresh: currentDraft, changedByOther }));
    setBase(allocation);
    update.reset();
  };

  const text = (field: 'address' | 'landlord' | 'withdrawalReason') => ({
    label: t(`housingAllocations.field.${field}`),
    ...form.getInputProps(field),
    autoComplete: 'off',
  });
  const date = (field: 'allocatedOn' | 'leaseSignedOn' | 'plannedMoveInOn' | 'withdrawnOn') => ({
    label: t(`housingAllocations.field.${field}`),
    ...form.getInputProps(field),
  });

  return (
    <FormModal title={allocation ? t('housingAllocations.editTitle') : t('housingAllocations.createTitle')} {...modal}>
      {isStale ? (
        <ChangedByOtherAlert
          title={t('housingAllocations.conflictTitle')}
          testId="allocation-conflict"
          changes={changedByOther.map((field) => ({
            field,
            text: t('housingAllocations.conflictField', {
              field: t(`housingAllocations.field.${field}`),
              from: String(baseDraft[field] ?? '') || '–',
              to: String(currentDraft[field] ?? '') || '–',
            }),
          }))}
          otherFields={t('housingAllocations.conflictOtherFields')}
          rebaseLabel={t('housingAllocations.conflictRebase')}
          onRebase={rebase}
        />
      ) : null}
      <TextInput required data-autofocus {...text('address')} />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <Select
          label={t('housingAllocations.field.partnerId')}
          description={t('housingAllocations.partnerHint')}
          data={housingAssociations.map((partner) => ({ value: partner.id, label: partner.name }))}
          {...form.getInputProps('partnerId')}
          clearable
          clearButtonProps={{ 'aria-label': t('housingAllocations.clearPartner') }}
        />
        <TextInput {...text('landlord')} description={t('housingAllocations.landlordHint')} />
        <NumberInput
          label={t('housingAllocations.field.monthlyRent')}
          suffix=" kr."
          thousandSeparator="."
          decimalSeparator=","
          min={0}
          {...form.getInputProps('monthlyRent')}
        />
        <NumberInput
          label={t('housingAllocations.field.rooms')}
          min={1}
          max={20}
          allowDecimal={false}
          {...form.getInputProps('rooms')}
        />
        <DateField required max={todayInDenmark()} {...date('allocatedOn')} />
        <DateField max={todayInDenmark()} {...date('leaseSignedOn')} />
        <DateField {...date('plannedMoveInOn')} description={t('housingAllocations.plannedMoveInHint')} />
        {allocation && !isMovedIn ? <DateField max={todayInDenmark()} {...date('withdrawnOn')} /> : null}
      </SimpleGrid>
      {allocation && !isMovedIn ? <TextInput {...text('withdrawalReason')} /> : null}
      <Textarea autosize minRows={2} label={t('housingAllocations.field.note')} {...form.getInputProps('note')} />
    </FormModal>
  );
}

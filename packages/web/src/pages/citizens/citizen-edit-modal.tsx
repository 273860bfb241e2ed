import { useState } from 'react';
import { Select, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Citizen, UpdateCitizenBody } from '@hjemvej/contract';
import { isApiError } from '../../api/api-error';
import { FormModal } from '../../components/form-modal';
import { ChangedByOtherAlert, changedFields, rebasedDraft } from '../../forms/changed-by-other';
import { useFormModal } from '../../forms/use-form-modal';
import { citizenName } from './citizen-name';
import { useResponsibleCaseworkers, useUpdateCitizen } from './use-citizens';

const editableFields = ['firstName', 'lastName', 'alias', 'phone', 'email', 'contactNote'] as const;
type EditableField = (typeof editableFields)[number];
type Draft = Record<EditableField, string> & { responsibleUserId: string | null };

function draftOf(citizen: Citizen): Draft {
  return {
    ...(Object.fromEntries(editableFields.map((field) => [field, citizen[field] ?? ''])) as Record<EditableField, string>),
    responsibleUserId: citizen.responsible?.id ?? null,
  };
}

interface CitizenEditModalProps {
  /** The citizen as it is now (refreshed when someone else has saved). */
  citizen: Citizen;
  onClose: () => void;
}

/**
 * Name, alias and contact details. The change carries the version the user started from; when
 * someone else saved first the server answers 409 with who and when, nothing is overwritten, and
 * the dialog shows what they changed before the user decides.
 */
export function CitizenEditModal({ citizen, onClose }: CitizenEditModalProps) {
  const { t } = useTranslation();
  const update = useUpdateCitizen(citizen.id);
  const [base, setBase] = useState<Citizen>(citizen);
  const caseworkers = useResponsibleCaseworkers(true);
  // The one responsible now stays choosable even if no longer offered (moved, deactivated).
  const responsibleOptions = [
    ...(citizen.responsible && !caseworkers.data?.items.some((u) => u.id === citizen.responsible?.id)
      ? [{ value: citizen.responsible.id, label: citizen.responsible.name }]
      : []),
    ...(caseworkers.data?.items ?? []).map((u) => ({ value: u.id, label: u.name })),
  ];
  const isConflict = isApiError(update.error) && update.error.status === 409;
  const changedByOther = citizen.version !== base.version ? changedFields(editableFields, draftOf(base), draftOf(citizen)) : [];
  const conflicted = isConflict && citizen.version !== base.version;
  const { form, modal } = useFormModal({
    initialValues: draftOf(citizen),
    mutation: update,
    send: (draft) => {
      const body: UpdateCitizenBody = { version: base.version };
      for (const field of editableFields) {
        if (draft[field] !== (base[field] ?? '')) body[field] = draft[field];
      }
      if (draft.responsibleUserId !== (base.responsible?.id ?? null)) body.responsibleUserId = draft.responsibleUserId;
      return update.mutateAsync(body);
    },
    saved: (saved) => t('citizens.saved', { name: citizenName(saved, t) }),
    onClose,
    submitLabel: t('common.save'),
    submitDisabled: conflicted,
    size: 'lg',
    actionsMt: 'sm',
  });

  /** Start again from the current record, keeping the user's own edits of fields the other person did not touch. */
  const rebase = () => {
    form.setValues(
      rebasedDraft(editableFields, { draft: form.values, mine: draftOf(base), fresh: draftOf(citizen), changedByOther }),
    );
    setBase(citizen);
    update.reset();
  };

  const input = (field: EditableField, extra: { type?: string; autoComplete?: string } = {}) => ({
    label: t(`citizens.field.${field}`),
    ...form.getInputProps(field),
    autoComplete: extra.autoComplete ?? 'off',
    ...(extra.type ? { type: extra.type } : {}),
  });

  return (
    <FormModal title={t('citizens.editTitle')} {...modal}>
      {conflicted ? (
        <ChangedByOtherAlert
          title={t('citizens.conflictTitle')}
          testId="citizen-conflict"
          changes={changedByOther.map((field) => ({
            field,
            text: t('citizens.conflictField', {
              field: t(`citizens.field.${field}`),
              from: base[field] ?? '–',
              to: citizen[field] ?? '–',
            }),
          }))}
          otherFields={t('citizens.conflictOtherFields')}
          rebaseLabel={t('citizens.conflictRebase')}
          onRebase={rebase}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput data-autofocus {...input('firstName')} />
        <TextInput {...input('lastName')} />
        <TextInput {...input('alias')} />
        <TextInput {...input('phone', { type: 'tel' })} />
        <TextInput {...input('email', { type: 'email' })} />
      </SimpleGrid>
      <Textarea autosize minRows={2} {...input('contactNote')} description={t('citizens.contactNoteHint')} />
      <Select
        label={t('citizens.responsible')}
        description={t('citizens.responsibleHint')}
        placeholder={t('citizens.responsibleNone')}
        data={responsibleOptions}
        searchable
        clearable
        nothingFoundMessage={t('citizens.responsibleNoneFound')}
        {...form.getInputProps('responsibleUserId')}
      />
    </FormModal>
  );
}

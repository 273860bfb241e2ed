import { useState } from 'react';
import { Alert, Button, List, SimpleGrid, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Citizen, UpdateCitizenBody } from '@hjemvej/contract';
import { isApiError } from '../../api/api-error';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { citizenName } from './citizen-name';
import { useUpdateCitizen } from './use-citizens';

const editableFields = ['firstName', 'lastName', 'alias', 'phone', 'email', 'contactNote'] as const;
type EditableField = (typeof editableFields)[number];
type Draft = Record<EditableField, string>;

function draftOf(citizen: Citizen): Draft {
  return Object.fromEntries(editableFields.map((field) => [field, citizen[field] ?? ''])) as Draft;
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
  const notify = useNotify();
  const update = useUpdateCitizen(citizen.id);
  const [base, setBase] = useState<Citizen>(citizen);
  const form = useApiForm<Draft>({ initialValues: draftOf(citizen), error: update.error });
  const isConflict = isApiError(update.error) && update.error.status === 409;
  const changedByOther =
    citizen.version !== base.version ? editableFields.filter((field) => (citizen[field] ?? '') !== (base[field] ?? '')) : [];

  const handleSubmit = async (draft: Draft) => {
    const body: UpdateCitizenBody = { version: base.version };
    for (const field of editableFields) {
      if (draft[field] !== (base[field] ?? '')) body[field] = draft[field];
    }
    await update.mutateAsync(body);
    notify(
      t('citizens.saved', {
        name: citizenName({ firstName: draft.firstName, lastName: draft.lastName, alias: draft.alias }, t),
      }),
    );
    onClose();
  };

  /** Start again from the current record, keeping the user's own edits of fields the other person did not touch. */
  const rebase = () => {
    const fresh = draftOf(citizen);
    const mine = draftOf(base);
    const draft = form.values;
    form.setValues(
      Object.fromEntries(
        editableFields.map((field) => [
          field,
          draft[field] !== mine[field] && !changedByOther.includes(field) ? draft[field] : fresh[field],
        ]),
      ),
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

  const conflicted = isConflict && citizen.version !== base.version;

  return (
    <FormModal
      title={t('citizens.editTitle')}
      size="lg"
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={update.error}
      submit={{ label: t('common.save'), loading: update.isPending, disabled: conflicted }}
      actionsMt="sm"
    >
      {conflicted ? (
        <Alert color="orange" title={t('citizens.conflictTitle')} data-testid="citizen-conflict">
          {changedByOther.length > 0 ? (
            <List size="sm">
              {changedByOther.map((field) => (
                <List.Item key={field}>
                  {t('citizens.conflictField', {
                    field: t(`citizens.field.${field}`),
                    from: base[field] ?? '–',
                    to: citizen[field] ?? '–',
                  })}
                </List.Item>
              ))}
            </List>
          ) : (
            t('citizens.conflictOtherFields')
          )}
          <Button size="compact-sm" mt="sm" variant="default" onClick={rebase}>
            {t('citizens.conflictRebase')}
          </Button>
        </Alert>
      ) : null}
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <TextInput data-autofocus {...input('firstName')} />
        <TextInput {...input('lastName')} />
        <TextInput {...input('alias')} />
        <TextInput {...input('phone', { type: 'tel' })} />
        <TextInput {...input('email', { type: 'email' })} />
      </SimpleGrid>
      <Textarea autosize minRows={2} {...input('contactNote')} description={t('citizens.contactNoteHint')} />
    </FormModal>
  );
}

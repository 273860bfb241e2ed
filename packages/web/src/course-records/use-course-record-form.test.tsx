import { afterEach, describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { TextInput } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { renderWithProviders } from '../test/render';
import { courseRecordFormHook } from './use-course-record-form';
import { VersionedRecordModal } from './versioned-record-modal';

afterEach(() => vi.restoreAllMocks());

interface Note {
  id: string;
  version: number;
  text: string;
}

const vocabulary = { field: (name: string) => name, value: () => null };

function mutation() {
  return { mutateAsync: vi.fn((_body: unknown) => Promise.resolve()), reset: vi.fn(), error: null, isPending: false };
}

/** A plan-like record's dialog built by the hook, with one text field. */
function renderDialog(record: Note | null, announcesVersion: boolean) {
  const create = mutation();
  const update = mutation();
  const useCreate = vi.fn((_citizenId: string) => create);
  const useUpdate = vi.fn((_id: string) => update);
  const onClose = vi.fn();
  const useNoteForm = courseRecordFormHook(
    { kinds: { list: 'plans', item: 'plan' }, useCreate, useUpdate },
    (note: Note | null, { prefix }: { prefix: string }) => ({ text: note?.text ?? prefix }),
    (draft: { text: string }) => ({ text: draft.text }),
    { skipUnchanged: true, announcesVersion },
  );
  function Dialog() {
    const { form, modal } = useNoteForm({ citizenId: 'c-1', record, onClose, prefix: '' }, vocabulary, (key, values) =>
      values ? `plans.${key} ${values.version}` : `plans.${key}`,
    );
    return (
      <VersionedRecordModal {...modal}>
        <TextInput label="text" {...form.getInputProps('text')} />
      </VersionedRecordModal>
    );
  }
  const show = vi.spyOn(notifications, 'show').mockReturnValue('');
  renderWithProviders(<Dialog />);
  return { create, update, useCreate, useUpdate, onClose, show };
}

function typeAndSave(text: string) {
  fireEvent.change(screen.getByLabelText('text'), { target: { value: text } });
  fireEvent.click(screen.getByRole('button', { name: 'common.save' }));
}

describe('courseRecordFormHook', () => {
  it('makes a record through the citizen’s create, titled and announced by the path’s texts', async () => {
    const { create, useCreate, onClose, show } = renderDialog(null, true);
    expect(screen.getByText('plans.createTitle')).toBeTruthy();
    expect(useCreate).toHaveBeenCalledWith('c-1');
    typeAndSave('ny');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(create.mutateAsync).toHaveBeenCalledWith({ text: 'ny' });
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'plans.saved' }));
  });

  it('saves a change over the version the user saw and names the new version when asked to', async () => {
    const { update, useUpdate, onClose, show } = renderDialog({ id: 'p-1', version: 2, text: 'gammel' }, true);
    expect(screen.getByText('plans.editTitle')).toBeTruthy();
    expect(useUpdate).toHaveBeenCalledWith('p-1');
    typeAndSave('ny');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(update.mutateAsync).toHaveBeenCalledWith({ version: 2, text: 'ny' });
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'plans.savedVersion 3' }));
  });

  it('announces a saved change only as saved when the record does not name versions', async () => {
    const { onClose, show } = renderDialog({ id: 'p-1', version: 2, text: 'gammel' }, false);
    typeAndSave('ny');
    await waitFor(() => expect(onClose).toHaveBeenCalled());
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'plans.saved' }));
  });
});

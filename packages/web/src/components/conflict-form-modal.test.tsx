import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { TextInput } from '@mantine/core';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { ConflictFormModal } from './conflict-form-modal';

function renderModal(error: unknown) {
  const onClose = vi.fn();
  renderWithProviders(
    <ConflictFormModal
      title="Rapport"
      onClose={onClose}
      onSubmit={vi.fn()}
      error={error}
      submit={{ label: 'Gem', loading: false }}
    >
      <TextInput label="Resumé" />
    </ConflictFormModal>,
  );
  return { onClose };
}

describe('ConflictFormModal', () => {
  it('says a 409 with the conflict notice above the fields, whose reload closes the dialog', () => {
    const { onClose } = renderModal(new ApiError(409, { code: 'version_conflict', message: 'Anna Jensen gemte først' }));
    const notice = screen.getByTestId('version-conflict');
    expect(notice.textContent).toContain('Anna Jensen gemte først');
    expect(screen.getAllByRole('alert')).toEqual([notice]);
    expect(notice.compareDocumentPosition(screen.getByLabelText('Resumé')) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'conflict.reload' }));
    expect(onClose).toHaveBeenCalledOnce();
  });

  it('says any other refusal as the save’s error, without the conflict notice', () => {
    renderModal(new ApiError(422, { code: 'items_required', message: 'Planen mangler punkter' }));
    expect(screen.getByRole('alert').textContent).toContain('Planen mangler punkter');
    expect(screen.queryByTestId('version-conflict')).toBeNull();
  });

  it('shows the fields alone before any save', () => {
    renderModal(null);
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByLabelText('Resumé')).toBeTruthy();
  });
});

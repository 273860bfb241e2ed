import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { VersionedRecordModal } from './versioned-record-modal';

const conflict = new ApiError(409, { code: 'version_conflict', message: 'Anna Jensen gemte version 3 kl. 10.15' });
const refusal = new ApiError(422, { code: 'x', message: 'Datoen ligger i fremtiden' });

function renderModal(error: unknown, reload = vi.fn()) {
  const record = { id: 'p-1', version: 2 };
  renderWithProviders(
    <VersionedRecordModal
      title="Ret plan"
      onClose={() => undefined}
      record={record}
      state={{ base: record, error, isPending: false, conflict: error === conflict, onSubmit: () => undefined, reload }}
      path="plans"
      vocabulary={{ field: (name) => name, value: () => null }}
      changesTestId="plan-conflict-changes"
    >
      <p>fields</p>
    </VersionedRecordModal>,
  );
  return reload;
}

describe('VersionedRecordModal', () => {
  it('shows the save’s error above the fields, with save on', () => {
    renderModal(refusal);
    expect(screen.getByRole('alert').textContent).toContain('Datoen ligger i fremtiden');
    expect(screen.getByText('fields')).toBeTruthy();
    expect(screen.getByRole('button', { name: 'common.save' })).toHaveProperty('disabled', false);
  });

  it('when someone saved first: the conflict notice, save off until the user reloads', () => {
    const reload = renderModal(conflict);
    expect(screen.getByRole('alert').textContent).toContain('Anna Jensen gemte version 3');
    expect(screen.getByRole('button', { name: 'common.save' })).toHaveProperty('disabled', true);
    fireEvent.click(screen.getByRole('button', { name: 'conflict.reload' }));
    expect(reload).toHaveBeenCalledOnce();
  });
});

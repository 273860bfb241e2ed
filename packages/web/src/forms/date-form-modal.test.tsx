import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { ApiError } from '../api/api-error';
import { renderWithProviders } from '../test/render';
import { DateFormModal } from './date-form-modal';

function renderModal(props: { error: unknown; save: (date: string) => Promise<unknown>; onClose: () => void }) {
  return renderWithProviders(
    <DateFormModal
      title="Indflytning"
      text="Borgeren flytter ind"
      label="Indflyttet"
      initialDate="2026-03-01"
      paths={['moveInOn', 'leaseSignedOn']}
      submitLabel="Registrér indflytning"
      mutation={{ error: props.error, isPending: false }}
      save={props.save}
      saved="Indflytningen er registreret"
      onClose={props.onClose}
    />,
  );
}

describe('DateFormModal', () => {
  it('saves the date, says so and then closes', async () => {
    const save = vi.fn(() => Promise.resolve());
    const onClose = vi.fn();
    const show = vi.spyOn(notifications, 'show');
    renderModal({ error: null, save, onClose });
    expect(screen.getByText('Borgeren flytter ind')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrér indflytning' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(save).toHaveBeenCalledWith('2026-03-01');
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'Indflytningen er registreret' }));
    show.mockRestore();
  });

  it('stays open when the save is refused, with the message of any path it names at the date', async () => {
    const refusal = new ApiError(422, {
      code: 'move_in_before_lease',
      message: 'Indflytning før lejekontrakt',
      fields: [{ path: 'leaseSignedOn', message: 'Før lejekontrakten' }],
    });
    const onClose = vi.fn();
    const save = vi.fn(() => Promise.reject(refusal));
    const show = vi.spyOn(notifications, 'show');
    renderModal({ error: refusal, save, onClose });
    expect(screen.getByText('Før lejekontrakten')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Registrér indflytning' }));
    await waitFor(() => expect(save).toHaveBeenCalledTimes(1));
    expect(onClose).not.toHaveBeenCalled();
    expect(show).not.toHaveBeenCalled();
    show.mockRestore();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { TextInput } from '@mantine/core';
import { ApiError } from '../api/api-error';
import { DatePairFields } from '../forms/date-pair-fields';
import { useApiForm } from '../forms/use-api-form';
import { renderWithProviders } from '../test/render';
import { FormModal } from './form-modal';

const refusal = new ApiError(400, {
  code: 'validation_failed',
  message: 'Ret felterne',
  fields: [{ path: 'endsOn', message: 'Slutter før start' }],
});

function PeriodModal({
  error,
  save,
  onClose,
}: {
  error: unknown;
  save: (values: { name: string; startsOn: string; endsOn: string }) => Promise<unknown>;
  onClose: () => void;
}) {
  const form = useApiForm({ initialValues: { name: 'Forløb', startsOn: '2026-01-01', endsOn: '' }, error });
  return (
    <FormModal
      title="Periode"
      onClose={onClose}
      onSubmit={form.onSave(save)}
      error={error}
      submit={{ label: 'Gem periode', loading: false }}
    >
      <TextInput label="Navn" {...form.getInputProps('name')} />
      <DatePairFields
        form={form}
        fields={[
          { path: 'startsOn', label: 'Fra', required: true },
          { path: 'endsOn', label: 'Til' },
        ]}
      />
    </FormModal>
  );
}

describe('FormModal with DatePairFields', () => {
  it('sends the values on submit; cancel closes without saving', async () => {
    const save = vi.fn(() => Promise.resolve());
    const onClose = vi.fn();
    renderWithProviders(<PeriodModal error={null} save={save} onClose={onClose} />);
    expect(screen.getByRole('dialog', { name: 'Periode' })).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Navn'), { target: { value: 'Nyt navn' } });
    fireEvent.click(screen.getByRole('button', { name: 'Gem periode' }));
    await waitFor(() => expect(save).toHaveBeenCalledWith({ name: 'Nyt navn', startsOn: '2026-01-01', endsOn: '' }));
    fireEvent.click(screen.getByRole('button', { name: 'common.cancel' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    expect(save).toHaveBeenCalledTimes(1);
  });

  it("shows the save's message above the fields and a field's message at the date it names", () => {
    renderWithProviders(<PeriodModal error={refusal} save={() => Promise.resolve()} onClose={() => undefined} />);
    expect(screen.getByRole('alert').textContent).toContain('Ret felterne');
    expect(screen.getByText('Slutter før start')).toBeTruthy();
    expect(screen.getByLabelText('Til').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByLabelText(/Fra/).getAttribute('aria-invalid')).not.toBe('true');
  });

  it('lets a refused save go no further (the refusal is shown from the mutation)', async () => {
    const save = vi.fn(() => Promise.reject(refusal));
    renderWithProviders(<PeriodModal error={null} save={save} onClose={() => undefined} />);
    await act(async () => {
      fireEvent.click(screen.getByRole('button', { name: 'Gem periode' }));
      await Promise.resolve();
    });
    expect(save).toHaveBeenCalledTimes(1);
  });

  it('moves the focus to the first field the refusal names, where the user sees its message', async () => {
    const { rerender } = renderWithProviders(
      <PeriodModal error={null} save={() => Promise.resolve()} onClose={() => undefined} />,
    );
    fireEvent.click(screen.getByRole('button', { name: 'Gem periode' }));
    rerender(<PeriodModal error={refusal} save={() => Promise.resolve()} onClose={() => undefined} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByLabelText('Til')));
  });

  it('leaves the focus in a field the user has already moved to', async () => {
    const { rerender } = renderWithProviders(
      <PeriodModal error={null} save={() => Promise.resolve()} onClose={() => undefined} />,
    );
    // The dialog's own opening focus comes first.
    await waitFor(() => expect(screen.getByRole('dialog').contains(document.activeElement)).toBe(true));
    fireEvent.click(screen.getByRole('button', { name: 'Gem periode' }));
    rerender(<PeriodModal error={refusal} save={() => Promise.resolve()} onClose={() => undefined} />);
    screen.getByLabelText('Navn').focus();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(document.activeElement).toBe(screen.getByLabelText('Navn'));
  });

  it('moves the focus to the message when the refusal names no field', async () => {
    const general = new ApiError(409, { code: 'conflict', message: 'Ændret af en anden', fields: [] });
    renderWithProviders(<PeriodModal error={general} save={() => Promise.resolve()} onClose={() => undefined} />);
    await waitFor(() => expect(document.activeElement).toBe(screen.getByRole('alert')));
  });
});

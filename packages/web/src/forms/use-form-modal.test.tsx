import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, screen, waitFor } from '@testing-library/react';
import { renderHookWithProviders, renderWithProviders } from '../test/render';
import { ChoiceSelect } from './choice-select';
import { useApiForm } from './use-api-form';
import { useFormModal } from './use-form-modal';

const idle = { error: null, isPending: false };

describe('useFormModal', () => {
  it('sends the values and closes once saved', async () => {
    const send = vi.fn((values: { name: string }) => Promise.resolve({ id: 'x', ...values }));
    const onClose = vi.fn();
    const { result } = renderHookWithProviders(() =>
      useFormModal({ initialValues: { name: 'Anna' }, mutation: idle, send, saved: 'Gemt', onClose, submitLabel: 'Gem' }),
    );
    act(() => result.current.modal.onSubmit());
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
    expect(send).toHaveBeenCalledWith({ name: 'Anna' });
  });

  it('hands the saved record to afterSave instead of closing', async () => {
    const onClose = vi.fn();
    const afterSave = vi.fn();
    const { result } = renderHookWithProviders(() =>
      useFormModal({
        initialValues: { name: 'Anna' },
        mutation: idle,
        send: () => Promise.resolve({ id: 'new' }),
        onClose,
        afterSave,
        submitLabel: 'Gem',
      }),
    );
    act(() => result.current.modal.onSubmit());
    await waitFor(() => expect(afterSave).toHaveBeenCalledWith({ id: 'new' }));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('stays open when there is nothing to send, and turns the button off when told', async () => {
    const onClose = vi.fn();
    const { result } = renderHookWithProviders(() =>
      useFormModal({
        initialValues: { name: '' },
        mutation: idle,
        send: () => null,
        saved: 'Gemt',
        onClose,
        submitLabel: 'Gem',
        submitDisabled: true,
      }),
    );
    expect(result.current.modal.submit).toMatchObject({ label: 'Gem', disabled: true, loading: false });
    act(() => result.current.modal.onSubmit());
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(onClose).not.toHaveBeenCalled();
  });
});

function KindSelect({ onValue }: { onValue: (kind: string | null) => void }) {
  const form = useApiForm<{ kind: 'team' | 'shelter' | null }>({ initialValues: { kind: 'team' }, error: null });
  onValue(form.values.kind);
  return (
    <ChoiceSelect
      form={form}
      path="kind"
      choices={['team', 'shelter'] as const}
      choiceLabel={(kind) => `Slags ${kind}`}
      label="Slags"
    />
  );
}

describe('ChoiceSelect', () => {
  it('shows the chosen value by its label and sets another choice on the form', async () => {
    const onValue = vi.fn();
    renderWithProviders(<KindSelect onValue={onValue} />);
    const input = screen.getByLabelText<HTMLInputElement>('Slags', { selector: 'input' });
    expect(input.value).toBe('Slags team');
    fireEvent.click(input);
    fireEvent.click(await screen.findByRole('option', { name: 'Slags shelter' }));
    await waitFor(() => expect(onValue).toHaveBeenLastCalledWith('shelter'));
  });
});

import { describe, expect, it, vi } from 'vitest';
import { act, waitFor } from '@testing-library/react';
import { notifications } from '@mantine/notifications';
import { renderHookWithProviders } from '../test/render';
import { useConfirmedAction, type ConfirmableMutation } from './use-confirmed-action';

interface Thing {
  id: string;
  name: string;
}

function fakeMutation(outcome: 'ok' | 'refused'): ConfirmableMutation<string, { id: string }> & { calls: string[] } {
  const calls: string[] = [];
  return {
    calls,
    mutateAsync: (input: string) => {
      calls.push(input);
      return outcome === 'ok' ? Promise.resolve({ id: `kept-${input}` }) : Promise.reject(new Error('refused'));
    },
    reset: vi.fn(),
    isPending: false,
    error: null,
  };
}

describe('useConfirmedAction', () => {
  it('opens on ask (clearing a former refusal), and on confirm runs, says so, closes and then follows up', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('toast');
    const mutation = fakeMutation('ok');
    const then = vi.fn();
    const { result } = renderHookWithProviders(() =>
      useConfirmedAction(mutation, { input: (thing: Thing) => thing.id, done: (thing) => `removed ${thing.name}`, then }),
    );
    expect(result.current.dialog.opened).toBe(false);
    act(() => result.current.ask({ id: 'a', name: 'Seng' }));
    expect(mutation.reset).toHaveBeenCalledOnce();
    expect(result.current.dialog.opened).toBe(true);
    expect(result.current.subject?.name).toBe('Seng');
    act(() => result.current.dialog.onConfirm());
    await waitFor(() => expect(result.current.dialog.opened).toBe(false));
    expect(mutation.calls).toEqual(['a']);
    expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'removed Seng' }));
    expect(then).toHaveBeenCalledWith({ id: 'a', name: 'Seng' }, { id: 'kept-a' });
    show.mockRestore();
  });

  it('keeps the dialog open on a refusal (its error is the mutation’s), and closing clears it', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('toast');
    const mutation = fakeMutation('refused');
    const { result } = renderHookWithProviders(() =>
      useConfirmedAction(mutation, { input: (thing: Thing) => thing.id, done: () => 'removed' }),
    );
    act(() => result.current.ask({ id: 'b', name: 'Stol' }));
    act(() => result.current.dialog.onConfirm());
    await waitFor(() => expect(mutation.calls).toEqual(['b']));
    await Promise.resolve();
    expect(result.current.dialog.opened).toBe(true);
    expect(show).not.toHaveBeenCalled();
    act(() => result.current.dialog.onClose());
    expect(result.current.dialog.opened).toBe(false);
    expect(mutation.reset).toHaveBeenCalledTimes(2);
    show.mockRestore();
  });

  it('runs without asking when told to (reactivating), and says so', async () => {
    const show = vi.spyOn(notifications, 'show').mockReturnValue('toast');
    const mutation = fakeMutation('ok');
    const { result } = renderHookWithProviders(() =>
      useConfirmedAction(mutation, { input: (thing: Thing) => thing.id, done: (thing) => `back ${thing.name}` }),
    );
    act(() => result.current.run({ id: 'c', name: 'Bord' }));
    await waitFor(() => expect(show).toHaveBeenCalledWith(expect.objectContaining({ message: 'back Bord' })));
    expect(result.current.dialog.opened).toBe(false);
    show.mockRestore();
  });
});

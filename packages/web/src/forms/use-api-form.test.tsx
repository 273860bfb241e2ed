import { describe, expect, it, vi } from 'vitest';
import { act } from '@testing-library/react';
import { ApiError } from '../api/api-error';
import { renderHookWithProviders } from '../test/render';
import { useApiForm } from './use-api-form';

const refusal = new ApiError(400, {
  code: 'validation_failed',
  message: 'Ret felterne',
  fields: [
    { path: 'name', message: 'Skal udfyldes' },
    { path: 'name', message: 'A second message is not shown' },
    { path: 'unitIds.1', message: 'Ukendt enhed' },
    { path: 'goals.0.goal', message: 'For lang' },
  ],
});

const initialValues = { name: '', unitIds: ['a', 'b'], goals: [{ goal: '' }], note: '' };

describe('useApiForm', () => {
  it("puts the server's first message for each field on that field's input", () => {
    const { result } = renderHookWithProviders(() => useApiForm({ initialValues, error: refusal }));
    expect(result.current.getInputProps('name').error).toBe('Skal udfyldes');
    expect(result.current.getInputProps('goals.0.goal').error).toBe('For lang');
    expect(result.current.getInputProps('note').error).toBeUndefined();
  });

  it('shows a message about an item on the input of its list', () => {
    const { result } = renderHookWithProviders(() => useApiForm({ initialValues, error: refusal }));
    expect(result.current.getInputProps('unitIds').error).toBe('Ukendt enhed');
    expect(result.current.fieldError('goals')).toBe('For lang');
  });

  it('shows no messages without an error answer, or for an error that is not the API’s', () => {
    const { result } = renderHookWithProviders(() => useApiForm({ initialValues, error: new Error('boom') }));
    expect(result.current.getInputProps('name').error).toBeUndefined();
    expect(result.current.fieldError('name')).toBeUndefined();
  });

  it('keeps the message while the user edits, until the error changes', () => {
    let error: unknown = refusal;
    const { result, rerender } = renderHookWithProviders(() => useApiForm({ initialValues, error }));
    act(() => result.current.setFieldValue('name', 'Anna'));
    expect(result.current.values.name).toBe('Anna');
    expect(result.current.getInputProps('name')).toMatchObject({ value: 'Anna', error: 'Skal udfyldes' });
    error = null;
    rerender();
    expect(result.current.getInputProps('name').error).toBeUndefined();
  });
});

describe('useApiForm rules', () => {
  it('keeps a submit with a missing choice from saving, with the message at the field until it is chosen', () => {
    const save = vi.fn(() => Promise.resolve());
    const { result } = renderHookWithProviders(() =>
      useApiForm({
        initialValues: { category: null as string | null },
        error: null,
        validate: { category: (value) => (value ? null : 'Vælg en') },
      }),
    );
    act(() => result.current.onSave(save)());
    expect(save).not.toHaveBeenCalled();
    expect(result.current.getInputProps('category').error).toBe('Vælg en');
    act(() => result.current.setFieldValue('category', 'a'));
    expect(result.current.getInputProps('category').error).toBeUndefined();
    act(() => result.current.onSave(save)());
    expect(save).toHaveBeenCalledWith({ category: 'a' });
  });

  it("puts the server's message before the form's own", () => {
    const { result } = renderHookWithProviders(() =>
      useApiForm({ initialValues, error: refusal, validate: { name: () => 'Own rule' } }),
    );
    act(() => result.current.onSave(() => Promise.resolve())());
    expect(result.current.getInputProps('name').error).toBe('Skal udfyldes');
    expect(result.current.getInputProps('note').error).toBeUndefined();
  });
});

describe('useApiForm fieldError', () => {
  it("gives the form's own rule's message for an input wired by hand, until the value is set", () => {
    const { result } = renderHookWithProviders(() =>
      useApiForm({
        initialValues: { outcome: null as string | null },
        error: null,
        validate: { outcome: (value) => (value ? null : 'Vælg en') },
      }),
    );
    act(() => result.current.onSave(() => Promise.resolve())());
    expect(result.current.fieldError('outcome')).toBe('Vælg en');
    act(() => result.current.setFieldValue('outcome', 'keeps'));
    expect(result.current.fieldError('outcome')).toBeUndefined();
  });
});

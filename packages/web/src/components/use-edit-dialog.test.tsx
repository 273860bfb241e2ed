import { describe, expect, it } from 'vitest';
import { act, renderHook } from '@testing-library/react';
import { useEditDialog } from './use-edit-dialog';

describe('useEditDialog', () => {
  it('is closed, opens for a new record or for one to edit, and closes again', () => {
    const { result } = renderHook(() => useEditDialog<{ id: string; name: string }>());
    expect(result.current.dialog).toBeNull();
    act(() => result.current.openNew());
    expect(result.current.dialog).toMatchObject({ key: 'new', item: null });
    act(() => result.current.openEdit({ id: 'u1', name: 'Anne' }));
    expect(result.current.dialog).toMatchObject({ key: 'u1', item: { id: 'u1', name: 'Anne' } });
    act(() => result.current.dialog?.onClose());
    expect(result.current.dialog).toBeNull();
  });
});

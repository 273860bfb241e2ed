import { describe, expect, it } from 'vitest';
import { act } from '@testing-library/react';
import type { VersionList } from '@hjemvej/contract';
import { renderHookWithProviders } from '../test/render';
import { useVersionPicker } from './use-version-picker';

const listOf = (...versions: number[]) => ({ items: versions.map((version) => ({ version })) }) as unknown as VersionList;

describe('useVersionPicker', () => {
  it('compares the latest version with the one before it, and nothing before the versions are read', () => {
    expect(renderHookWithProviders(() => useVersionPicker({ data: undefined, error: null })).result.current).toMatchObject({
      from: null,
      to: null,
    });
    expect(renderHookWithProviders(() => useVersionPicker({ data: listOf(1), error: null })).result.current).toMatchObject({
      from: null,
      to: 1,
    });
    const { result } = renderHookWithProviders(() => useVersionPicker({ data: listOf(3, 1, 2), error: null }));
    expect(result.current).toMatchObject({ from: 2, to: 3 });
  });

  it('gives the history the versions, the comparison and the user’s pick', () => {
    const error = new Error('versions');
    const versions = { data: listOf(1, 2, 3), error };
    const { result } = renderHookWithProviders(() => useVersionPicker(versions));
    const comparing = result.current.historyOf({ data: undefined, error: null, isFetching: true });
    expect(comparing).toMatchObject({ versions: versions.data, versionsError: error, from: 2, to: 3, comparisonLoading: true });
    act(() => comparing.onChange(1, 2));
    expect(result.current).toMatchObject({ from: 1, to: 2 });
    expect(result.current.historyOf({ data: undefined, error: null, isFetching: false })).toMatchObject({
      from: 1,
      to: 2,
      comparisonLoading: false,
    });
  });
});

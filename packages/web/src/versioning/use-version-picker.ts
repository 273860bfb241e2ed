import { useState } from 'react';
import type { VersionComparison, VersionList } from '@hjemvej/contract';

/** What the picker needs of a query (TanStack Query's answer fits it as it is). */
interface Read<Data> {
  readonly data: Data | undefined;
  readonly error: unknown;
}

/**
 * Which two versions a `VersionHistory` compares: by default the latest against the one before it,
 * until the user picks others. `from` and `to` go to the comparison's query; `historyOf` gives the
 * history's props from the versions and that comparison.
 */
export function useVersionPicker(versions: Read<VersionList>) {
  const [picked, setPicked] = useState<{ from: number | null; to: number | null } | null>(null);
  const latest = versions.data ? Math.max(...versions.data.items.map((item) => item.version)) : null;
  const from = picked?.from ?? (latest !== null && latest > 1 ? latest - 1 : null);
  const to = picked?.to ?? latest;
  return {
    from,
    to,
    historyOf: (comparison: Read<VersionComparison> & { readonly isFetching: boolean }) => ({
      versions: versions.data,
      versionsError: versions.error,
      from,
      to,
      onChange: (nextFrom: number | null, nextTo: number | null) => setPicked({ from: nextFrom, to: nextTo }),
      comparison: comparison.data,
      comparisonError: comparison.error,
      comparisonLoading: comparison.isFetching && !comparison.data,
    }),
  };
}

/**
 * Answers about kept versions (assessments, plans, decisions): one version in full, or two compared field by
 * field. The stored versions arrive already scoped; these functions only shape the answer.
 */
import type { CompareQuery, VersionComparison } from '@hjemvej/contract';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import { compareVersions, type StoredVersion } from './version-diff';

const savedByOf = (stored: StoredVersion) => ({ name: stored.savedByName, at: stored.savedAt.toISOString() });

export interface VersionAnswer<C> {
  readonly id: string;
  readonly version: number;
  readonly savedBy: { readonly name: string | null; readonly at: string };
  readonly content: C;
}

export function versionAnswer<C>(
  id: string,
  stored: StoredVersion | undefined,
  read: (value: unknown) => C | null,
): VersionAnswer<C> {
  const content = stored ? read(stored.content) : null;
  if (!stored || content === null) throw new NotFoundError();
  return { id, version: stored.version, savedBy: savedByOf(stored), content };
}

/** `from` and `to` must both exist; comparing a version with itself answers no changes. */
export function comparisonAnswer<C>(
  id: string,
  stored: readonly StoredVersion[],
  query: CompareQuery,
  read: (value: unknown) => C | null,
): VersionComparison {
  const from = stored.find((v) => v.version === query.from);
  if (!from) throw new UnprocessableError('version_unknown', 'from', { version: query.from });
  const to = stored.find((v) => v.version === query.to);
  if (!to) throw new UnprocessableError('version_unknown', 'to', { version: query.to });
  return {
    id,
    from: { version: from.version, savedBy: savedByOf(from) },
    to: { version: to.version, savedBy: savedByOf(to) },
    changes: compareVersions(read(from.content) ?? from.content, read(to.content) ?? to.content),
  };
}

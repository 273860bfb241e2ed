/**
 * Comparing two versions of a record (an assessment, a plan, a decision) field by field. Pure: the versions
 * are plain JSON as kept in the `*_versions` tables.
 *
 * Objects are compared key by key, lists element by element in their order (a goal inserted
 * at the top shows as every goal below it changed, which is what a reader of the two printed
 * versions would see too). Paths read like 'goals.1.goal'.
 */
import type { FieldChange } from '@hjemvej/contract';

type Json = unknown;

function isPlainObject(value: Json): value is Record<string, Json> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function isMissing(value: Json): boolean {
  return value === null || value === undefined;
}

function join(path: string, key: string | number): string {
  return path === '' ? String(key) : `${path}.${key}`;
}

function scalarChange(path: string, from: Json, to: Json): FieldChange {
  const change = isMissing(from) ? 'added' : isMissing(to) ? 'removed' : 'changed';
  return { path, change, from: from ?? null, to: to ?? null };
}

/** Every leaf field that differs between `before` and `after`, in the order of `before` (new keys last). */
export function compareVersions(before: Json, after: Json, path = ''): FieldChange[] {
  if (isPlainObject(before) && isPlainObject(after)) {
    const keys = [...Object.keys(before), ...Object.keys(after).filter((key) => !Object.hasOwn(before, key))];
    return keys.flatMap((key) => compareVersions(before[key], after[key], join(path, key)));
  }
  if (Array.isArray(before) && Array.isArray(after)) {
    const changes: FieldChange[] = [];
    for (let index = 0; index < Math.max(before.length, after.length); index += 1) {
      const childPath = join(path, index);
      if (index >= before.length) changes.push({ path: childPath, change: 'added', from: null, to: after[index] as Json });
      else if (index >= after.length) changes.push({ path: childPath, change: 'removed', from: before[index] as Json, to: null });
      else changes.push(...compareVersions(before[index], after[index], childPath));
    }
    return changes;
  }
  if (JSON.stringify(before ?? null) === JSON.stringify(after ?? null)) return [];
  return [scalarChange(path, before, after)];
}

/** The top-level fields that differ, e.g. ['endedOn', 'goals']. */
export function changedTopLevelFields(before: Json, after: Json): string[] {
  const fields = compareVersions(before, after).map((change) => change.path.split('.')[0] ?? change.path);
  return [...new Set(fields)];
}

/**
 * What the audit event of a change records: for each changed top-level field its before and
 * after, except free-text and list fields, which are only named. The full history is in the
 * versions table; the append-only audit log must not become a second, unerasable copy of
 * notes about a citizen's health and circumstances. `version` is always recorded (the 409
 * answer reads "what changed since version n" from it).
 */
export function auditChangesOf(
  before: Record<string, Json>,
  after: Record<string, Json>,
  namedOnly: readonly string[],
  version: { from: number; to: number },
): Record<string, Json> {
  const changes: Record<string, Json> = {};
  for (const field of changedTopLevelFields(before, after)) {
    changes[field] = namedOnly.includes(field) ? 'changed' : { from: before[field] ?? null, to: after[field] ?? null };
  }
  return { ...changes, version };
}

export interface StoredVersion {
  readonly version: number;
  readonly content: Json;
  readonly savedByName: string | null;
  readonly savedAt: Date;
}

/** Versions oldest first, each with who saved it and the fields it changed from the one before. */
export function summariseVersions(
  rows: readonly StoredVersion[],
): { version: number; savedBy: { name: string | null; at: string }; changedFields: string[] }[] {
  const ordered = [...rows].sort((a, b) => a.version - b.version);
  return ordered.map((row, index) => {
    const previous = index > 0 ? ordered[index - 1] : undefined;
    return {
      version: row.version,
      savedBy: { name: row.savedByName, at: row.savedAt.toISOString() },
      changedFields: previous ? changedTopLevelFields(previous.content, row.content) : [],
    };
  });
}

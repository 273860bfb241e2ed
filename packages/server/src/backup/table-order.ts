/**
 * Which tables a backup holds, and in which order they are restored.
 *
 * Every table of the schema is backed up unless it is listed here with the reason, so a
 * table added by a future migration is included by default rather than silently lost.
 * The order follows the foreign keys (parents before children), computed from the catalog.
 */

/** Tables left out of a backup, with the reason (also written into the backup's header). */
export const excludedTables: Readonly<Record<string, string>> = {
  schema_migrations: 'recorded as the list of migrations in the header; restore runs the same migrations',
  schema_migrations_lock: 'internal to the migrator',
  sessions: 'sign-ins are ephemeral: a restored installation starts with everyone signed out',
  sign_in_throttle: 'short-lived counters of failed sign-ins',
  audit_chains: 'the heads of the audit chains, derived from audit_events; the first audit event after a restore rebuilds them',
  course_status: 'a cache of the by-name list, derived from the other tables; triggers rebuild it as they are restored',
  key_figure_rollups: "the key figures' roll-up, derived from the other tables; an empty one is rebuilt on the next read",
  key_figure_member_rows: "the key figures' roll-up, derived from the other tables; an empty one is rebuilt on the next read",
  key_figure_stale: "the key figures' roll-up, derived from the other tables; an empty one is rebuilt on the next read",
  key_figure_summaries: "the key figures' roll-up, derived from the other tables; an empty one is rebuilt on the next read",
  national_figure_answers: "the national view's daily answer, derived from the other tables; computed again on the next read",
};

/** Tables that are never wiped or counted as data (the migrator's own bookkeeping). */
export const migrationTables: ReadonlySet<string> = new Set(['schema_migrations', 'schema_migrations_lock']);

export function isExcludedTable(name: string): boolean {
  return Object.hasOwn(excludedTables, name);
}

export class TableOrderError extends Error {}

/**
 * Parents before children (Kahn's algorithm; ties alphabetical, so the order is stable).
 * `references` maps a table to the tables its foreign keys point at; self-references are
 * ignored (their rows are restored in primary-key order).
 */
export function orderByForeignKeys(tables: readonly string[], references: ReadonlyMap<string, readonly string[]>): string[] {
  const included = new Set(tables);
  const waitingFor = new Map<string, Set<string>>();
  for (const table of tables) {
    const parents = new Set((references.get(table) ?? []).filter((parent) => parent !== table));
    for (const parent of parents) {
      if (!included.has(parent)) {
        throw new TableOrderError(`table ${table} refers to ${parent}, which is not in the backup`);
      }
    }
    waitingFor.set(table, parents);
  }
  const ordered: string[] = [];
  while (waitingFor.size > 0) {
    const ready = [...waitingFor]
      .filter(([, parents]) => parents.size === 0)
      .map(([table]) => table)
      .sort();
    if (ready.length === 0) {
      throw new TableOrderError(`the foreign keys between ${[...waitingFor.keys()].sort().join(', ')} form a cycle`);
    }
    for (const table of ready) {
      ordered.push(table);
      waitingFor.delete(table);
      for (const parents of waitingFor.values()) parents.delete(table);
    }
  }
  return ordered;
}

/** Throws unless every table comes after the tables it refers to. */
export function assertForeignKeyOrder(order: readonly string[], references: ReadonlyMap<string, readonly string[]>): void {
  const seen = new Set<string>();
  for (const table of order) {
    for (const parent of references.get(table) ?? []) {
      if (parent !== table && !seen.has(parent)) {
        throw new TableOrderError(`the backup holds ${table} before ${parent}, which it refers to`);
      }
    }
    seen.add(table);
  }
}

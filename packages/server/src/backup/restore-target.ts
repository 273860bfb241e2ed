/**
 * What a restore may write into: an empty database, or with --force one whose only rows
 * can be deleted. The audit log is append-only (a trigger forbids DELETE and TRUNCATE) and
 * Hjemvej never switches that off, so a database holding audit events is never wiped.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/schema';
import type { Catalog } from './schema-catalog';
import { migrationTables } from './table-order';

export class RestoreTargetError extends Error {}

export interface TableRows {
  readonly table: string;
  readonly rows: number;
}

export const auditTable = 'audit_events';

/** Row counts of every table except the migrator's own, largest first. */
export async function countRows(db: Kysely<Database>, catalog: Catalog): Promise<TableRows[]> {
  const counts: TableRows[] = [];
  for (const table of catalog.keys()) {
    if (migrationTables.has(table)) continue;
    const result = await sql<{ rows: number }>`SELECT count(*) AS rows FROM ${sql.id(table)}`.execute(db);
    counts.push({ table, rows: Number(result.rows[0]?.rows ?? 0) });
  }
  return counts;
}

function describe(counts: readonly TableRows[]): string {
  return counts.map((c) => `${c.table}: ${c.rows}`).join(', ');
}

/** Throws with the reason when the target holds rows a restore may not replace. */
export function assertMayRestoreInto(counts: readonly TableRows[], force: boolean): void {
  const filled = counts.filter((c) => c.rows > 0).sort((a, b) => b.rows - a.rows || a.table.localeCompare(b.table));
  if (filled.length === 0) return;
  const audit = filled.find((c) => c.table === auditTable);
  if (audit) {
    throw new RestoreTargetError(
      `the target database is not empty (${describe(filled)}). Its audit log is append-only, so Hjemvej will not delete it, ` +
        `not even with --force: restore into a new, empty database (a new PostgreSQL database, or a new pglite:// folder)`,
    );
  }
  if (!force) {
    throw new RestoreTargetError(
      `the target database is not empty (${describe(filled)}); restore into an empty database, or use --force to delete these rows first`,
    );
  }
}

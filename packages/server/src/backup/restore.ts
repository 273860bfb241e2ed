/**
 * Restores a backup into an empty PGlite or PostgreSQL database: migrates it to exactly the
 * backup's migration level, inserts every table in foreign-key order in one transaction,
 * resets the sequences, logs `system.restore`, checks the row counts and finally verifies
 * the audit chain. Either everything is restored or no row is.
 */
import path from 'node:path';
import { sql, type Transaction } from 'kysely';
import { appendAuditEvents } from '../audit/audit-writer';
import { activeAuditKeyring } from '../audit/audit-keys';
import { verifyAuditChain, type ChainVerdict } from '../audit/verify-chain';
import type { Db } from '../database/connection';
import type { Database } from '../database/schema';
import type { BackupHeader, BackupTable } from './backup-format';
import { readBackupHeader, readBackupRecords } from './backup-reader';
import { assertKnownMigrationLevel, migrateToLevel, readAppliedMigrations } from './migration-level';
import type { ProgressListener } from './progress';
import { assertMayRestoreInto, auditTable, countRows, type TableRows } from './restore-target';
import { readCatalog, referencesOf, storedColumns, type Catalog } from './schema-catalog';
import { assertForeignKeyOrder, isExcludedTable, migrationTables, orderByForeignKeys } from './table-order';
import { useCanonicalTextFormats } from './text-formats';

export class RestoreError extends Error {}

export interface RestoreOptions {
  readonly db: Db;
  readonly file: string;
  /** Delete the rows of a non-empty database first (never audit events). */
  readonly force?: boolean;
  /** Rows per INSERT statement (fewer when the rows are large). */
  readonly batchRows?: number;
  readonly onMigration?: (step: string) => void;
  readonly onProgress?: ProgressListener;
  readonly onVerifyProgress?: (checked: number) => void;
}

export interface RestoreSummary {
  readonly header: BackupHeader;
  /** Migration steps run to reach the backup's level. */
  readonly migrations: readonly string[];
  /** Rows deleted first (with force). */
  readonly deleted: readonly TableRows[];
  /** Rows per restored table afterwards (audit_events including the restore's own event). */
  readonly tables: readonly TableRows[];
  readonly audit: ChainVerdict;
}

/** Keeps one INSERT's JSON parameter to a few megabytes, however wide the rows. */
const maxBatchCharacters = 4_000_000;

export async function restoreBackup(options: RestoreOptions): Promise<RestoreSummary> {
  const { db } = options;
  const header = await readBackupHeader(options.file);
  assertKnownMigrationLevel(header.migrations);
  assertMayRestoreInto(await countRows(db, await readCatalog(db)), options.force ?? false);

  const migrations = await migrateToLevel(db, header.migrations.at(-1) ?? null);
  for (const step of migrations) options.onMigration?.(step);

  const { deleted, tables } = await db.transaction().execute(async (tx) => {
    await useCanonicalTextFormats(tx);
    const catalog = await readCatalog(tx);
    const applied = await readAppliedMigrations(tx);
    if (applied.join() !== header.migrations.join()) {
      throw new RestoreError(
        `the database is at migration ${applied.at(-1) ?? 'none'} instead of the backup's ${header.migrations.at(-1) ?? ''}`,
      );
    }
    const dataTables = [...catalog.keys()].filter((name) => !migrationTables.has(name));
    if (dataTables.length > 0)
      await sql`LOCK TABLE ${sql.join(dataTables.map((name) => sql.id(name)))} IN ACCESS EXCLUSIVE MODE`.execute(tx);
    const before = await countRows(tx, catalog);
    assertMayRestoreInto(before, options.force ?? false);
    const deleted = await deleteRows(tx, catalog, before);
    assertSameTables(header, catalog);

    await insertRows(tx, catalog, header, options);
    await resetSequences(tx, catalog);
    const restored = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    await appendAuditEvents(tx, { actor: null, ip: null }, [
      {
        action: 'system.restore',
        subjectType: 'database',
        changes: {
          file: path.basename(options.file),
          backupCreatedAt: header.createdAt,
          source: header.source,
          migration: header.migrations.at(-1),
          rows: restored,
        },
      },
    ]);

    const after = (await countRows(tx, catalog)).filter((c) => !isExcludedTable(c.table));
    for (const table of header.tables) {
      const expected = table.rows + (table.name === auditTable ? 1 : 0);
      const actual = after.find((c) => c.table === table.name)?.rows;
      if (actual !== expected)
        throw new RestoreError(`table ${table.name} holds ${actual ?? 0} rows after the restore instead of ${expected}`);
    }
    return {
      deleted: deleted.filter((c) => c.rows > 0),
      tables: header.tables.map((t) => ({ table: t.name, rows: after.find((c) => c.table === t.name)?.rows ?? 0 })),
    };
  });

  const audit = await verifyAuditChain(db, {
    keyring: activeAuditKeyring(),
    ...(options.onVerifyProgress ? { onProgress: options.onVerifyProgress } : {}),
  });
  return { header, migrations, deleted, tables, audit };
}

/** With --force: children before parents. The audit log is never among them (see restore-target.ts). */
async function deleteRows(tx: Transaction<Database>, catalog: Catalog, counts: readonly TableRows[]): Promise<TableRows[]> {
  const filled = new Set(counts.filter((c) => c.rows > 0).map((c) => c.table));
  const order = orderByForeignKeys(
    [...catalog.keys()].filter((name) => !migrationTables.has(name)),
    referencesOf(catalog),
  ).reverse();
  for (const table of order) {
    if (filled.has(table)) await sql`DELETE FROM ${sql.id(table)}`.execute(tx);
  }
  return counts.filter((c) => filled.has(c.table));
}

function assertSameTables(header: BackupHeader, catalog: Catalog): void {
  const level = header.migrations.at(-1) ?? '';
  const expected = [...catalog.keys()].filter((name) => !isExcludedTable(name)).sort();
  const actual = header.tables.map((t) => t.name).sort();
  if (expected.join() !== actual.join()) {
    throw new RestoreError(
      `the backup holds the tables ${actual.join(', ')}, but at migration ${level} the database has ${expected.join(', ')}`,
    );
  }
  for (const table of header.tables) {
    const target = catalog.get(table.name);
    const columns = target
      ? storedColumns(target)
          .map((c) => c.name)
          .sort()
      : [];
    if (columns.join() !== [...table.columns].sort().join()) {
      throw new RestoreError(
        `the backup's columns of ${table.name} (${table.columns.join(', ')}) differ from the database's at migration ${level} (${columns.join(', ')})`,
      );
    }
  }
  assertForeignKeyOrder(
    header.tables.map((t) => t.name),
    referencesOf(catalog),
  );
}

/**
 * Each batch goes to the server as one JSON text parameter (an array of rows); every value
 * is taken out as text and cast to its column's type, i.e. parsed by the type's own input
 * function, exactly as PostgreSQL printed it when the backup was made.
 */
async function insertRows(
  tx: Transaction<Database>,
  catalog: Catalog,
  header: BackupHeader,
  options: RestoreOptions,
): Promise<void> {
  let table: BackupTable | null = null;
  let insert: ((rowsJson: string) => Promise<unknown>) | null = null;
  let batch: string[] = [];
  let batchBytes = 0;
  let done = 0;
  const batchRows = options.batchRows ?? 2000;

  const flush = async () => {
    if (!table || !insert || batch.length === 0) return;
    await insert(`[${batch.join(',')}]`);
    done += batch.length;
    batch = [];
    batchBytes = 0;
    options.onProgress?.({ table: table.name, done, total: table.rows });
  };

  for await (const record of readBackupRecords(options.file, header)) {
    if (record.kind === 'table') {
      await flush();
      const current = record.table;
      const target = catalog.get(current.name);
      const values = current.columns.map((name, index) => {
        const type = target?.columns.find((c) => c.name === name)?.type ?? 'text';
        return sql`(e.value ->> ${sql.lit(index)})::${sql.raw(type)}`;
      });
      const columns = sql.join(current.columns.map((c) => sql.id(c)));
      insert = (rowsJson) =>
        sql`INSERT INTO ${sql.id(current.name)} (${columns}) OVERRIDING SYSTEM VALUE
            SELECT ${sql.join(values)} FROM json_array_elements(${rowsJson}::text::json) AS e(value)`.execute(tx);
      table = current;
      done = 0;
      options.onProgress?.({ table: current.name, done, total: current.rows });
    } else {
      const json = JSON.stringify(record.values);
      batch.push(json);
      batchBytes += json.length;
      if (batch.length >= batchRows || batchBytes >= maxBatchCharacters) await flush();
    }
  }
  await flush();
}

/** Serial and identity columns continue after the highest restored value. */
async function resetSequences(tx: Transaction<Database>, catalog: Catalog): Promise<void> {
  for (const table of catalog.values()) {
    for (const column of table.columns) {
      if (column.sequence === null) continue;
      await sql`SELECT setval(${column.sequence}::text::regclass, coalesce((SELECT max(${sql.id(column.name)}) FROM ${sql.id(table.name)}), 0) + 1, false)`.execute(
        tx,
      );
    }
  }
}

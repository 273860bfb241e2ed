/**
 * Writes a complete, portable backup (see backup-format.ts) of a PGlite or PostgreSQL
 * database. Rows are read through a cursor inside one REPEATABLE READ transaction: a
 * consistent snapshot, streamed in batches, so a large database never sits in memory.
 */
import fs from 'node:fs';
import path from 'node:path';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import { sql, type Transaction } from 'kysely';
import { appendAuditEvents } from '../audit/audit-writer';
import type { Db } from '../database/connection';
import type { Database } from '../database/schema';
import { backupFormatName, backupFormatVersion, encodeLine, type BackupHeader, type BackupTable } from './backup-format';
import { readAppliedMigrations } from './migration-level';
import type { ProgressListener } from './progress';
import { readCatalog, referencesOf, storedColumns, type Catalog } from './schema-catalog';
import { excludedTables, isExcludedTable, orderByForeignKeys } from './table-order';
import { useCanonicalTextFormats } from './text-formats';

export class BackupError extends Error {}

export interface WriteBackupOptions {
  readonly db: Db;
  readonly file: string;
  readonly source: 'pglite' | 'postgres';
  readonly hjemvejVersion?: string;
  /** Rows per cursor fetch. */
  readonly batchSize?: number;
  readonly onProgress?: ProgressListener;
}

export interface BackupSummary {
  readonly file: string;
  readonly bytes: number;
  readonly header: BackupHeader;
}

const cursorName = 'hjemvej_backup_rows';

export async function writeBackup(options: WriteBackupOptions): Promise<BackupSummary> {
  const file = path.resolve(options.file);
  if (fs.existsSync(file)) throw new BackupError(`${file} already exists; choose another file name`);
  if (!fs.existsSync(path.dirname(file))) throw new BackupError(`the folder ${path.dirname(file)} does not exist`);
  const applied = await readAppliedMigrations(options.db);
  if (applied.length === 0)
    throw new BackupError('the database has no tables yet (no migrations have run); there is nothing to back up');

  // Logged first and committed, so the backup itself holds the record of its making.
  await options.db.transaction().execute((tx) =>
    appendAuditEvents(tx, { actor: null, ip: null }, [
      {
        action: 'system.backup',
        subjectType: 'database',
        changes: { file: path.basename(file), formatVersion: backupFormatVersion, migration: applied.at(-1) ?? null },
      },
    ]),
  );

  const temporary = `${file}.partial-${process.pid}`;
  try {
    const header = await options.db
      .transaction()
      .setIsolationLevel('repeatable read')
      .setAccessMode('read only')
      .execute(async (tx) => {
        await useCanonicalTextFormats(tx);
        const catalog = await readCatalog(tx);
        const header: BackupHeader = {
          kind: 'header',
          format: backupFormatName,
          formatVersion: backupFormatVersion,
          createdAt: new Date().toISOString(),
          hjemvejVersion: options.hjemvejVersion ?? '0.1.0',
          source: options.source,
          migrations: await readAppliedMigrations(tx),
          tables: await planTables(tx, catalog),
          excludedTables: Object.entries(excludedTables)
            .filter(([name]) => catalog.has(name))
            .map(([name, reason]) => ({ name, reason })),
        };
        await pipeline(
          backupLines(tx, header, options.batchSize ?? 1000, options.onProgress),
          createGzip(),
          fs.createWriteStream(temporary, { flags: 'wx', mode: 0o600 }),
        );
        return header;
      });
    if (fs.existsSync(file))
      throw new BackupError(`${file} appeared while the backup was being written; choose another file name`);
    await fs.promises.rename(temporary, file);
    return { file, bytes: (await fs.promises.stat(file)).size, header };
  } catch (error) {
    await fs.promises.rm(temporary, { force: true });
    throw error;
  }
}

/** Every table not excluded, parents before children, with its stored columns and row count. */
async function planTables(tx: Transaction<Database>, catalog: Catalog): Promise<BackupTable[]> {
  const names = [...catalog.keys()].filter((name) => !isExcludedTable(name));
  const tables: BackupTable[] = [];
  for (const name of orderByForeignKeys(names, referencesOf(catalog))) {
    const table = catalog.get(name);
    if (!table) continue;
    if (table.primaryKey.length === 0)
      throw new BackupError(`table ${name} has no primary key, so its rows have no stable order to back up`);
    const count = await sql<{ rows: number }>`SELECT count(*) AS rows FROM ${sql.id(name)}`.execute(tx);
    tables.push({
      name,
      columns: storedColumns(table).map((c) => c.name),
      primaryKey: [...table.primaryKey],
      rows: Number(count.rows[0]?.rows ?? 0),
    });
  }
  return tables;
}

async function* backupLines(
  tx: Transaction<Database>,
  header: BackupHeader,
  batchSize: number,
  onProgress: ProgressListener | undefined,
): AsyncGenerator<string> {
  yield encodeLine(header);
  let total = 0;
  for (const table of header.tables) {
    yield encodeLine({ kind: 'table', name: table.name });
    const columns = table.columns.map((column, index) => sql`${sql.id(column)}::text AS ${sql.id(`c${index}`)}`);
    const orderBy = table.primaryKey.map((column) => sql.id(column));
    await sql`DECLARE ${sql.id(cursorName)} NO SCROLL CURSOR FOR SELECT ${sql.join(columns)} FROM ${sql.id(table.name)} ORDER BY ${sql.join(orderBy)}`.execute(
      tx,
    );
    let done = 0;
    onProgress?.({ table: table.name, done, total: table.rows });
    for (;;) {
      const { rows } = await sql<
        Record<string, string | null>
      >`FETCH FORWARD ${sql.lit(batchSize)} FROM ${sql.id(cursorName)}`.execute(tx);
      if (rows.length === 0) break;
      let chunk = '';
      for (const row of rows) chunk += encodeLine(table.columns.map((_, index) => row[`c${index}`] ?? null));
      yield chunk;
      done += rows.length;
      onProgress?.({ table: table.name, done, total: table.rows });
    }
    await sql`CLOSE ${sql.id(cursorName)}`.execute(tx);
    if (done !== table.rows) throw new BackupError(`${table.name}: counted ${table.rows} rows but read ${done}`);
    total += done;
  }
  yield encodeLine({ kind: 'end', rows: total });
}

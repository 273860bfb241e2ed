/**
 * Backup and restore in process: a seeded database is backed up and restored into fresh
 * databases (PGlite in memory always; a new PostgreSQL database when one is configured),
 * and every backed-up table must come back row for row, with an intact audit chain.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { gunzip, gzip } from 'node:zlib';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAuditEvents } from '../src/audit/audit-writer';
import { activeAuditKeyring } from '../src/audit/audit-keys';
import { verifyAuditChain } from '../src/audit/verify-chain';
import { writeBackup } from '../src/backup/backup-writer';
import { knownMigrationNames, readAppliedMigrations } from '../src/backup/migration-level';
import { readCatalog } from '../src/backup/schema-catalog';
import { isExcludedTable } from '../src/backup/table-order';
import { restoreBackup } from '../src/backup/restore';
import { parseDatabaseUrl } from '../src/config/database-url';
import { openDatabase, type DatabaseHandle, type Db } from '../src/database/connection';
import { latestMigrationName, migrateToLatest } from '../src/database/migrator';
import { seedDemo } from '../src/demo/seed-demo';
import { createSession } from '../src/modules/auth/session-store';
import {
  createCitizen,
  createHousingPeriod,
  createMunicipalityWithStaff,
  createShelterWithStaff,
  createStay,
  createUnit,
  createUser,
} from './support/factories';
import { createPostgresScratchDatabase } from './support/scratch-database';
import { testDatabaseUrl } from './support/test-app';

/** A PostgreSQL server to create scratch databases on: the one under test, else TEST_DATABASE_URL. */
const postgresUrl = [process.env.HJEMVEJ_TEST_DATABASE_URL, process.env.TEST_DATABASE_URL].find((url) =>
  url?.startsWith('postgres'),
);
const foundationTables = ['audit_events', 'organisation_partners', 'organisations', 'units', 'user_units', 'users'];

interface ScratchDatabase {
  readonly handle: DatabaseHandle;
  dispose(): Promise<void>;
}

async function scratchDatabase(kind: 'pglite' | 'postgres'): Promise<ScratchDatabase> {
  if (kind === 'pglite') {
    const handle = await openDatabase({ kind: 'pglite', dataDir: null });
    return { handle, dispose: () => handle.close() };
  }
  const scratch = await createPostgresScratchDatabase(postgresUrl ?? '');
  const handle = await openDatabase(parseDatabaseUrl(scratch.url), { poolSize: 2 });
  return {
    handle,
    async dispose() {
      await handle.close();
      await scratch.drop();
    },
  };
}

/** Every row of a table as PostgreSQL's own JSON of it (microseconds, jsonb, nulls), sorted. */
async function rowsOf(db: Db, table: string): Promise<string[]> {
  return db.transaction().execute(async (tx) => {
    await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx);
    const result = await sql<{ row: string }>`SELECT to_jsonb(t)::text AS row FROM ${sql.id(table)} t ORDER BY 1`.execute(tx);
    return result.rows.map((r) => r.row);
  });
}

async function count(db: Db, table: string): Promise<number> {
  const result = await sql<{ n: number }>`SELECT count(*) AS n FROM ${sql.id(table)}`.execute(db);
  return Number(result.rows[0]?.n);
}

const gzipAsync = promisify(gzip);
const gunzipAsync = promisify(gunzip);

/** Rewrites a backup's lines (to make damaged or foreign backups). */
async function rewriteBackup(from: string, to: string, change: (lines: string[]) => string[]): Promise<void> {
  const lines = (await gunzipAsync(fs.readFileSync(from))).toString('utf8').split('\n');
  fs.writeFileSync(to, await gzipAsync(Buffer.from(change(lines).join('\n'))));
}

describe('backup and restore', () => {
  let folder: string;
  let source: ScratchDatabase;
  let backupFile: string;
  let seeded: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
  /** Every table of the schema except those a backup leaves out (grows with the migrations). */
  let backedUpTables: string[];

  beforeAll(async () => {
    folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-backup-'));
    // A database of its own (not the shared test database), so no other test writes to it meanwhile.
    source = await scratchDatabase(testDatabaseUrl().startsWith('postgres') ? 'postgres' : 'pglite');
    const db = source.handle.db;
    await migrateToLatest(db);
    await seedDemo(db);
    seeded = await createMunicipalityWithStaff(db);
    await createUnit(db, seeded.organisation.id, { name: 'Gammel enhed' }).then((unit) =>
      db.updateTable('units').set({ is_active: false }).where('id', '=', unit.id).execute(),
    );
    const tricky = await createUser(db, seeded.organisation.id, {
      displayName: 'Åse "Citat" O\'Brien\nanden linje ✓',
      role: 'support_worker',
    });
    await sql`UPDATE users SET last_sign_in_at = '2026-03-01 12:34:56.123456+00', locale = 'en' WHERE id = ${tricky.id}`.execute(
      db,
    );
    await createSession(db, tricky.id, { idleMinutes: 30, absoluteHours: 12 }, { ip: '127.0.0.1', userAgent: 'test' });
    await db
      .insertInto('sign_in_throttle')
      .values({ key: 'someone@example.dk', failures: 3, window_started_at: new Date() })
      .execute();
    await db.transaction().execute((tx) =>
      appendAuditEvents(tx, { actor: null, ip: '10.0.0.1' }, [
        {
          action: 'user.update',
          subjectType: 'user',
          subjectId: tricky.id,
          dataOrganisationId: seeded.organisation.id,
          changes: { note: 'æøå ✓ "q"', n: 1.5, big: 9007199254740991, nested: { list: [1, null, true] } },
        },
      ]),
    );
    if (knownMigrationNames.includes('0002-citizens')) {
      const shelter = await createShelterWithStaff(db);
      const kept = await createCitizen(db, { handlekommuneId: seeded.organisation.id });
      const duplicate = await createCitizen(db, {
        handlekommuneId: null,
        createdByOrganisationId: shelter.organisation.id,
        cpr: null,
        alias: 'Fugl',
      });
      await sql`UPDATE citizens SET merged_into_id = ${kept.id} WHERE id = ${duplicate.id}`.execute(db);
      const [first, second] = [kept.id, (await createCitizen(db, { handlekommuneId: seeded.organisation.id })).id].sort();
      await sql`INSERT INTO citizen_distinct_pairs (citizen_a_id, citizen_b_id) VALUES (${first}, ${second})`.execute(db);
      await createHousingPeriod(db, {
        citizenId: kept.id,
        category: 'rough_sleeping',
        fromDate: '2025-12-30',
        toDate: '2026-01-02',
      });
      const stay = await createStay(db, { citizenId: kept.id, shelterId: shelter.organisation.id, admittedOn: '2026-01-02' });
      await sql`UPDATE shelter_stays SET intake = ${JSON.stringify({ cameFrom: 'gaden', problems: { debt: true }, notes: 'første nat ✓' })}::jsonb WHERE id = ${stay.id}`.execute(
        db,
      );
    }
    const catalog = await readCatalog(db);
    backedUpTables = [...catalog.keys()].filter((name) => !isExcludedTable(name)).sort();
    expect(backedUpTables).toEqual(expect.arrayContaining(foundationTables));
    expect(backedUpTables).not.toContain('sessions');
    backupFile = path.join(folder, 'hjemvej.backup.jsonl.gz');
    await writeBackup({ db, file: backupFile, source: source.handle.target.kind });
  });

  afterAll(async () => {
    await source.dispose();
    fs.rmSync(folder, { recursive: true, force: true });
  });

  it('holds every application table, leaves out sessions and sign-in throttling, and logs itself', async () => {
    const lines = (await gunzipAsync(fs.readFileSync(backupFile))).toString('utf8').trimEnd().split('\n');
    const header = JSON.parse(lines[0] ?? '{}') as {
      tables: { name: string; rows: number }[];
      excludedTables: { name: string }[];
      migrations: string[];
    };
    expect(header.tables.map((t) => t.name).sort()).toEqual(backedUpTables);
    expect(header.excludedTables.map((t) => t.name)).toEqual(expect.arrayContaining(['sessions', 'sign_in_throttle']));
    expect(header.migrations.at(-1)).toBe(latestMigrationName);
    for (const table of header.tables) expect(table.rows).toBe(await count(source.handle.db, table.name));
    expect(lines.at(-1)).toMatch(/^\{"kind":"end","rows":\d+\}$/);
    const lastAudit = await source.handle.db
      .selectFrom('audit_events')
      .select('action')
      .orderBy('id', 'desc')
      .executeTakeFirstOrThrow();
    expect(lastAudit.action).toBe('system.backup');
    expect(fs.statSync(backupFile).mode & 0o077).toBe(0);
  });

  const targets: ('pglite' | 'postgres')[] = postgresUrl ? ['pglite', 'postgres'] : ['pglite'];
  for (const kind of targets) {
    it(`restores into a new ${kind} database with every row identical`, async () => {
      const target = await scratchDatabase(kind);
      try {
        const db = target.handle.db;
        const summary = await restoreBackup({ db, file: backupFile });
        expect(summary.migrations).toEqual(knownMigrationNames.map((name) => `↑ ${name}`));
        expect(summary.audit).toMatchObject({ ok: true });

        for (const table of backedUpTables) {
          const expected = await rowsOf(source.handle.db, table);
          const actual = await rowsOf(db, table);
          if (table === 'audit_events') {
            expect(actual).toHaveLength(expected.length + 1);
            expect(actual.filter((row) => expected.includes(row))).toEqual(expected);
          } else {
            expect(actual, table).toEqual(expected);
          }
        }
        const last = await db
          .selectFrom('audit_events')
          .select(['action', 'actor_user_id'])
          .orderBy('id', 'desc')
          .executeTakeFirstOrThrow();
        expect(last).toEqual({ action: 'system.restore', actor_user_id: null });
        expect(await count(db, 'sessions')).toBe(0);
        expect(await count(db, 'sign_in_throttle')).toBe(0);

        // The sequence continues after the restored ids, and the chain after the restored events.
        const maxId = await db
          .selectFrom('audit_events')
          .select((eb) => eb.fn.max('id').as('id'))
          .executeTakeFirstOrThrow();
        await db
          .transaction()
          .execute((tx) => appendAuditEvents(tx, { actor: null, ip: null }, [{ action: 'system.seed_demo' }]));
        const next = await db.selectFrom('audit_events').select('id').orderBy('id', 'desc').executeTakeFirstOrThrow();
        expect(next.id).toBe(Number(maxId.id) + 1);
        expect(await verifyAuditChain(db, { keyring: activeAuditKeyring() })).toMatchObject({
          ok: true,
          count: (await count(source.handle.db, 'audit_events')) + 2,
        });
      } finally {
        await target.dispose();
      }
    });
  }

  it('refuses a database with an audit log, even with --force', async () => {
    await expect(restoreBackup({ db: source.handle.db, file: backupFile })).rejects.toThrow(
      /not empty .*audit_events: \d+.*append-only/,
    );
    await expect(restoreBackup({ db: source.handle.db, file: backupFile, force: true })).rejects.toThrow(/not even with --force/);
  });

  it('refuses other data without --force, and deletes it with --force', async () => {
    const target = await scratchDatabase('pglite');
    try {
      const db = target.handle.db;
      await migrateToLatest(db);
      const stray = await db
        .insertInto('organisations')
        .values({
          kind: 'operator',
          name: 'Tidligere forsøg',
          municipality_code: null,
          partner_type: null,
          shelter_operator: null,
          contact_email: null,
          contact_phone: null,
        })
        .returning('id')
        .executeTakeFirstOrThrow();
      await expect(restoreBackup({ db, file: backupFile })).rejects.toThrow(/not empty \(organisations: 1\).*--force/);
      const summary = await restoreBackup({ db, file: backupFile, force: true });
      expect(summary.deleted).toEqual([{ table: 'organisations', rows: 1 }]);
      expect(await db.selectFrom('organisations').select('id').where('id', '=', stray.id).executeTakeFirst()).toBeUndefined();
      expect(await rowsOf(db, 'users')).toEqual(await rowsOf(source.handle.db, 'users'));
    } finally {
      await target.dispose();
    }
  });

  it('refuses a backup from a migration this version does not know, before touching the database', async () => {
    const future = path.join(folder, 'future.jsonl.gz');
    await rewriteBackup(backupFile, future, ([header = '', ...rest]) => {
      const parsed = JSON.parse(header) as { migrations: string[] };
      return [JSON.stringify({ ...parsed, migrations: [...parsed.migrations, '9999-from-the-future'] }), ...rest];
    });
    const target = await scratchDatabase('pglite');
    try {
      await expect(restoreBackup({ db: target.handle.db, file: future })).rejects.toThrow(/9999-from-the-future.*does not know/);
      expect(await readAppliedMigrations(target.handle.db)).toEqual([]);
    } finally {
      await target.dispose();
    }
  });

  it('restores nothing from an incomplete backup', async () => {
    const truncated = path.join(folder, 'truncated.jsonl.gz');
    await rewriteBackup(backupFile, truncated, (lines) => lines.filter((line) => line !== '').slice(0, -3));
    const target = await scratchDatabase('pglite');
    try {
      await expect(restoreBackup({ db: target.handle.db, file: truncated })).rejects.toThrow(
        /incomplete|holds \d+ rows, but the header announces/,
      );
      for (const table of backedUpTables) expect(await count(target.handle.db, table)).toBe(0);
    } finally {
      await target.dispose();
    }
  });
});

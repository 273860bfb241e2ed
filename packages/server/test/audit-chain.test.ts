/**
 * The audit log as parallel, keyed chains anchored outside the database (issue 9 point 3,
 * issue 10 point 2): concurrent writers from several connections still form one verifiable
 * history per chain; a removed tail and a rewritten head are named; keys rotate.
 * Tampering is done as a database superuser would: with the append-only triggers switched off.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql, type Selectable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeAuditKeyring, generateAuditKey, installAuditKeyring, type AuditKeyring } from '../src/audit/audit-keys';
import { appendAuditEvents } from '../src/audit/audit-writer';
import { appendCheckpoint, readCheckpoints, takeAuditCheckpoint } from '../src/audit/checkpoints';
import { computeAuditHash, computeKeyedAuditHash } from '../src/audit/hash';
import { contentOf, verifyAuditChain } from '../src/audit/verify-chain';
import { openDatabase, type DatabaseHandle, type Db } from '../src/database/connection';
import type { AuditEventsTable } from '../src/database/schema';
import { call, createTestApp, signInAs, type Session, type TestApp } from './support/test-app';
import { createMunicipalityWithStaff } from './support/factories';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';

let t: TestApp;
let scratch: ScratchDatabase;
let admin: Session;
let userIds: string[];
let folder: string;

const isPostgres = () => t.database.target.kind === 'postgres';

beforeAll(async () => {
  scratch = await createScratchDatabase();
  folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-audit-chain-'));
  t = await createTestApp({ DATABASE_URL: scratch.url, AUDIT_DIR: folder });
  const m = await createMunicipalityWithStaff(t.db);
  admin = await signInAs(t.app, m.admin);
  userIds = [m.admin.id, m.caseworker.id];
});
afterAll(async () => {
  await t.close();
  await scratch.drop();
  fs.rmSync(folder, { recursive: true, force: true });
});

const keyring = (): AuditKeyring => activeAuditKeyring();
const checkpointFile = () => t.config.audit.checkpointFile ?? '';
const checkpoints = () => readCheckpoints(checkpointFile(), t.config.audit.databaseName, keyring());

async function checkpointNow(): Promise<void> {
  appendCheckpoint(checkpointFile(), await takeAuditCheckpoint(t.db, keyring().current, t.config.audit.databaseName));
}

type EventRow = Selectable<AuditEventsTable>;

/** The newest event of the chain holding the newest event. */
async function newestEvent(): Promise<EventRow> {
  const newest = await t.db.selectFrom('audit_events').select('chain').orderBy('id', 'desc').executeTakeFirstOrThrow();
  return t.db
    .selectFrom('audit_events')
    .selectAll()
    .where('chain', '=', newest.chain)
    .orderBy('position', 'desc')
    .executeTakeFirstOrThrow();
}

/** As a superuser would: with the append-only triggers off. */
async function asSuperuser(work: (db: Db) => Promise<unknown>): Promise<void> {
  await sql`ALTER TABLE audit_events DISABLE TRIGGER USER`.execute(t.db);
  try {
    await work(t.db);
  } finally {
    await sql`ALTER TABLE audit_events ENABLE TRIGGER USER`.execute(t.db);
  }
}

async function putBack(rows: readonly EventRow[]): Promise<void> {
  await asSuperuser(async (db) => {
    for (const row of rows) {
      await sql`DELETE FROM audit_events WHERE id = ${row.id}`.execute(db);
      await sql`INSERT INTO audit_events (id, occurred_at, actor_user_id, actor, actor_organisation_id, data_organisation_id,
          action, subject_type, subject_id, citizen_id, outcome, ip, changes, chain, position, key_id, prev_hash, hash)
        VALUES (${row.id}, ${row.occurred_at}, ${row.actor_user_id}, ${JSON.stringify(row.actor)}::jsonb, ${row.actor_organisation_id},
          ${row.data_organisation_id}, ${row.action}, ${row.subject_type}, ${row.subject_id}, ${row.citizen_id}, ${row.outcome},
          ${row.ip}, ${row.changes === null ? null : JSON.stringify(row.changes)}::jsonb, ${row.chain}, ${row.position},
          ${row.key_id}, ${row.prev_hash}, ${row.hash})`.execute(db);
    }
  });
}

describe('the audit chains', () => {
  it('keep one verifiable history per chain when many connections write at once', async () => {
    const before = (await verifyAuditChain(t.db, { keyring: keyring() })).count;
    // On PostgreSQL, pools of their own besides the app's, each writing in its own transactions
    // (PGlite has one connection: its writers queue on it, and the same must hold).
    const others: DatabaseHandle[] = isPostgres()
      ? await Promise.all([1, 2, 3].map(() => openDatabase(t.database.target, { poolSize: 3 })))
      : [];
    const writers: Db[] = isPostgres() ? others.map((other) => other.db) : [t.db, t.db, t.db];
    try {
      const direct = writers.flatMap((other, o) =>
        Array.from({ length: 10 }, (_, i) =>
          other.transaction().execute((tx) =>
            appendAuditEvents(tx, { actor: null, ip: null }, [
              { action: 'system.seed_demo', changes: { connection: o, i, part: 1 } },
              { action: 'system.seed_demo', changes: { connection: o, i, part: 2 } },
            ]),
          ),
        ),
      );
      const reads = Array.from({ length: 30 }, (_, i) =>
        call(t.app, admin, { method: 'GET', url: `/api/users/${userIds[i % userIds.length] ?? ''}` }),
      );
      const [responses] = await Promise.all([Promise.all(reads), Promise.all(direct)]);
      expect(responses.map((r) => r.statusCode)).toEqual(responses.map(() => 200));
    } finally {
      await Promise.all(others.map((other) => other.close()));
    }
    const verdict = await verifyAuditChain(t.db, { keyring: keyring() });
    expect(verdict).toMatchObject({ ok: true, count: before + 30 * 2 + 30 });
    // Each chain is one line: positions 1..n, no fork; writers spread over several chains.
    const chains = await t.db
      .selectFrom('audit_events')
      .select(['chain', (eb) => eb.fn.countAll<number>().as('events'), (eb) => eb.fn.max('position').as('last')])
      .groupBy('chain')
      .execute();
    for (const chain of chains) expect(Number(chain.last)).toBe(Number(chain.events));
    expect(chains.length).toBeGreaterThan(1);
    // A transaction's events stay together, in order, on one chain.
    const pairs = await t.db
      .selectFrom('audit_events')
      .select(['chain', 'position', 'changes'])
      .where('action', '=', 'system.seed_demo')
      .orderBy('chain')
      .orderBy('position')
      .execute();
    for (const [index, event] of pairs.entries()) {
      const changes = event.changes as { part: number; i: number; connection: number };
      if (changes.part !== 1) continue;
      const next = pairs[index + 1];
      expect(next?.chain).toBe(event.chain);
      expect(next?.position).toBe(Number(event.position) + 1);
      expect(next?.changes).toEqual({ ...changes, part: 2 });
    }
    if (isPostgres()) expect(new Set(pairs.map((p) => p.chain)).size).toBeGreaterThan(1);
  });

  it('names a removed tail when it is checked against a signed checkpoint', async () => {
    await call(t.app, admin, { method: 'GET', url: `/api/users/${userIds[0] ?? ''}` });
    await checkpointNow();
    expect(await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() })).toMatchObject({
      ok: true,
      eventsAfterLatestCheckpoint: 0,
    });
    const head = await newestEvent();
    await asSuperuser((db) => sql`DELETE FROM audit_events WHERE id = ${head.id}`.execute(db));
    try {
      // The chain alone still looks whole: that is what the anchor outside the database is for.
      expect((await verifyAuditChain(t.db, { keyring: keyring() })).ok).toBe(true);
      const verdict = await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() });
      expect(verdict).toMatchObject({ ok: false, problem: 'missing_tail', chain: head.chain, position: Number(head.position) });
      if (!verdict.ok) expect(verdict.reason).toContain('the last 1 event(s) of the chain were removed');
    } finally {
      await putBack([head]);
    }
    expect((await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() })).ok).toBe(true);
  });

  it('names a rewritten head whose hash was recomputed without the key', async () => {
    const head = await newestEvent();
    const forged = { ...head, subject_id: 'someone-else' };
    const plainHash = computeAuditHash(contentOf(forged), head.prev_hash);
    try {
      // As a legacy (unkeyed) event, and keeping the key id: both are named.
      await asSuperuser((db) =>
        sql`UPDATE audit_events SET subject_id = 'someone-else', key_id = NULL, hash = ${plainHash} WHERE id = ${head.id}`.execute(
          db,
        ),
      );
      expect(await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() })).toMatchObject({
        ok: false,
        problem: 'unkeyed',
        brokenAtId: head.id,
      });
      await asSuperuser((db) => sql`UPDATE audit_events SET key_id = ${head.key_id} WHERE id = ${head.id}`.execute(db));
      expect(await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() })).toMatchObject({
        ok: false,
        problem: 'changed',
        brokenAtId: head.id,
      });
    } finally {
      await putBack([head]);
    }
  });

  it('names a head replaced by a validly keyed other event, through the checkpoint', async () => {
    await checkpointNow();
    const head = await newestEvent();
    // Whoever holds the key but not the checkpoint file: replace the head by another, validly keyed event.
    const key = keyring().current;
    const replacement: EventRow = {
      ...head,
      action: 'system.seed_demo',
      subject_id: null,
      changes: { innocent: true },
      key_id: key.id,
    };
    replacement.hash = computeKeyedAuditHash(contentOf(replacement), head.prev_hash, {
      chain: head.chain,
      position: Number(head.position),
      key,
    });
    await putBack([replacement]);
    try {
      expect((await verifyAuditChain(t.db, { keyring: keyring() })).ok).toBe(true);
      const verdict = await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() });
      expect(verdict).toMatchObject({ ok: false, problem: 'rewritten', brokenAtId: head.id, chain: head.chain });
    } finally {
      await putBack([head]);
    }
    expect((await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() })).ok).toBe(true);
  });

  it('refuses a checkpoint line that is not signed with a known key', async () => {
    const genuine = await takeAuditCheckpoint(t.db, keyring().current, t.config.audit.databaseName);
    const file = path.join(folder, 'forged.jsonl');
    appendCheckpoint(file, { ...genuine, heads: genuine.heads.map((h) => ({ ...h, position: h.position + 5 })) });
    const verdict = await verifyAuditChain(t.db, {
      keyring: keyring(),
      checkpoints: readCheckpoints(file, t.config.audit.databaseName, keyring()),
    });
    expect(verdict).toMatchObject({ ok: false, problem: 'bad_checkpoint' });
  });

  it('rotates keys: new events use the new key, verification needs the old one too', async () => {
    const old = keyring();
    const next = generateAuditKey();
    installAuditKeyring({ current: next, keys: new Map([...old.keys, [next.id, next]]), source: 'rotation test' });
    try {
      await call(t.app, admin, { method: 'GET', url: `/api/users/${userIds[1] ?? ''}` });
      const newest = await t.db.selectFrom('audit_events').select('key_id').orderBy('id', 'desc').executeTakeFirstOrThrow();
      expect(newest.key_id).toBe(next.id);
      expect((await verifyAuditChain(t.db, { keyring: keyring(), checkpoints: checkpoints() })).ok).toBe(true);
      const withoutOld: AuditKeyring = { current: next, keys: new Map([[next.id, next]]), source: 'the new key only' };
      const verdict = await verifyAuditChain(t.db, { keyring: withoutOld });
      expect(verdict).toMatchObject({ ok: false, problem: 'unknown_key' });
      if (!verdict.ok) expect(verdict.reason).toContain(old.current.id);
    } finally {
      installAuditKeyring(old);
    }
  });
});

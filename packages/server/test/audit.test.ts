import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { activeAuditKeyring } from '../src/audit/audit-keys';
import { verifyAuditChain } from '../src/audit/verify-chain';
import { call, createTestApp, signInAs, type Session, type TestApp } from './support/test-app';
import { createMunicipalityWithStaff } from './support/factories';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';
import { auditEvent } from './support/audit-events';

let t: TestApp;
let m: Awaited<ReturnType<typeof createMunicipalityWithStaff>>;
let admin: Session;
let scratch: ScratchDatabase;

// A database of its own: these tests tamper with the audit chain and add triggers.
beforeAll(async () => {
  scratch = await createScratchDatabase();
  t = await createTestApp({ DATABASE_URL: scratch.url });
  m = await createMunicipalityWithStaff(t.db);
  admin = await signInAs(t.app, m.admin);
});
afterAll(async () => {
  await t.close();
  await scratch.drop();
});

type SearchResult = {
  items: { action: string; actor: { userId: string | null; displayName: string | null }; subjectId: string | null }[];
  total: number;
};

describe('the audit log', () => {
  it('records reads of personal data with who, what and from where', async () => {
    await call(t.app, admin, { method: 'GET', url: `/api/users/${m.caseworker.id}` });
    const event = await auditEvent(t.db, { action: 'user.read', subjectId: m.caseworker.id });
    expect(event.actor_user_id).toBe(m.admin.id);
    expect(event.actor).toMatchObject({ role: 'municipal_admin', organisationId: m.organisation.id });
    expect(event.data_organisation_id).toBe(m.organisation.id);
    expect(event.ip).toBe('127.0.0.1');
  });

  it('writes the audit event in the same transaction as the change: a failed audit undoes the change', async () => {
    // Make every audit insert fail for this one statement, then try a change.
    await sql`CREATE OR REPLACE FUNCTION audit_test_reject() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN
      IF NEW.action = 'unit.create' AND NEW.changes->>'name' = 'Skal rulles tilbage' THEN RAISE EXCEPTION 'audit down'; END IF;
      RETURN NEW; END; $$`.execute(t.db);
    await sql`CREATE TRIGGER audit_test_reject BEFORE INSERT ON audit_events FOR EACH ROW EXECUTE FUNCTION audit_test_reject()`.execute(
      t.db,
    );
    try {
      const response = await call(t.app, admin, {
        method: 'POST',
        url: '/api/units',
        payload: { name: 'Skal rulles tilbage', kind: 'other' },
      });
      expect(response.statusCode).toBe(500);
      expect(response.body).not.toContain('audit down');
      const unit = await t.db.selectFrom('units').select('id').where('name', '=', 'Skal rulles tilbage').executeTakeFirst();
      expect(unit).toBeUndefined();
    } finally {
      await sql`DROP TRIGGER audit_test_reject ON audit_events`.execute(t.db);
      await sql`DROP FUNCTION audit_test_reject()`.execute(t.db);
    }
  });

  it('is append-only: the database refuses UPDATE, DELETE and TRUNCATE', async () => {
    await expect(
      sql`UPDATE audit_events SET action = 'x' WHERE id = (SELECT max(id) FROM audit_events)`.execute(t.db),
    ).rejects.toThrow(/append-only/);
    await expect(sql`DELETE FROM audit_events WHERE id = (SELECT max(id) FROM audit_events)`.execute(t.db)).rejects.toThrow(
      /append-only/,
    );
    await expect(sql`TRUNCATE audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  });

  it('is searchable by user and by period, only within the own organisation', async () => {
    const byUser = await call(t.app, admin, { method: 'GET', url: `/api/audit-events?userId=${m.caseworker.id}` });
    expect(byUser.statusCode).toBe(200);
    const result = byUser.json<SearchResult>();
    expect(result.total).toBeGreaterThan(0);
    expect(result.items.every((e) => e.actor.userId === m.caseworker.id || e.subjectId === m.caseworker.id)).toBe(true);

    const today = new Date().toISOString().slice(0, 10);
    const inPeriod = await call(t.app, admin, {
      method: 'GET',
      url: `/api/audit-events?from=${today}&to=${today}&action=auth.sign_in`,
    });
    expect(inPeriod.json<SearchResult>().items.map((e) => e.actor.userId)).toContain(m.admin.id);
    const longAgo = await call(t.app, admin, { method: 'GET', url: '/api/audit-events?from=2001-01-01&to=2001-12-31' });
    expect(longAgo.json<SearchResult>().total).toBe(0);

    const badDate = await call(t.app, admin, { method: 'GET', url: '/api/audit-events?from=2001-13-45' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json<{ error: { fields: { path: string; message: string }[] } }>().error.fields[0]).toEqual({
      path: 'from',
      message: 'Skriv en dato som ÅÅÅÅ-MM-DD.',
    });

    const other = await createMunicipalityWithStaff(t.db);
    const otherAdmin = await signInAs(t.app, other.admin);
    const foreign = await call(t.app, otherAdmin, { method: 'GET', url: `/api/audit-events?userId=${m.admin.id}` });
    expect(foreign.json<SearchResult>().total).toBe(0);
  });

  it('forms an intact hash chain, and verification names the first broken link', async () => {
    const intact = await verifyAuditChain(t.db, { keyring: activeAuditKeyring() });
    expect(intact.ok).toBe(true);
    const target = await auditEvent(t.db, { action: 'user.read' }, ['id']);
    await sql`ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update`.execute(t.db);
    try {
      await sql`UPDATE audit_events SET subject_id = 'someone-else' WHERE id = ${target.id}`.execute(t.db);
      const broken = await verifyAuditChain(t.db, { keyring: activeAuditKeyring() });
      expect(broken).toMatchObject({ ok: false, problem: 'changed', brokenAtId: target.id });
    } finally {
      await sql`ALTER TABLE audit_events ENABLE TRIGGER audit_events_no_update`.execute(t.db);
    }
  });
});

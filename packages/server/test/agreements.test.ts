/**
 * Collaboration agreements through the API, and the reminder job: revisit due, a signing
 * leader who was deactivated or moved out of the unit; each reminder sent once.
 */
import { describe, expect, it } from 'vitest';
import type { Agreement, AgreementList } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { todayInDenmark } from '../src/calendar/danish-time';
import { runAgreementReminders } from '../src/modules/agreements/agreement-reminder-job';
import { call, signInAs, useTestApp } from './support/test-app';
import { createMunicipalityWithStaff, createOrganisation, createUnit, createUser } from './support/factories';
import { auditEvents } from './support/audit-events';

const t = useTestApp();

async function setting() {
  const staff = await createMunicipalityWithStaff(t.db);
  const tilskud = await createUnit(t.db, staff.organisation.id, { name: 'Tilskud', kind: 'tilskud' });
  const leader = await createUser(t.db, staff.organisation.id, { role: 'leader', unitIds: [staff.unit.id] });
  const tilskudLeader = await createUser(t.db, staff.organisation.id, { role: 'leader', unitIds: [tilskud.id] });
  const partnerLeader = await createUser(t.db, staff.partner.id, { role: 'partner_member' });
  const session = await signInAs(t.app, leader);
  return { ...staff, tilskud, leader, tilskudLeader, partnerLeader, session };
}

type Setting = Awaited<ReturnType<typeof setting>>;

function body(s: Setting, overrides: Record<string, unknown> = {}) {
  return {
    title: 'Housing First haster',
    agreed: 'Ansøgninger mærket »Housing First haster« behandles inden for 2 arbejdsdage.',
    validFrom: '2025-01-01',
    revisitOn: addDays(todayInDenmark(), 30),
    parties: [
      { unitId: s.unit.id, signingUserId: s.leader.id, signedOn: '2025-01-01' },
      { unitId: s.tilskud.id, signingUserId: s.tilskudLeader.id },
      { organisationId: s.partner.id, signingUserId: s.partnerLeader.id },
    ],
    ...overrides,
  };
}

async function create(s: Setting, overrides: Record<string, unknown> = {}) {
  const response = await call(t.app, s.session, { method: 'POST', url: '/api/agreements', payload: body(s, overrides) });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<Agreement>();
}

async function notificationsOf(userId: string) {
  return t.db
    .selectFrom('notifications')
    .select(['kind', 'title', 'body'])
    .where('user_id', '=', userId)
    .orderBy('created_at')
    .execute();
}

describe('collaboration agreements', () => {
  it('keep parties with their signing leaders, what was agreed, valid from and revisit on; a party organisation reads it', async () => {
    const s = await setting();
    const agreement = await create(s);
    expect(agreement.parties.map((p) => [p.name, p.signingName, p.signerHasLeft])).toEqual([
      [`Myndighed voksne (${s.organisation.name})`, expect.stringMatching(/^Test leader/), false],
      [`Tilskud (${s.organisation.name})`, expect.stringMatching(/^Test leader/), false],
      [s.partner.name, expect.stringMatching(/^Test partner_member/), false],
    ]);
    expect(agreement.reminders).toEqual([]);
    const partner = await signInAs(t.app, s.partnerLeader);
    const seen = (await call(t.app, partner, { method: 'GET', url: '/api/agreements' })).json<AgreementList>();
    expect(seen.items.map((a) => [a.id, a.isOwn])).toEqual([[agreement.id, false]]);
    const change = await call(t.app, partner, {
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      payload: { version: 1, title: 'Overtaget' },
    });
    expect(change.statusCode).toBe(403);
  });

  it('refuses unknown parties, a party named twice, a signer outside the party, and a revisit before the start', async () => {
    const s = await setting();
    const foreign = await createMunicipalityWithStaff(t.db);
    const stranger = await createOrganisation(t.db, { kind: 'partner' });
    const partiesOf = (...parties: Record<string, unknown>[]) => ({ parties });
    const cases: [Record<string, unknown>, number, string][] = [
      [
        partiesOf({ unitId: foreign.unit.id, signingName: 'A' }, { unitId: s.unit.id, signingName: 'B' }),
        422,
        'parties.0.unitId',
      ],
      [
        partiesOf({ unitId: s.unit.id, signingName: 'A' }, { organisationId: stranger.id, signingName: 'B' }),
        422,
        'parties.1.organisationId',
      ],
      [partiesOf({ unitId: s.unit.id, signingName: 'A' }, { unitId: s.unit.id, signingName: 'B' }), 422, 'parties.1'],
      [
        partiesOf({ unitId: s.unit.id, signingUserId: s.partnerLeader.id }, { unitId: s.tilskud.id, signingName: 'B' }),
        422,
        'parties.0.signingUserId',
      ],
      [partiesOf({ unitId: s.unit.id }, { unitId: s.tilskud.id, signingName: 'B' }), 422, 'parties.0.signingName'],
      [
        partiesOf({ unitId: s.unit.id, signingUserId: s.tilskudLeader.id }, { unitId: s.tilskud.id, signingName: 'B' }),
        422,
        'parties.0.signingUserId',
      ],
      [{ revisitOn: '2024-12-31' }, 422, 'revisitOn'],
      [partiesOf({ unitId: s.unit.id, signingName: 'A' }), 400, 'parties'],
      [partiesOf({ signingName: 'A' }, { unitId: s.unit.id, signingName: 'B' }), 400, 'parties.0.unitId'],
    ];
    for (const [overrides, status, field] of cases) {
      const response = await call(t.app, s.session, { method: 'POST', url: '/api/agreements', payload: body(s, overrides) });
      expect(response.statusCode, `${field} ${response.body}`).toBe(status);
      expect(response.json<{ error: { fields?: { path: string }[] } }>().error.fields?.map((f) => f.path)).toContain(field);
    }
    const caseworker = await signInAs(t.app, s.caseworker);
    expect((await call(t.app, caseworker, { method: 'POST', url: '/api/agreements', payload: body(s) })).statusCode).toBe(403);
  });

  it('remind once when the revisit is due, and again after it is revisited and due anew', async () => {
    const s = await setting();
    const agreement = await create(s, { revisitOn: todayInDenmark() });
    expect(agreement.reminders).toEqual([{ kind: 'revisit_due', revisitOn: todayInDenmark() }]);
    await runAgreementReminders(t.db);
    await runAgreementReminders(t.db);
    const leaderNotes = await notificationsOf(s.leader.id);
    expect(leaderNotes.filter((n) => n.kind === 'agreement_revisit')).toHaveLength(1);
    expect(leaderNotes[0]?.body).toContain('Housing First haster');
    expect((await notificationsOf(s.partnerLeader.id)).map((n) => n.kind)).toEqual(['agreement_revisit']);
    // The caseworker does not manage agreements and signed nothing.
    expect(await notificationsOf(s.caseworker.id)).toEqual([]);
    const revisited = await call(t.app, s.session, {
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      payload: { version: 1, revisitOn: addDays(todayInDenmark(), 365) },
    });
    expect(revisited.json<Agreement>()).toMatchObject({ version: 2, reminders: [] });
    await runAgreementReminders(t.db);
    expect((await notificationsOf(s.leader.id)).filter((n) => n.kind === 'agreement_revisit')).toHaveLength(1);
    await runAgreementReminders(t.db, new Date(Date.now() + 366 * 86_400_000));
    expect((await notificationsOf(s.leader.id)).filter((n) => n.kind === 'agreement_revisit')).toHaveLength(2);
  });

  it('remind when a signing leader is deactivated or moved out of the unit', async () => {
    const s = await setting();
    const agreement = await create(s);
    await t.db.updateTable('users').set({ is_active: false }).where('id', '=', s.partnerLeader.id).execute();
    await t.db.deleteFrom('user_units').where('user_id', '=', s.tilskudLeader.id).execute();
    const now = (await call(t.app, s.session, { method: 'GET', url: `/api/agreements/${agreement.id}` })).json<Agreement>();
    expect(now.parties.map((p) => p.signerHasLeft)).toEqual([false, true, true]);
    expect(now.reminders.map((r) => r.kind)).toEqual(['signer_left', 'signer_left']);
    const { sent } = await runAgreementReminders(t.db);
    expect(sent).toBeGreaterThanOrEqual(2);
    const notes = await notificationsOf(s.leader.id);
    expect(notes.filter((n) => n.kind === 'agreement_signer_left')).toHaveLength(2);
    expect(await auditEvents(t.db, { action: 'agreement.reminder', subjectId: agreement.id }, ['id'])).toHaveLength(2);
    await runAgreementReminders(t.db);
    expect((await notificationsOf(s.leader.id)).filter((n) => n.kind === 'agreement_signer_left')).toHaveLength(2);
  });

  it('refuse a stale version with what changed', async () => {
    const s = await setting();
    const agreement = await create(s);
    await call(t.app, s.session, {
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      payload: { version: 1, agreed: 'Nyt indhold' },
    });
    const stale = await call(t.app, s.session, {
      method: 'PATCH',
      url: `/api/agreements/${agreement.id}`,
      payload: { version: 1, title: 'Andet' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json<{ error: { conflict: { changedFields: string[] } } }>().error.conflict.changedFields).toEqual(['agreed']);
  });
});

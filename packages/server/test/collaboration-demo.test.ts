/** The demo's collaboration data, as the demo users meet it through the API. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementList, NetworkMeetingList, PartnerCitizenList, TimeReport } from '@hjemvej/contract';
import { addDays } from '@hjemvej/domain';
import { demoPassword } from '../src/demo/demo-accounts';
import { seedDemo } from '../src/demo/seed-demo';
import { demoKeyCitizens } from '../src/demo/seed-demo-citizens';
import { todayInDenmark } from '../src/calendar/danish-time';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';
import { call, createTestApp, signIn, type TestApp } from './support/test-app';

let scratch: ScratchDatabase;
let t: TestApp;
beforeAll(async () => {
  scratch = await createScratchDatabase();
  t = await createTestApp({ DATABASE_URL: scratch.url });
  await seedDemo(t.db);
});
afterAll(async () => {
  await t?.close();
  await scratch?.drop();
});

describe('demo collaboration data', () => {
  it('gives the NGO partner two consented citizens, and the meeting’s decisions for the one ready to move', async () => {
    const partner = await signIn(t.app, 'partner@demo.hjemvej.dk', demoPassword);
    const list = (await call(t.app, partner, { method: 'GET', url: '/api/partner/citizens' })).json<PartnerCitizenList>();
    expect(list.items.map((c) => c.lastName).sort()).toEqual(
      [demoKeyCitizens.readyToMove.lastName, demoKeyCitizens.ctiPhase2.lastName].sort(),
    );
    const caseworker = await signIn(t.app, 'sagsbehandler@demo.hjemvej.dk', demoPassword);
    const ready = list.items.find((c) => c.lastName === demoKeyCitizens.readyToMove.lastName);
    const meetings = (
      await call(t.app, caseworker, { method: 'GET', url: `/api/citizens/${ready?.id}/network-meetings` })
    ).json<NetworkMeetingList>();
    expect(meetings.items).toEqual([expect.objectContaining({ decisionCount: 2, participantCount: 5 })]);
  });

  it('has two agreements, one due for a revisit', async () => {
    const leader = await signIn(t.app, 'leder@demo.hjemvej.dk', demoPassword);
    const agreements = (await call(t.app, leader, { method: 'GET', url: '/api/agreements' })).json<AgreementList>();
    expect(agreements.items.map((a) => [a.title, a.reminders.map((r) => r.kind)])).toEqual([
      ['Housing First haster', ['revisit_due']],
      ['Udskrivning fra Havnely til egen bolig', []],
    ]);
  });

  it('gives the leader a year of lead times and waits per unit', async () => {
    const leader = await signIn(t.app, 'leder@demo.hjemvej.dk', demoPassword);
    const today = todayInDenmark();
    const report = (
      await call(t.app, leader, { method: 'GET', url: `/api/time-report?from=${addDays(today, -365)}&to=${today}` })
    ).json<TimeReport>();
    expect(report.leadTime.count).toBeGreaterThan(3);
    expect(report.leadTime.medianDays).toBeGreaterThan(0);
    expect(report.units.map((u) => u.label)).toEqual(expect.arrayContaining(['Tilskud', 'Myndighed voksne']));
  });
});

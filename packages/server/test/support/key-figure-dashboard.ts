/**
 * The key figures' roll-up seen from a test: how many stale marks a person has, and a leader's
 * dashboard for today's default period with a citizen about to move in from a shelter.
 */
import { sql } from 'kysely';
import { expect } from 'vitest';
import { defaultKeyFigurePeriod, type KeyFigures } from '@hjemvej/contract';
import type { Db } from '../../src/database/connection';
import { createCitizen, createMunicipalityWithStaff, createShelterWithStaff, createStay, createUser } from './factories';
import { call, signInAs, type TestApp } from './test-app';

/** The marks the key figures' job has yet to work off for a person (0 or 1). */
export async function staleMarks(db: Db, personId: string): Promise<number | undefined> {
  const result = await sql<{ n: number }>`SELECT count(*)::int AS n FROM key_figure_stale WHERE person_id = ${personId}`.execute(
    db,
  );
  return result.rows[0]?.n;
}

/** Today's default period with `today` as reference date, as the dashboard's query. */
export function todaysKeyFigureQuery(today: string): string {
  const { from, to } = defaultKeyFigurePeriod(today);
  return `from=${from}&to=${to}&referenceDate=${today}`;
}

/**
 * A new municipality's leader signed in, and a citizen (`lastName`) who stayed at a shelter from
 * 10 January until 1 February of the period's last year: the move-in on that day (from the
 * admission) is for the test to write. `read` fetches the dashboard for today's period and
 * `leadTime` picks the members of its lead-time figure (K1).
 */
export async function leaderAwaitingMoveIn(t: TestApp, today: string, lastName: string) {
  const staff = await createMunicipalityWithStaff(t.db);
  const org = staff.organisation.id;
  const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
  const shelter = await createShelterWithStaff(t.db);
  const citizen = await createCitizen(t.db, { handlekommuneId: org, lastName });
  const year = defaultKeyFigurePeriod(today).to.slice(0, 4);
  const admittedOn = `${year}-01-10`;
  const movedInOn = `${year}-02-01`;
  await createStay(t.db, { citizenId: citizen.id, shelterId: shelter.organisation.id, admittedOn, dischargedOn: movedInOn });
  const session = await signInAs(t.app, leader);
  const read = async () => {
    const response = await call(t.app, session, { method: 'GET', url: `/api/key-figures?${todaysKeyFigureQuery(today)}` });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<KeyFigures>();
  };
  const leadTime = (figures: KeyFigures) => figures.measures.find((m) => m.id === 'k1_lead_time')?.period.members;
  return { org, citizen, admittedOn, movedInOn, session, read, leadTime };
}

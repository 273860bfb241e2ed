/**
 * The key figures' job (issue 11): at each round it recomputes the persons written since the last
 * round and the summaries of the municipalities they changed, so the dashboard after a write reads
 * stored summaries without recomputing them itself; a second round finds nothing to do.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { defaultKeyFigurePeriod, type KeyFigures } from '@hjemvej/contract';
import { todayInDenmark } from '../src/calendar/danish-time';
import { runKeyFigureRollupJob } from '../src/modules/key-figures/key-figure-rollup-job';
import {
  createCitizen,
  createHousingAllocation,
  createMunicipalityWithStaff,
  createShelterWithStaff,
  createStay,
  createUser,
} from './support/factories';
import { call, signInAs, useTestApp } from './support/test-app';

const t = useTestApp();

const today = todayInDenmark();
const { from, to } = defaultKeyFigurePeriod(today);

const summarised = async (organisationId: string) =>
  (
    await sql<{
      summarised: boolean;
    }>`SELECT summarised FROM key_figure_rollups WHERE organisation_id = ${organisationId}`.execute(t.db)
  ).rows[0]?.summarised;

const staleMarks = async (personId: string) =>
  (await sql<{ n: number }>`SELECT count(*)::int AS n FROM key_figure_stale WHERE person_id = ${personId}`.execute(t.db)).rows[0]
    ?.n;

describe('the key figures job', () => {
  it('recomputes the written persons and their municipality’s summaries, which the next dashboard then shows', async () => {
    const staff = await createMunicipalityWithStaff(t.db);
    const org = staff.organisation.id;
    const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
    const shelter = await createShelterWithStaff(t.db);
    const citizen = await createCitizen(t.db, { handlekommuneId: org, lastName: 'Jobindflytter' });
    const admittedOn = `${to.slice(0, 4)}-01-10`;
    const movedInOn = `${to.slice(0, 4)}-02-01`;
    await createStay(t.db, { citizenId: citizen.id, shelterId: shelter.organisation.id, admittedOn, dischargedOn: movedInOn });
    const session = await signInAs(t.app, leader);
    const read = async () => {
      const response = await call(t.app, session, {
        method: 'GET',
        url: `/api/key-figures?from=${from}&to=${to}&referenceDate=${today}`,
      });
      expect(response.statusCode, response.body).toBe(200);
      return response.json<KeyFigures>();
    };
    const leadTime = (figures: KeyFigures) => figures.measures.find((m) => m.id === 'k1_lead_time')?.period.members;

    // The first dashboard builds the roll-up and its summaries.
    expect(leadTime(await read())).toBe(0);
    expect(await summarised(org)).toBe(true);

    // A move-in is written: the person is marked in the writing transaction.
    await createHousingAllocation(t.db, { citizenId: citizen.id, allocatedOn: admittedOn, moveInOn: movedInOn });
    expect(await staleMarks(citizen.id)).toBe(1);

    // Until the job's round, the dashboard shows today's summaries as they stand and says a change is pending.
    const pending = await read();
    expect(pending.computed).toMatchObject({ source: 'summaries', changesPending: true });
    expect(leadTime(pending)).toBe(0);

    const round = await runKeyFigureRollupJob(t.db);
    expect(round.ran).toBe(true);
    expect(round.summarised).toContain(org);
    expect(await staleMarks(citizen.id)).toBe(0);
    expect(await summarised(org)).toBe(true);

    // The dashboard now shows the move-in, with nothing pending and the round's time.
    const after = await read();
    expect(after.computed).toMatchObject({ source: 'summaries', updatedPersons: 0, changesPending: false });
    expect(after.computed.computedAt > pending.computed.computedAt).toBe(true);
    expect(leadTime(after)).toBe(1);

    // Nothing written since: the next round summarises nothing of this municipality.
    expect((await runKeyFigureRollupJob(t.db)).summarised).not.toContain(org);
  });
});

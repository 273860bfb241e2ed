/**
 * The key figures' job (issue 11): at each round it recomputes the persons written since the last
 * round and the summaries of the municipalities they changed, so the dashboard after a write reads
 * stored summaries without recomputing them itself; a second round finds nothing to do.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import { todayInDenmark } from '../src/calendar/danish-time';
import { runKeyFigureRollupJob } from '../src/modules/key-figures/key-figure-rollup-job';
import { createHousingAllocation } from './support/factories';
import { leaderAwaitingMoveIn, staleMarks } from './support/key-figure-dashboard';
import { useTestApp } from './support/test-app';

const t = useTestApp();

const today = todayInDenmark();

const summarised = async (organisationId: string) =>
  (
    await sql<{
      summarised: boolean;
    }>`SELECT summarised FROM key_figure_rollups WHERE organisation_id = ${organisationId}`.execute(t.db)
  ).rows[0]?.summarised;

describe('the key figures job', () => {
  it('recomputes the written persons and their municipality’s summaries, which the next dashboard then shows', async () => {
    const { org, citizen, admittedOn, movedInOn, read, leadTime } = await leaderAwaitingMoveIn(t, today, 'Jobindflytter');

    // The first dashboard builds the roll-up and its summaries.
    expect(leadTime(await read())).toBe(0);
    expect(await summarised(org)).toBe(true);

    // A move-in is written: the person is marked in the writing transaction.
    await createHousingAllocation(t.db, { citizenId: citizen.id, allocatedOn: admittedOn, moveInOn: movedInOn });
    expect(await staleMarks(t.db, citizen.id)).toBe(1);

    // Until the job's round, the dashboard shows today's summaries as they stand and says a change is pending.
    const pending = await read();
    expect(pending.computed).toMatchObject({ source: 'summaries', changesPending: true });
    expect(leadTime(pending)).toBe(0);

    const round = await runKeyFigureRollupJob(t.db);
    expect(round.ran).toBe(true);
    expect(round.summarised).toContain(org);
    expect(await staleMarks(t.db, citizen.id)).toBe(0);
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

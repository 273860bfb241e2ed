/**
 * The key figures' roll-up (migration 0034) gives the same rows, and so the same figures, as the
 * live member-rows statement on generated data; a write marks the person stale in the writing
 * transaction and the next dashboard read recomputes and includes it; other reference dates are
 * computed live and say so; the national view's daily answer is computed once and served with
 * its age.
 */
import { sql } from 'kysely';
import { describe, expect, it } from 'vitest';
import {
  type Breakdown,
  breakdowns,
  countInBands,
  groupRows,
  holidaysAround,
  measureIds,
  periodWindowKey,
  summariseRows,
} from '@hjemvej/domain';
import { defaultKeyFigurePeriod, type KeyFigureCitizens, type KeyFigures, type NationalFigures } from '@hjemvej/contract';
import { todayInDenmark } from '../src/calendar/danish-time';
import { findRollupRows } from '../src/modules/key-figures/key-figure-rollup-queries';
import { rollupWindows, systemEnsureRollups } from '../src/modules/key-figures/key-figure-rollup';
import { runKeyFigureRollupJob } from '../src/modules/key-figures/key-figure-rollup-job';
import { measureBands } from '../src/modules/key-figures/key-figure-request';
import { findMemberRows, findPersonFacts } from '../src/modules/key-figures/key-figures-queries';
import {
  createAgencyWithConsultant,
  createCitizen,
  createHousingAllocation,
  createMunicipalityWithStaff,
  createShelterWithStaff,
  createStay,
  createUnit,
  createUser,
} from './support/factories';
import { leaderAwaitingMoveIn, staleMarks, todaysKeyFigureQuery } from './support/key-figure-dashboard';
import { generateTimelines } from './support/generated-timelines';
import { sortRows } from './support/member-rows';
import { call, signInAs, useTestApp } from './support/test-app';

const t = useTestApp();

const today = todayInDenmark();
const { to } = defaultKeyFigurePeriod(today);
const todaysQuery = todaysKeyFigureQuery(today);

async function liveRows(organisationId: string) {
  const windows = rollupWindows(today);
  return t.db
    .transaction()
    .execute((tx) =>
      findMemberRows(
        tx,
        { kind: 'municipality', organisationId },
        { windows, asOf: today, holidays: holidaysAround(windows, today) },
      ),
    );
}

async function rolledRows(organisationId: string) {
  return t.db.transaction().execute(async (tx) => {
    await systemEnsureRollups(tx, [organisationId], today);
    return findRollupRows(
      tx,
      [organisationId],
      rollupWindows(today).map((w) => w.key),
    );
  });
}

/**
 * The dashboard's figures as the domain computes them from the live statement's rows and the
 * person facts: the reference the stored summaries must equal.
 */
async function expectedFigures(organisationId: string, breakdown: Breakdown) {
  const live = sortRows(await liveRows(organisationId));
  const people = await t.db.transaction().execute((tx) => findPersonFacts(tx, { kind: 'municipality', organisationId }));
  const facts = new Map(people.map((p) => [p.personId, { birthDate: p.birthDate, sex: p.sex }]));
  const slice = (window: string, measure: string) => live.filter((r) => r.window === window && r.measure === measure);
  return {
    live,
    figure: (measure: (typeof measureIds)[number]) => {
      const periodRows = slice(periodWindowKey, measure);
      const bands = measureBands(measure);
      return {
        period: summariseRows(periodRows),
        trend: rollupWindows(today)
          .filter((w) => w.key !== periodWindowKey)
          .map((w) => ({ window: w.key, summary: summariseRows(slice(w.key, measure)) })),
        groups: [...groupRows(periodRows, breakdown, facts)]
          .map(([key, rows]) => ({ key, summary: summariseRows(rows) }))
          .sort((a, b) => a.key.localeCompare(b.key)),
        bands:
          bands === null
            ? null
            : countInBands(bands.numeratorOnly ? periodRows.filter((r) => r.outcome === 'numerator') : periodRows, bands.bands),
      };
    },
  };
}

/** A municipality with a CTI team and one other, shelters, and 60 generated people's timelines up to today. */
async function generatedMunicipality(seed: number, shelterCount: number, otherMethod: 'icm' | 'act') {
  const staff = await createMunicipalityWithStaff(t.db);
  const org = staff.organisation.id;
  const shelters: string[] = [];
  for (let i = 0; i < shelterCount; i += 1) shelters.push((await createShelterWithStaff(t.db)).organisation.id);
  const cti = await createUnit(t.db, org, { name: 'CTI-teamet', kind: 'cti' });
  const other = await createUnit(t.db, org, { name: `${otherMethod.toUpperCase()}-teamet`, kind: otherMethod });
  await generateTimelines(t.db, {
    municipalityId: org,
    shelterIds: shelters,
    teams: [
      { id: cti.id, method: 'cti' },
      { id: other.id, method: otherMethod },
    ],
    people: 60,
    // Up to today, so today's windows (the year to today and the trend quarters) hold rows.
    start: `${Number(today.slice(0, 4)) - 3}-01-01`,
    end: today,
    seed,
  });
  return { staff, org, shelters };
}

describe('the key figures roll-up', () => {
  it.each([1, 2])('gives the same rows and figures as the live statement on generated data (seed %i)', async (seed) => {
    const { staff, org } = await generatedMunicipality(seed, 2, 'icm');

    const rolled = sortRows(await rolledRows(org));
    const live = sortRows(await liveRows(org));
    expect(live.length).toBeGreaterThan(100);
    expect(rolled).toEqual(live);
    // Not compared vacuously: most measures have rows in today's period.
    expect(new Set(live.filter((r) => r.window === periodWindowKey).map((r) => r.measure)).size).toBeGreaterThan(
      measureIds.length / 2,
    );

    // The dashboard (today's reference date and default period) reads the roll-up and shows the live figures.
    const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
    const session = await signInAs(t.app, leader);
    const response = await call(t.app, session, { method: 'GET', url: `/api/key-figures?${todaysQuery}&breakdown=method` });
    expect(response.statusCode, response.body).toBe(200);
    const figures = response.json<KeyFigures>();
    expect(figures.computed.source).toBe('rollup');
    for (const measure of figures.measures) {
      const of = (window: string) => summariseRows(live.filter((r) => r.window === window && r.measure === measure.id));
      expect(measure.period, measure.id).toEqual(of(periodWindowKey));
      for (const quarter of measure.trend) expect(quarter.summary, `${measure.id} ${quarter.window}`).toEqual(of(quarter.window));
    }
  });

  it('answers the dashboard from the stored summaries with the live figures, for each breakdown, also after changes mark persons stale', async () => {
    const { staff, org, shelters } = await generatedMunicipality(3, 1, 'act');
    const leader = await createUser(t.db, org, { role: 'leader', unitIds: [staff.unit.id] });
    const session = await signInAs(t.app, leader);
    const summaryRows = async () =>
      (await sql<{ n: number }>`SELECT count(*)::int AS n FROM key_figure_summaries WHERE organisation_id = ${org}`.execute(t.db))
        .rows[0]?.n ?? 0;

    const compare = async () => {
      let groupsCompared = 0;
      let statisticsCompared = 0;
      for (const [i, breakdown] of breakdowns.entries()) {
        const response = await call(t.app, session, {
          method: 'GET',
          url: `/api/key-figures?${todaysQuery}&breakdown=${breakdown}`,
        });
        expect(response.statusCode, response.body).toBe(200);
        const figures = response.json<KeyFigures>();
        // The day's first read computes the summaries (`rollup`); the next ones read them as stored.
        expect(figures.computed).toMatchObject({ source: i === 0 && first ? 'rollup' : 'summaries', changesPending: false });
        const expected = await expectedFigures(org, breakdown);
        for (const measure of figures.measures) {
          const want = expected.figure(measure.id);
          expect(measure.period, `${breakdown} ${measure.id}`).toEqual(want.period);
          expect(
            measure.trend.map((q) => ({ window: q.window, summary: q.summary })),
            `${breakdown} ${measure.id} trend`,
          ).toEqual(want.trend);
          expect(
            measure.groups.map((g) => ({ key: g.key, summary: g.summary })),
            `${breakdown} ${measure.id} groups`,
          ).toEqual(want.groups);
          expect(measure.bands, `${measure.id} bands`).toEqual(want.bands);
          groupsCompared += measure.groups.length;
          if (measure.period.median !== null) statisticsCompared += 1;
        }
      }
      // Not vacuous: groups and medians were compared.
      expect(groupsCompared).toBeGreaterThan(50);
      expect(statisticsCompared).toBeGreaterThan(3);
    };

    let first = true;
    await compare();
    first = false;
    expect(await summaryRows()).toBeGreaterThan(100);

    // Changes that mark persons stale: a new move-in, a birth date (the age band), a move away.
    const live = (await expectedFigures(org, 'age_band')).live;
    const inPeriod = [...new Set(live.filter((r) => r.window === periodWindowKey).map((r) => r.personId))];
    expect(inPeriod.length).toBeGreaterThan(3);
    const [aged, movedAway] = inPeriod;
    await t.db
      .updateTable('citizens')
      .set({ birth_date: `${Number(today.slice(0, 4)) - 20}-01-01` })
      .where('id', '=', aged!)
      .execute();
    const other = await createMunicipalityWithStaff(t.db);
    await t.db.updateTable('citizens').set({ handlekommune_id: other.organisation.id }).where('id', '=', movedAway!).execute();
    const newcomer = await createCitizen(t.db, { handlekommuneId: org, lastName: 'Indflytter' });
    await createStay(t.db, {
      citizenId: newcomer.id,
      shelterId: shelters[0]!,
      admittedOn: `${to.slice(0, 4)}-01-10`,
      dischargedOn: `${to.slice(0, 4)}-02-01`,
    });
    await createHousingAllocation(t.db, {
      citizenId: newcomer.id,
      allocatedOn: `${to.slice(0, 4)}-01-10`,
      moveInOn: `${to.slice(0, 4)}-02-01`,
    });
    for (const id of [aged!, movedAway!, newcomer.id]) expect(await staleMarks(t.db, id), id).toBe(1);

    // Until the key-figure job's round the dashboard says changes are pending; after it, the
    // stored summaries are again exactly those of the member rows.
    const pending = await call(t.app, session, { method: 'GET', url: `/api/key-figures?${todaysQuery}` });
    expect(pending.json<KeyFigures>().computed).toMatchObject({ source: 'summaries', changesPending: true });
    expect((await runKeyFigureRollupJob(t.db)).summarised).toContain(org);
    for (const id of [aged!, movedAway!, newcomer.id]) expect(await staleMarks(t.db, id), id).toBe(0);
    await compare();
  });

  it('marks a person stale in the writing transaction; the drill-down includes the change at once, the figures after the job’s round', async () => {
    const { org, citizen, admittedOn, movedInOn, session, read, leadTime } = await leaderAwaitingMoveIn(t, today, 'Indflytter');

    const before = await read();
    expect(before.computed.source).toBe('rollup');
    expect(leadTime(before)).toBe(0);
    expect(await staleMarks(t.db, citizen.id)).toBe(0);

    // The move-in is written (the trigger marks the person in the same transaction).
    await createHousingAllocation(t.db, { citizenId: citizen.id, allocatedOn: admittedOn, moveInOn: movedInOn });
    expect(await staleMarks(t.db, citizen.id)).toBe(1);

    // The dashboard serves today's summaries as they stand, and says a change is pending.
    const pending = await read();
    expect(pending.computed).toMatchObject({ source: 'summaries', changesPending: true });
    expect(leadTime(pending)).toBe(0);

    // The drill-down reads the roll-up's rows, recomputed on read: the person is behind the figure at once.
    const behind = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures/citizens?${todaysQuery}&measure=k1_lead_time&part=numerator`,
    });
    expect(behind.statusCode, behind.body).toBe(200);
    expect(behind.json<KeyFigureCitizens>().items.map((i) => i.id)).toEqual([citizen.id]);
    expect(await staleMarks(t.db, citizen.id)).toBe(0);
    // Its rows changed since the summaries were computed: still pending until the job's round.
    expect((await read()).computed.changesPending).toBe(true);

    const round = async () => expect((await runKeyFigureRollupJob(t.db)).summarised).toContain(org);
    await round();
    const after = await read();
    expect(after.computed).toMatchObject({ source: 'summaries', changesPending: false });
    expect(leadTime(after)).toBe(1);

    // A first contact changed on the citizen (not a field the by-name list follows) marks it too.
    await t.db.updateTable('citizens').set({ first_contact_on: admittedOn }).where('id', '=', citizen.id).execute();
    expect(await staleMarks(t.db, citizen.id)).toBe(1);
    expect((await read()).computed.changesPending).toBe(true);
    await round();
    expect(await staleMarks(t.db, citizen.id)).toBe(0);

    // Moved to another municipality: gone from this one's figures after the next round.
    const other = await createMunicipalityWithStaff(t.db);
    await t.db.updateTable('citizens').set({ handlekommune_id: other.organisation.id }).where('id', '=', citizen.id).execute();
    await round();
    expect(leadTime(await read())).toBe(0);
  });

  it('computes another reference date or period live, and says so', async () => {
    const staff = await createMunicipalityWithStaff(t.db);
    const leader = await createUser(t.db, staff.organisation.id, { role: 'leader', unitIds: [staff.unit.id] });
    const session = await signInAs(t.app, leader);
    const earlier = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31`,
    });
    expect(earlier.statusCode, earlier.body).toBe(200);
    expect(earlier.json<KeyFigures>().computed).toMatchObject({ source: 'live', updatedPersons: 0 });
    const otherPeriod = await call(t.app, session, {
      method: 'GET',
      url: `/api/key-figures?from=${today}&to=${today}&referenceDate=${today}`,
    });
    expect(otherPeriod.json<KeyFigures>().computed.source).toBe('live');
  });

  it('serves the national view for today from the day’s answer, with its age', async () => {
    const { consultant } = await createAgencyWithConsultant(t.db);
    const session = await signInAs(t.app, consultant);
    const first = await call(t.app, session, { method: 'GET', url: `/api/national-figures?${todaysQuery}` });
    expect(first.statusCode, first.body).toBe(200);
    const answer = first.json<NationalFigures>();
    expect(answer.computed.source).toBe('daily');
    const again = (
      await call(t.app, session, { method: 'GET', url: `/api/national-figures?${todaysQuery}` })
    ).json<NationalFigures>();
    expect(again.computed.computedAt).toBe(answer.computed.computedAt);
    expect(again.municipalities.length).toBe(answer.municipalities.length);
    const earlier = await call(t.app, session, {
      method: 'GET',
      url: `/api/national-figures?from=2025-01-01&to=2025-12-31&referenceDate=2026-01-31`,
    });
    expect(earlier.json<NationalFigures>().computed.source).toBe('live');
  });
});

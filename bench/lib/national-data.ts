/**
 * The national synthetic data set (issue 9): 98 municipalities with realistic relative sizes
 * (Demo Kommune 10,000 citizens, "Storby Kommune" 40,000, 96 more of about 600–14,500; 200,000
 * in all at `scale` 1) with ten years of history, built once into a database and reused.
 *
 * Per municipality, the citizens come in ten yearly cohorts written by `generateCitizens` with
 * `today` moved back one year per cohort (stays, housing periods, intake, assessment, plan,
 * § 85 a decision, allocation and move-in, support course with phases and contacts, follow-ups).
 * The nine older cohorts' courses are then closed in SQL (their stays discharged, their open
 * housing situations ended in an own home). After the last cohort, set-based SQL adds what the
 * generator does not make: returns (a second § 110 stay for about 15 %), linked duplicate
 * records (1 %, a fifth of them registered by another municipality, a third with a stay at
 * another shelter), and per municipality a flowcard with eight steps, a run per person and its
 * eight tasks over the ten years (open only in the last months), with first contact set.
 *
 * Every generated row is fictional (CPR serials 9000–9899, `is_demo`). No audit events: this is
 * test data, not anybody's work. Progress goes to `log`.
 */
import { performance } from 'node:perf_hooks';
import { sql } from 'kysely';
import type {} from 'fastify';
import { addDays, type IsoDate } from '../../packages/domain/src/index';
import type { DatabaseTarget } from '../../packages/server/src/config/database-url';
import type { Db } from '../../packages/server/src/database/connection';
import { demoOrganisationId, migrateAndSeedDemo, withDatabase } from './database';
import { demoMunicipalityName, demoShelterName } from './course-data';
import { generateCitizens } from '../../packages/server/src/demo/generate-citizens';
import { todayInDenmark } from '../../packages/server/src/calendar/danish-time';
import { benchFlowcardStepRows, insertBenchFlowcard } from './bench-flowcard';

export const nationalMunicipalityCount = 98;
export const largestMunicipalityName = 'Storby Kommune';
/** Demo accounts copied to Storby Kommune and its shelter (emails `…@storby.hjemvej.dk`). */
export const storbyAccounts = ['sagsbehandler', 'leder', 'jobcenter', 'stoette', 'boliganvisning', 'herberg'] as const;

export interface MunicipalitySize {
  readonly name: string;
  readonly citizens: number;
}

/**
 * Sizes of the 98 municipalities at `scale` (1 = 200,000 citizens): Demo Kommune 10,000,
 * Storby Kommune 40,000, and 96 from about 600 to 14,500 with many small and few large ones
 * (a power curve, as Danish municipalities are), summing to 150,000. Pure, so it is tested.
 */
export function nationalMunicipalitySizes(scale = 1): MunicipalitySize[] {
  const others = nationalMunicipalityCount - 2;
  // Geometric from 600 to 14,500 along t^p (t = 0 … 1): p found by bisection so the 96 sum to 150,000.
  const sizesFor = (p: number) =>
    Array.from({ length: others }, (_, i) => Math.round(600 * (14_500 / 600) ** ((i / (others - 1)) ** p)));
  const sumFor = (p: number) => sizesFor(p).reduce((a, b) => a + b, 0);
  let low = 0.1;
  let high = 20;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (sumFor(mid) > 150_000) low = mid;
    else high = mid;
  }
  const sizes = sizesFor(high);
  const shown = (n: number) => Math.max(1, Math.round(n * scale));
  return [
    { name: 'Demo Kommune', citizens: shown(10_000) },
    { name: largestMunicipalityName, citizens: shown(40_000) },
    ...sizes.map((citizens, i) => ({ name: `Syntetisk Kommune ${String(i + 1).padStart(2, '0')}`, citizens: shown(citizens) })),
  ];
}

/** Cohort sizes over the ten years, oldest first: an equal share each, the rest in the newest. */
export function cohortSizes(citizens: number, years = 10): number[] {
  const each = Math.floor(citizens / years);
  return Array.from({ length: years }, (_, i) => (i === years - 1 ? citizens - each * (years - 1) : each));
}

export interface NationalDataOptions {
  readonly target: DatabaseTarget;
  readonly scale: number;
  readonly seed?: number;
  readonly log: (line: string) => void;
}

export interface NationalSummary {
  readonly scale: number;
  readonly municipalities: number;
  readonly citizens: number;
  readonly tasks: number;
  readonly stays: number;
  readonly seconds: number;
  readonly builtAt: string;
}

/** Builds the data set into an empty database (PostgreSQL or a PGlite folder). */
export async function buildNationalData(options: NationalDataOptions): Promise<NationalSummary> {
  const { log } = options;
  const began = performance.now();
  const since = () => `${((performance.now() - began) / 1000).toFixed(0)} s`;
  const today = todayInDenmark();
  return withDatabase(options.target, async (db) => {
    await migrateAndSeedDemo(db, log);
    const protectedIds = (await db.selectFrom('citizens').select('id').execute()).map((r) => r.id);
    const demoId = await demoOrganisationId(db, demoMunicipalityName);
    const havnelyId = await demoOrganisationId(db, demoShelterName);
    const sizes = nationalMunicipalitySizes(options.scale);
    const municipalities = await createMunicipalities(db, demoId, havnelyId, sizes);
    await copyAccountsToStorby(db, demoId, havnelyId, municipalities);
    log(
      `national: ${municipalities.length} municipalities, ${sizes.reduce((a, s) => a + s.citizens, 0)} citizens to write (${since()})`,
    );

    let written = 0;
    const total = sizes.reduce((a, s) => a + s.citizens, 0);
    let lastLog = performance.now();
    const seed = options.seed ?? 1;
    for (let year = 9; year >= 0; year -= 1) {
      for (const [index, municipality] of municipalities.entries()) {
        const count = cohortSizes(municipality.citizens)[9 - year] ?? 0;
        if (count === 0) continue;
        await generateCitizens(db, {
          municipalityId: municipality.id,
          shelterId: municipality.shelterId,
          teamUnitId: municipality.teamUnitId,
          count,
          seed: seed * 1_000_003 + index * 101 + year,
          today: addDays(today, -365 * year),
          batchSize: 1_000,
        });
        written += count;
        if (performance.now() - lastLog > 5_000) {
          lastLog = performance.now();
          log(`  ${written}/${total} citizens (cohort ${10 - year}/10), ${since()}`);
        }
      }
      if (year === 1) {
        log(`  closing the older cohorts' courses … (${since()})`);
        await closeOlderCourses(db, protectedIds, today);
      }
    }
    log(`  ${written}/${total} citizens, ${since()}; returns and linked duplicates …`);
    await addReturns(db, protectedIds, today);
    await addLinkedDuplicates(db, protectedIds, municipalities);
    log(`  flowcards, runs and tasks … (${since()})`);
    const tasks = await addFlowcardTasks(db, protectedIds, municipalities, today);
    log(`  ${tasks} tasks; VACUUM ANALYZE … (${since()})`);
    // VACUUM as well as ANALYZE: the build rewrites every citizen row once (about 200,000 dead rows), and a
    // measurement straight after the build otherwise pays for the clean-up (Storby's inbox took 1.1 s, not 0.1 s).
    await sql`VACUUM ANALYZE`.execute(db);
    const counts = await sql<{ citizens: number; stays: number }>`
      SELECT (SELECT count(*) FROM citizens)::int AS citizens, (SELECT count(*) FROM shelter_stays)::int AS stays`.execute(db);
    const summary: NationalSummary = {
      scale: options.scale,
      municipalities: municipalities.length,
      citizens: counts.rows[0]?.citizens ?? 0,
      stays: counts.rows[0]?.stays ?? 0,
      tasks,
      seconds: Math.round((performance.now() - began) / 1000),
      builtAt: new Date().toISOString(),
    };
    log(`national: done in ${since()}: ${JSON.stringify(summary)}`);
    return summary;
  });
}

interface NationalMunicipality {
  readonly id: string;
  readonly name: string;
  readonly citizens: number;
  readonly shelterId: string;
  readonly teamUnitId: string | null;
}

/** The 97 new municipalities with Demo Kommune's units, and a shelter for every two to three of them. */
async function createMunicipalities(
  db: Db,
  demoId: string,
  havnelyId: string,
  sizes: readonly MunicipalitySize[],
): Promise<NationalMunicipality[]> {
  const result: NationalMunicipality[] = [];
  const shelters: string[] = [havnelyId];
  for (const [index, size] of sizes.entries()) {
    let id = demoId;
    if (index > 0) {
      const created = await db
        .insertInto('organisations')
        .values({ kind: 'municipality', name: size.name, municipality_code: String(100 + index), is_demo: true })
        .returning('id')
        .executeTakeFirstOrThrow();
      id = created.id;
      await sql`INSERT INTO units (organisation_id, name, kind)
                SELECT ${id}, name, kind FROM units WHERE organisation_id = ${demoId}`.execute(db);
      if (index === 1 || index % 3 === 0) {
        const shelter = await db
          .insertInto('organisations')
          .values({
            kind: 'shelter',
            name: `Forsorgshjemmet ${size.name.replace(' Kommune', '')}`,
            shelter_operator: index % 2 === 0 ? 'municipal' : 'self_governing',
            is_demo: true,
          })
          .returning('id')
          .executeTakeFirstOrThrow();
        await db.insertInto('units').values({ organisation_id: shelter.id, name: 'Døgnteamet', kind: 'shelter' }).execute();
        shelters.push(shelter.id);
      }
    }
    const team = await db
      .selectFrom('units')
      .select('id')
      .where('organisation_id', '=', id)
      .where('name', '=', 'CTI-team')
      .executeTakeFirst();
    result.push({
      id,
      name: size.name,
      citizens: size.citizens,
      shelterId: shelters[shelters.length - 1] ?? havnelyId,
      teamUnitId: team?.id ?? null,
    });
  }
  return result;
}

/** Demo Kommune's caseworker, leader, jobcentre, support, housing and shelter accounts, again for Storby (same password). */
async function copyAccountsToStorby(
  db: Db,
  demoId: string,
  havnelyId: string,
  municipalities: readonly NationalMunicipality[],
): Promise<void> {
  const storby = municipalities.find((m) => m.name === largestMunicipalityName);
  if (!storby) return;
  for (const account of storbyAccounts) {
    const fromOrganisation = account === 'herberg' ? havnelyId : demoId;
    const toOrganisation = account === 'herberg' ? storby.shelterId : storby.id;
    await sql`
      WITH copied AS (
        INSERT INTO users (organisation_id, email, display_name, role, password_hash, locale, is_demo)
        SELECT ${toOrganisation}, ${`${account}@storby.hjemvej.dk`}, display_name, role, password_hash, locale, true
        FROM users WHERE email = ${`${account}@demo.hjemvej.dk`}
        RETURNING id
      )
      INSERT INTO user_units (user_id, unit_id)
      SELECT copied.id, su.id
      FROM copied, users du
      JOIN user_units duu ON duu.user_id = du.id
      JOIN units dun ON dun.id = duu.unit_id AND dun.organisation_id = ${fromOrganisation}
      JOIN units su ON su.organisation_id = ${toOrganisation} AND su.name = dun.name
      WHERE du.email = ${`${account}@demo.hjemvej.dk`}`.execute(db);
  }
}

/** The nine older cohorts: stays discharged, open homeless situations ended in an own home. */
async function closeOlderCourses(db: Db, protectedIds: readonly string[], today: IsoDate): Promise<void> {
  const lastYear = addDays(today, -300);
  await sql`
    UPDATE shelter_stays s
    SET discharged_on = least(s.admitted_on + (20 + abs(hashtext(s.id::text)) % 120), ${lastYear}::date),
        discharge_reason = 'planned', discharge_destination = 'own_home_with_lease'
    WHERE s.discharged_on IS NULL AND s.admitted_on < ${lastYear}::date
      AND NOT (s.citizen_id = ANY (${protectedIds}::uuid[]))`.execute(db);
  await sql`
    WITH ended AS (
      UPDATE housing_periods hp
      SET to_date = greatest(hp.from_date, coalesce(
            (SELECT max(s.discharged_on) FROM shelter_stays s WHERE s.citizen_id = hp.citizen_id AND hp.category = 'shelter_110'),
            least(hp.from_date + (30 + abs(hashtext(hp.id::text)) % 150), ${lastYear}::date)))
      WHERE hp.to_date IS NULL AND hp.category <> 'own_home_with_lease' AND hp.from_date < ${lastYear}::date
        AND NOT (hp.citizen_id = ANY (${protectedIds}::uuid[]))
      RETURNING hp.citizen_id, hp.to_date
    )
    INSERT INTO housing_periods (citizen_id, category, from_date, created_at, updated_at)
    SELECT citizen_id, 'own_home_with_lease', to_date, to_date + time '10:00', to_date + time '10:00' FROM ended`.execute(db);
}

/** About 15 % come back: a second stay at the same shelter after a discharge, itself discharged. */
async function addReturns(db: Db, protectedIds: readonly string[], today: IsoDate): Promise<void> {
  await sql`
    INSERT INTO shelter_stays (citizen_id, shelter_id, admitted_on, referral, intake, handlekommune_notified_on,
                               discharged_on, discharge_reason, discharge_destination, created_at, updated_at)
    SELECT s.citizen_id, s.shelter_id, r.admitted_on, 'self', s.intake, r.admitted_on + 2,
           r.admitted_on + (14 + abs(hashtext(s.id::text || 'd')) % 60), 'citizen_left', 'family_friends',
           r.admitted_on + time '10:00', r.admitted_on + time '10:00'
    FROM shelter_stays s
    CROSS JOIN LATERAL (SELECT s.discharged_on + (60 + abs(hashtext(s.id::text || 'r')) % 200) AS admitted_on) r
    WHERE s.discharged_on IS NOT NULL AND s.discharged_on < ${addDays(today, -400)}::date
      AND abs(hashtext(s.id::text)) % 100 < 15
      AND NOT (s.citizen_id = ANY (${protectedIds}::uuid[]))`.execute(db);
}

/** 1 % of persons have a second record linked into theirs; a fifth registered by another municipality. */
async function addLinkedDuplicates(
  db: Db,
  protectedIds: readonly string[],
  municipalities: readonly NationalMunicipality[],
): Promise<void> {
  const ids = municipalities.map((m) => m.id);
  const shelterIds = [...new Set(municipalities.map((m) => m.shelterId))];
  await sql`
    WITH dup AS (
      INSERT INTO citizens (handlekommune_id, birth_date, birth_date_is_approximate, first_name, last_name, alias,
                            merged_into_id, created_by_organisation_id, is_demo, created_at, updated_at)
      SELECT CASE WHEN abs(hashtext(c.id::text)) % 5 = 0
                  THEN (${ids}::uuid[])[1 + abs(hashtext(c.id::text || 'm')) % ${ids.length}]
                  ELSE c.handlekommune_id END,
             c.birth_date, true, c.first_name, c.last_name, 'Dublet', c.id, c.created_by_organisation_id, true,
             c.created_at + interval '30 days', c.created_at + interval '30 days'
      FROM citizens c
      WHERE c.merged_into_id IS NULL AND abs(hashtext(c.id::text || 'dup')) % 100 = 0
        AND NOT (c.id = ANY (${protectedIds}::uuid[]))
      RETURNING id, created_at
    )
    INSERT INTO shelter_stays (citizen_id, shelter_id, admitted_on, referral, discharged_on, discharge_reason,
                               discharge_destination, created_at, updated_at)
    SELECT dup.id, (${shelterIds}::uuid[])[1 + abs(hashtext(dup.id::text)) % ${shelterIds.length}],
           dup.created_at::date, 'self', dup.created_at::date + 10, 'citizen_left', 'unknown', dup.created_at, dup.created_at
    FROM dup WHERE abs(hashtext(dup.id::text || 's')) % 3 = 0`.execute(db);
}

/** Per municipality one flowcard; a run per generated person, eight tasks each; open only when recent. */
async function addFlowcardTasks(
  db: Db,
  protectedIds: readonly string[],
  municipalities: readonly NationalMunicipality[],
  today: IsoDate,
): Promise<number> {
  let tasks = 0;
  for (const municipality of municipalities) {
    const units = await db.selectFrom('units').select(['id', 'name']).where('organisation_id', '=', municipality.id).execute();
    const unitOf = (name: string) => units.find((u) => u.name === name)?.id ?? units[0]?.id ?? '';
    const flowcard = await insertBenchFlowcard(db, municipality.id, 'National: fra forsorgshjem til egen bolig', unitOf);
    await sql`
      INSERT INTO flowcard_runs (organisation_id, flowcard_id, flowcard_version, citizen_id, started_on)
      SELECT ${municipality.id}, ${flowcard.id}, 1, c.id,
             least((c.created_at AT TIME ZONE 'Europe/Copenhagen')::date + abs(hashtext(c.id::text)) % 30, ${today}::date)
      FROM citizens c
      WHERE c.handlekommune_id = ${municipality.id} AND c.merged_into_id IS NULL
        AND NOT (c.id = ANY (${protectedIds}::uuid[]))`.execute(db);
    const stepRows = benchFlowcardStepRows(unitOf);
    const result = await sql<{ n: number }>`
      WITH s(step_key, title, unit_id, days, position) AS (VALUES ${stepRows}),
      planned AS (
        SELECT r.organisation_id, r.citizen_id, s.unit_id, r.id AS run_id, s.step_key, s.title,
               r.started_on + s.position * 4 + interval '9 hours' AS opened_at,
               r.started_on + s.position * 4 + interval '9 hours'
                 + (s.days + abs(hashtext(s.step_key || r.citizen_id::text)) % (3 * s.days + 1)) * interval '1 day' AS done_at,
               abs(hashtext(r.id::text || s.step_key)) % 8 AS lot
        FROM flowcard_runs r CROSS JOIN s
        WHERE r.flowcard_id = ${flowcard.id}
      ),
      inserted AS (
        INSERT INTO tasks (organisation_id, citizen_id, unit_id, flowcard_run_id, step_key, title, status,
                           due_on, normal_due_on, is_urgent, opened_at, done_at, created_at, updated_at)
        SELECT organisation_id, citizen_id, unit_id, run_id, step_key, title,
               CASE WHEN done_at <= now() THEN 'done' WHEN lot = 0 THEN 'in_progress' ELSE 'open' END,
               (opened_at + interval '10 days')::date, (opened_at + interval '10 days')::date, lot = 1,
               opened_at, CASE WHEN done_at <= now() THEN done_at END, opened_at, opened_at
        FROM planned
        RETURNING 1
      )
      SELECT count(*)::int AS n FROM inserted`.execute(db);
    tasks += result.rows[0]?.n ?? 0;
  }
  // Without the course_status trigger: its statement-level join of the old and new transition
  // tables (200,000 rows each, no statistics) ran for over 15 minutes, and first contact is not
  // one of course_status's inputs (the trigger acts only on handlekommune and links).
  await db.transaction().execute(async (tx) => {
    await sql`SET LOCAL session_replication_role = replica`.execute(tx);
    await sql`
      UPDATE citizens c SET first_contact_on = hp.first_on
      FROM (SELECT citizen_id, min(from_date) AS first_on FROM housing_periods GROUP BY citizen_id) hp
      WHERE hp.citizen_id = c.id AND c.first_contact_on IS NULL
        AND c.id NOT IN (SELECT unnest(${protectedIds}::uuid[]))`.execute(tx);
  });
  return tasks;
}

/**
 * SQL for the key figures: one statement computes the *member rows* of every measure for
 * every window (the chosen period and the trend's quarters), exactly as the domain's
 * reference implementation (`@hjemvej/domain` key-figures/reference.ts) does over timelines;
 * an integration test runs both on generated data and demands the same rows. The numbers
 * (counts, shares, medians) are then computed from the rows by the domain's `summariseRows`.
 *
 * Who is counted (the population) is decided here, in SQL:
 * - a municipality: its handlekommune citizens (surviving records), all their records' events;
 * - a shelter: citizens with a stay at the shelter, and only the shelter's own stays;
 * - the national view: every municipality's citizens (`systemEveryMunicipality`: it bypasses
 *   the caller's scope on purpose; only suppressed aggregates leave, never a row).
 * Aggregates are not personal data leaving the circle; the drill-down list of the people
 * behind a figure is filtered by the citizen scope as well (`findPeopleByIds`).
 *
 * The constants (horizons, limits, end reasons, homeless categories, holidays) are passed
 * from the domain, so the definitions live in one place. A reviewable copy of the statement
 * is kept beside this file as `key-figures.sql` (checked by `reviewable-sql.test.ts`).
 */
import { expressionBuilder, sql, type RawBuilder, type Transaction } from 'kysely';
import {
  ctiOldEnoughMonths,
  defaultRegistrationIntervalMonths,
  endedStayNights,
  excludingEndReasons,
  homelessCategories,
  housedHorizons,
  type IsoDate,
  type KeyFigureWindow,
  lawfulDischargeReason,
  type LegalSex,
  lifeAreas,
  lostContactEndReasons,
  type MemberRow,
  type MeasureId,
  notificationWorkingDays,
  openStayNights,
  registeredOnTimeDays,
  reimbursementParameters,
  retentionMonths,
  waitingMonths,
  returnHorizonDays,
} from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export type KeyFigurePopulation =
  | { readonly kind: 'municipality'; readonly organisationId: string }
  | { readonly kind: 'shelter'; readonly organisationId: string }
  | { readonly kind: 'every_municipality' }
  | { readonly kind: 'municipalities'; readonly organisationIds: readonly string[] }
  | { readonly kind: 'persons'; readonly personIds: readonly string[] };

/**
 * Some persons of any municipality, outside any caller's scope: the roll-up recomputes the rows of
 * the persons whose records changed (key-figure-rollup-queries.ts). A person's rows depend on
 * that person's records only, so they are the rows the municipality's statement gives them.
 */
export const systemPersons = (personIds: readonly string[]): KeyFigurePopulation => ({ kind: 'persons', personIds });

/**
 * A programme's population: the member municipalities' citizens, outside any caller's scope
 * (like the national view, only suppressed aggregates leave).
 */
export const systemMunicipalities = (organisationIds: readonly string[]): KeyFigurePopulation => ({
  kind: 'municipalities',
  organisationIds,
});

/** The national view's population: every municipality's citizens, outside any caller's scope. */
export const systemEveryMunicipality: KeyFigurePopulation = { kind: 'every_municipality' };

export interface KeyFigureParameters {
  readonly windows: readonly KeyFigureWindow[];
  readonly asOf: IsoDate;
  /** Danish public holidays around the windows (working days for the notification deadline). */
  readonly holidays: readonly IsoDate[];
  /** Only these measures (the drill-down reads one); all when left out. */
  readonly measures?: readonly MeasureId[];
}

/**
 * The statement's branches, one CTE each (`k5_ended` holds k5_ended_over_120 and _90): a
 * measure belongs to the branch its id starts with. PostgreSQL computes only the CTEs a
 * statement reads, so leaving a branch out of `member` leaves out its work.
 */
const memberBranches = [
  'k1',
  'k2',
  'k3',
  'k4',
  'k5_ended',
  'k5_open',
  'k6',
  'k7',
  'k8',
  'k9',
  'k10',
  'k11',
  'k12',
  'k13',
  'k15',
  'k15_registration',
  'k15_required',
  'k16',
] as const;

/** The branch a measure belongs to: the longest branch name its id starts with (k15_registration_overdue → k15_registration). */
const branchOf = (measure: MeasureId) =>
  memberBranches.filter((branch) => measure.startsWith(`${branch}_`)).sort((x, y) => y.length - x.length)[0];

function memberSelects(measures: readonly MeasureId[] | undefined): string[] {
  const branches =
    measures === undefined
      ? memberBranches
      : memberBranches.filter((branch) => measures.some((measure) => branchOf(measure) === branch));
  if (branches.length === 0)
    return [
      'SELECT NULL::text, NULL::text, NULL::uuid, NULL::text, NULL::date, NULL::text, NULL::int, NULL::date, NULL::text, NULL::text WHERE false',
    ];
  return branches.map((branch) => `SELECT * FROM ${branch}`);
}

/** A row the statement returns: the reference implementation's row, field for field (the test compares them). */
export type MemberRowRecord = MemberRow;

export interface PersonFactsRow {
  readonly personId: string;
  readonly birthDate: IsoDate | null;
  readonly sex: LegalSex | null;
  readonly municipalityId: string | null;
}

function populationOf(population: KeyFigurePopulation): RawBuilder<unknown> {
  switch (population.kind) {
    case 'municipality':
      return sql`c.handlekommune_id = ${population.organisationId}`;
    case 'shelter':
      return sql`EXISTS (SELECT 1 FROM shelter_stays os JOIN citizens oc ON oc.id = os.citizen_id
                         WHERE os.shelter_id = ${population.organisationId} AND coalesce(oc.merged_into_id, oc.id) = c.id)`;
    case 'every_municipality':
      return sql`c.handlekommune_id IN (SELECT id FROM organisations WHERE kind = 'municipality')`;
    case 'municipalities':
      return sql`c.handlekommune_id = ANY (${[...population.organisationIds]}::uuid[])`;
    case 'persons':
      return sql`c.id = ANY (${[...population.personIds]}::uuid[])
                 AND c.handlekommune_id IN (SELECT id FROM organisations WHERE kind = 'municipality')`;
  }
}

function stayFilterOf(population: KeyFigurePopulation): RawBuilder<unknown> {
  return population.kind === 'shelter' ? sql`s.shelter_id = ${population.organisationId}` : sql`true`;
}

const registered = (column: string) => sql.raw(`(${column} AT TIME ZONE 'Europe/Copenhagen')::date`);

function namesAndNumbers(entries: Readonly<Record<string, number>>): [string[], number[]] {
  return [Object.keys(entries), Object.values(entries)];
}

export function memberRowsQuery(population: KeyFigurePopulation, p: KeyFigureParameters): RawBuilder<MemberRowRecord> {
  const asOf = sql`${p.asOf}::date`;
  const [housedNames, housedDays] = namesAndNumbers(housedHorizons);
  const [retainedNames, retainedMonths] = namesAndNumbers(retentionMonths);
  const [endedNames, endedNights] = namesAndNumbers(endedStayNights);
  const [waitingNames, waitingMonthCounts] = namesAndNumbers(waitingMonths);
  const caps = reimbursementParameters.reimbursementCaps;
  const schemeStart = sql`${caps[0]?.from ?? '9999-12-31'}::date`;
  const capByDay = sql`${reimbursementParameters.reimbursementCapAppliesBy === 'day'}::boolean`;
  const runningYear = sql`make_interval(years => ${reimbursementParameters.reimbursementPeriodYears}::int)`;
  return sql<MemberRowRecord>`
WITH RECURSIVE win AS (
  SELECT w.key, w.from_on, w.to_on
  FROM unnest(${p.windows.map((w) => w.key)}::text[], ${p.windows.map((w) => w.from)}::date[], ${p.windows.map((w) => w.to)}::date[])
       AS w(key, from_on, to_on)
),
person AS (
  SELECT c.id AS person_id, c.first_contact_on, ${registered('c.created_at')} AS created_on,
         coalesce((SELECT cs.registration_interval_months FROM collaboration_settings cs WHERE cs.organisation_id = c.handlekommune_id),
                  ${defaultRegistrationIntervalMonths}::int) AS interval_months
  FROM citizens c
  WHERE c.merged_into_id IS NULL AND ${populationOf(population)}
),
rec AS (
  SELECT person_id, person_id AS citizen_id FROM person
  UNION ALL
  SELECT c.merged_into_id, c.id FROM citizens c WHERE c.merged_into_id IN (SELECT person_id FROM person)
),
stay AS (
  SELECT r.person_id, s.id, s.shelter_id, s.admitted_on, s.discharged_on, s.discharge_reason,
         CASE WHEN s.handlekommune_notified_on <= ${asOf} THEN s.handlekommune_notified_on END AS notified_on,
         ${registered('s.created_at')} AS registered_on
  FROM shelter_stays s JOIN rec r ON r.citizen_id = s.citizen_id
  WHERE ${stayFilterOf(population)}
),
alloc AS (
  SELECT r.person_id, a.id, a.allocated_on, a.lease_signed_on, a.move_in_on, a.withdrawn_on, ${registered('a.created_at')} AS registered_on
  FROM housing_allocations a JOIN rec r ON r.citizen_id = a.citizen_id
),
move AS (SELECT person_id, id, move_in_on FROM alloc WHERE withdrawn_on IS NULL AND move_in_on IS NOT NULL),
course AS (
  SELECT r.person_id, sc.id, sc.method::text AS method, sc.team_unit_id, sc.started_on, sc.ended_on, sc.end_reason::text AS end_reason,
         ${registered('sc.created_at')} AS registered_on,
         EXISTS (SELECT 1 FROM support_course_phases ph
                 WHERE ph.support_course_id = sc.id AND ph.phase = 3 AND ph.started_on <= ${asOf}) AS reached_phase3
  FROM support_courses sc JOIN rec r ON r.citizen_id = sc.citizen_id
),
homeless_hp AS (
  SELECT r.person_id, h.from_date, h.to_date
  FROM housing_periods h JOIN rec r ON r.citizen_id = h.citizen_id
  WHERE h.category::text = ANY (${[...homelessCategories]}::text[])
),
plan AS (SELECT r.person_id, pl.made_on, pl.ended_on FROM plans pl JOIN rec r ON r.citizen_id = pl.citizen_id),
decision AS (
  SELECT r.person_id, d.id, d.kind::text AS kind, d.outcome::text AS outcome, d.decided_on, d.period_from, d.period_to
  FROM decisions d JOIN rec r ON r.citizen_id = d.citizen_id
),
lost AS (
  SELECT r.person_id, coalesce(f.lost_home_on, f.checked_on) AS lost_on
  FROM outcome_follow_ups f JOIN rec r ON r.citizen_id = f.citizen_id
  WHERE NOT f.keeps_home
),
-- Per-person facts are aggregated once and joined by hash: a subquery per row over a CTE (which
-- has no index) scans the whole CTE for every row.
first_stay AS (SELECT person_id, min(admitted_on) AS admitted_on FROM stay GROUP BY person_id),
contact AS (
  SELECT p.person_id, coalesce(p.first_contact_on, least(p.created_on, fs.admitted_on)) AS first_on
  FROM person p LEFT JOIN first_stay fs ON fs.person_id = p.person_id
),
-- K1: first move-in of the period, days from first contact.
k1 AS (
  SELECT w.key AS win, 'k1_lead_time' AS measure, m.person_id, m.person_id::text AS subject_id, m.first_move AS anchor_on,
         'numerator' AS outcome, (m.first_move - c.first_on) AS value, m.first_move AS course_day,
         NULL::text AS method, NULL::text AS unit_id
  FROM win w
  JOIN LATERAL (SELECT mv.person_id, min(mv.move_in_on) AS first_move FROM move mv
                WHERE mv.move_in_on BETWEEN w.from_on AND w.to_on GROUP BY mv.person_id) m ON true
  JOIN contact c ON c.person_id = m.person_id
  WHERE c.first_on <= m.first_move
),
first_move_after_contact AS (
  SELECT c.person_id, min(mv.move_in_on) AS first_move
  FROM contact c JOIN move mv ON mv.person_id = c.person_id AND mv.move_in_on >= c.first_on AND mv.move_in_on <= ${asOf}
  GROUP BY c.person_id
),
-- K2: first contact in the period, housed within 60/90/180 days (once that old).
k2 AS (
  SELECT w.key, h.measure, c.person_id, c.person_id::text, c.first_on,
         CASE WHEN fm.first_move IS NOT NULL AND fm.first_move <= c.first_on + h.days THEN 'numerator' ELSE 'denominator' END,
         (fm.first_move - c.first_on), c.first_on, NULL::text, NULL::text
  FROM win w
  JOIN contact c ON c.first_on BETWEEN w.from_on AND w.to_on
  CROSS JOIN unnest(${housedNames}::text[], ${housedDays}::int[]) AS h(measure, days)
  LEFT JOIN first_move_after_contact fm ON fm.person_id = c.person_id
  WHERE c.first_on + h.days <= ${asOf}
),
-- K11: the ready-to-move date of the housing profile (the surviving record's first, else the latest).
ready AS (
  SELECT r.person_id, (array_agg(hp.ready_to_move_on ORDER BY (r.citizen_id = r.person_id) DESC, hp.ready_to_move_on DESC))[1] AS ready_on
  FROM housing_profiles hp JOIN rec r ON r.citizen_id = hp.citizen_id
  WHERE hp.ready_to_move_on IS NOT NULL
  GROUP BY r.person_id
),
k11_base AS (
  SELECT w.key, rd.person_id, rd.ready_on, min(mv.move_in_on) AS move_in_on
  FROM win w JOIN move mv ON mv.move_in_on BETWEEN w.from_on AND w.to_on
  JOIN ready rd ON rd.person_id = mv.person_id AND mv.move_in_on >= rd.ready_on
  GROUP BY w.key, rd.person_id, rd.ready_on
),
-- K11: days from ready to the first move-in of the window after it; over 5 and 12 months.
k11 AS (
  SELECT b.key, 'k11_waiting_days', b.person_id, b.person_id::text, b.move_in_on, 'numerator',
         (b.move_in_on - b.ready_on), b.move_in_on, NULL::text, NULL::text
  FROM k11_base b
  UNION ALL
  SELECT b.key, h.measure, b.person_id, b.person_id::text, b.move_in_on,
         CASE WHEN b.move_in_on > (b.ready_on + make_interval(months => h.months))::date THEN 'numerator' ELSE 'denominator' END,
         (b.move_in_on - b.ready_on), b.move_in_on, NULL::text, NULL::text
  FROM k11_base b CROSS JOIN unnest(${waitingNames}::text[], ${waitingMonthCounts}::int[]) AS h(measure, months)
),
-- Move-ins of each window with the first return to homelessness after them.
move_return AS (
  SELECT mv.id, min(x.on_day) AS returned_on
  FROM move mv
  JOIN (SELECT person_id, admitted_on AS on_day FROM stay
        UNION ALL SELECT person_id, from_date FROM homeless_hp
        UNION ALL SELECT person_id, lost_on FROM lost) x ON x.person_id = mv.person_id AND x.on_day > mv.move_in_on
  GROUP BY mv.id
),
moved AS (
  SELECT w.key, mv.person_id, mv.id, mv.move_in_on, r.returned_on
  FROM win w JOIN move mv ON mv.move_in_on BETWEEN w.from_on AND w.to_on
  LEFT JOIN move_return r ON r.id = mv.id
),
-- The first course end after a move-in that takes the person out of K3 (death, moving away) or
-- makes the outcome unknown (lost contact); "ended by the horizon" is then one comparison.
move_course_end AS (
  SELECT mv.id,
         min(co.ended_on) FILTER (WHERE co.end_reason = ANY (${[...excludingEndReasons]}::text[])) AS excluded_on,
         min(co.ended_on) FILTER (WHERE co.end_reason = ANY (${[...lostContactEndReasons]}::text[])) AS lost_contact_on
  FROM move mv JOIN course co ON co.person_id = mv.person_id AND co.ended_on > mv.move_in_on
  GROUP BY mv.id
),
-- K3: retained at 3/6/12 months; deaths and moves apart, lost contact unknown.
k3 AS (
  SELECT m.key, h.measure, m.person_id, m.id::text, m.move_in_on,
         CASE WHEN m.returned_on IS NOT NULL AND m.returned_on <= hz.horizon THEN 'denominator'
              WHEN ce.excluded_on <= hz.horizon THEN 'excluded'
              WHEN ce.lost_contact_on <= hz.horizon THEN 'unknown'
              ELSE 'numerator' END,
         NULL::int, m.move_in_on, NULL::text, NULL::text
  FROM moved m
  LEFT JOIN move_course_end ce ON ce.id = m.id
  CROSS JOIN unnest(${retainedNames}::text[], ${retainedMonths}::int[]) AS h(measure, months)
  CROSS JOIN LATERAL (SELECT (m.move_in_on + make_interval(months => h.months))::date AS horizon) hz
  WHERE hz.horizon <= ${asOf}
),
-- K4: first return within 730 days, for move-ins at least that old.
k4 AS (
  SELECT m.key, 'k4_returned_2y', m.person_id, m.id::text, m.move_in_on,
         CASE WHEN m.returned_on <= m.move_in_on + ${returnHorizonDays}::int THEN 'numerator' ELSE 'denominator' END,
         CASE WHEN m.returned_on <= m.move_in_on + ${returnHorizonDays}::int THEN m.returned_on - m.move_in_on END,
         m.move_in_on, NULL::text, NULL::text
  FROM moved m
  WHERE m.move_in_on + ${returnHorizonDays}::int <= ${asOf}
),
-- K5 (a): stays ended in the window over 120 / 90 nights.
k5_ended AS (
  SELECT w.key, e.measure, s.person_id, s.id::text, s.discharged_on,
         CASE WHEN s.discharged_on - s.admitted_on > e.nights THEN 'numerator' ELSE 'denominator' END,
         (s.discharged_on - s.admitted_on), NULL::date, NULL::text, s.shelter_id::text
  FROM win w JOIN stay s ON s.discharged_on BETWEEN w.from_on AND w.to_on
  CROSS JOIN unnest(${endedNames}::text[], ${endedNights}::int[]) AS e(measure, nights)
),
open_stay AS (
  SELECT w.key, w.to_on, s.* FROM win w
  JOIN stay s ON s.admitted_on <= w.to_on AND (s.discharged_on IS NULL OR s.discharged_on > w.to_on)
),
-- K5 (b): stays open on the window's last day over 120 nights.
k5_open AS (
  SELECT o.key, 'k5_open_over_120', o.person_id, o.id::text, o.to_on,
         CASE WHEN o.to_on - o.admitted_on + 1 > ${openStayNights}::int THEN 'numerator' ELSE 'denominator' END,
         (o.to_on - o.admitted_on + 1), NULL::date, NULL::text, o.shelter_id::text
  FROM open_stay o
),
stay_plan AS (
  SELECT o.key, o.id,
         bool_or(pl.ended_on IS NULL OR pl.ended_on > o.to_on) AS in_force,
         min(pl.made_on) FILTER (WHERE pl.made_on >= o.admitted_on) AS first_plan_on
  FROM open_stay o JOIN plan pl ON pl.person_id = o.person_id AND pl.made_on <= o.to_on
  GROUP BY o.key, o.id
),
-- K7: residents on the last day with a plan in force; days from admission to the first plan after it.
k7 AS (
  SELECT o.key, 'k7_plan_coverage', o.person_id, o.id::text, o.to_on,
         CASE WHEN sp.in_force THEN 'numerator' ELSE 'denominator' END,
         (sp.first_plan_on - o.admitted_on),
         NULL::date, NULL::text, o.shelter_id::text
  FROM open_stay o
  LEFT JOIN stay_plan sp ON sp.key = o.key AND sp.id = o.id
),
-- K8: admissions in the window notified within 3 working days (skipped while the deadline is still ahead).
k8 AS (
  SELECT w.key, 'k8_notified_on_time', s.person_id, s.id::text, s.admitted_on,
         CASE WHEN s.notified_on <= dl.deadline THEN 'numerator' ELSE 'denominator' END,
         NULL::int, NULL::date, NULL::text, s.shelter_id::text
  FROM win w JOIN stay s ON s.admitted_on BETWEEN w.from_on AND w.to_on
  CROSS JOIN LATERAL (
    SELECT s.admitted_on + i AS deadline FROM generate_series(1, 40) AS i
    WHERE extract(isodow FROM s.admitted_on + i) < 6 AND (s.admitted_on + i) <> ALL (${[...p.holidays]}::date[])
    ORDER BY i OFFSET ${notificationWorkingDays - 1}::int LIMIT 1) dl
  WHERE s.notified_on IS NOT NULL OR dl.deadline < ${asOf}
),
-- K9: stays ended in the window; a planned discharge counts the § 110 stk. 5 conditions missing on that day
-- (law/evaluate-course.ts evaluateDischargeConditions): a plan in force; own housing allocated during the stay
-- (not withdrawn) with a § 85 a/85 support decision in force, lease signed and move-in by the day; or else a
-- granted §§ 107/108 decision made during the stay the citizen can move into by the day. Other reasons: apart.
-- Each ended stay is evaluated once (the windows only pick which), its facts joined set-wise.
k9_ended AS (
  SELECT s.person_id, s.id, s.shelter_id, s.admitted_on, s.discharged_on, s.discharge_reason
  FROM stay s WHERE EXISTS (SELECT 1 FROM win w WHERE s.discharged_on BETWEEN w.from_on AND w.to_on)
),
k9_home AS (
  SELECT DISTINCT ON (e.id) e.id, al.lease_signed_on, al.move_in_on
  FROM k9_ended e JOIN alloc al ON al.person_id = e.person_id AND al.allocated_on BETWEEN e.admitted_on AND e.discharged_on
                                AND (al.withdrawn_on IS NULL OR al.withdrawn_on > e.discharged_on)
  ORDER BY e.id, al.allocated_on DESC, al.id DESC
),
k9_offer AS (
  SELECT DISTINCT ON (e.id) e.id, d.period_from
  FROM k9_ended e JOIN decision d ON d.person_id = e.person_id AND d.kind IN ('107', '108') AND d.outcome = 'granted'
                                 AND d.decided_on BETWEEN e.admitted_on AND e.discharged_on
  ORDER BY e.id, d.decided_on DESC, d.id DESC
),
k9_support AS (
  SELECT DISTINCT e.id
  FROM k9_ended e JOIN decision d ON d.person_id = e.person_id AND d.kind IN ('85a', '85') AND d.outcome = 'granted'
                                 AND d.decided_on <= e.discharged_on AND (d.period_from IS NULL OR d.period_from <= e.discharged_on)
                                 AND (d.period_to IS NULL OR d.period_to >= e.discharged_on)
),
k9_plan AS (
  SELECT DISTINCT e.id
  FROM k9_ended e JOIN plan pl ON pl.person_id = e.person_id AND pl.made_on <= e.discharged_on
                               AND (pl.ended_on IS NULL OR pl.ended_on > e.discharged_on)
),
k9_missing AS (
  SELECT e.*,
         (CASE WHEN pl.id IS NULL THEN 1 ELSE 0 END)
         + (CASE WHEN h.id IS NULL AND o.id IS NULL THEN 1 ELSE 0 END)
         + (CASE WHEN h.id IS NULL AND o.id IS NOT NULL
                 THEN (CASE WHEN o.period_from <= e.discharged_on THEN 0 ELSE 1 END)
                 ELSE (CASE WHEN su.id IS NULL THEN 1 ELSE 0 END)
                    + (CASE WHEN h.lease_signed_on <= e.discharged_on AND h.move_in_on <= e.discharged_on THEN 0 ELSE 1 END)
            END) AS missing
  FROM k9_ended e
  LEFT JOIN k9_home h ON h.id = e.id LEFT JOIN k9_offer o ON o.id = e.id
  LEFT JOIN k9_support su ON su.id = e.id LEFT JOIN k9_plan pl ON pl.id = e.id
),
k9 AS (
  SELECT w.key, 'k9_lawful_discharge', m.person_id, m.id::text, m.discharged_on,
         CASE WHEN m.discharge_reason IS DISTINCT FROM ${lawfulDischargeReason}::text THEN 'excluded'
              WHEN m.missing = 0 THEN 'numerator' ELSE 'denominator' END,
         CASE WHEN m.discharge_reason = ${lawfulDischargeReason}::text THEN m.missing END,
         NULL::date, NULL::text, m.shelter_id::text
  FROM win w JOIN k9_missing m ON m.discharged_on BETWEEN w.from_on AND w.to_on
),
-- K6: stays and nights in the window per citizen (a stay open at the start counts: technical check-in).
k6_base AS (
  SELECT w.key, w.to_on, s.person_id, count(*)::int AS stays,
         sum(least(coalesce(s.discharged_on - 1, w.to_on), w.to_on) - greatest(s.admitted_on, w.from_on) + 1)::int AS nights,
         (array_agg(s.shelter_id::text ORDER BY s.admitted_on DESC, s.id DESC))[1] AS unit_id
  FROM win w JOIN stay s ON greatest(s.admitted_on, w.from_on) <= least(coalesce(s.discharged_on - 1, w.to_on), w.to_on)
  GROUP BY w.key, w.to_on, s.person_id
),
k6 AS (
  SELECT b.key, 'k6_stays_per_citizen', b.person_id, b.person_id::text, b.to_on,
         CASE WHEN b.stays >= 2 THEN 'numerator' ELSE 'denominator' END, b.stays, NULL::date, NULL::text, b.unit_id
  FROM k6_base b
  UNION ALL
  SELECT b.key, 'k6_nights_per_citizen', b.person_id, b.person_id::text, b.to_on, 'numerator', b.nights, NULL::date, NULL::text, b.unit_id
  FROM k6_base b
),
-- K12: homeless on the last day (homeless period or open stay), with an active support course.
-- K12: joined set-wise (each window's homeless people, each window's people with a course), not
-- probed per person and window: at 10,000 people and nine windows the probes took minutes.
k12_homeless AS (
  SELECT w.key, w.to_on, s.person_id
  FROM win w JOIN stay s ON s.admitted_on <= w.to_on AND (s.discharged_on IS NULL OR s.discharged_on > w.to_on)
  UNION
  SELECT w.key, w.to_on, h.person_id
  FROM win w JOIN homeless_hp h ON h.from_date <= w.to_on AND (h.to_date IS NULL OR w.to_on < h.to_date)
),
k12_covered AS (
  SELECT DISTINCT w.key, co.person_id
  FROM win w JOIN course co ON co.started_on <= w.to_on AND (co.ended_on IS NULL OR co.ended_on >= w.to_on)
),
k12 AS (
  SELECT hm.key, 'k12_housing_first_coverage', hm.person_id, hm.person_id::text, hm.to_on,
         CASE WHEN cv.person_id IS NOT NULL THEN 'numerator' ELSE 'denominator' END,
         NULL::int, hm.to_on, NULL::text, NULL::text
  FROM k12_homeless hm LEFT JOIN k12_covered cv ON cv.key = hm.key AND cv.person_id = hm.person_id
),
-- K13: courses active on the last day; K10: CTI courses started in the window, old enough.
k13 AS (
  SELECT w.key, 'k13_caseload', co.person_id, co.id::text, w.to_on, 'numerator', NULL::int, NULL::date, co.method, co.team_unit_id::text
  FROM win w JOIN course co ON co.started_on <= w.to_on AND (co.ended_on IS NULL OR co.ended_on >= w.to_on)
),
k10 AS (
  SELECT w.key, 'k10_cti_completed', co.person_id, co.id::text, co.started_on,
         CASE WHEN co.ended_on <= ${asOf} AND co.end_reason = ANY (${[...excludingEndReasons]}::text[]) THEN 'excluded'
              WHEN co.ended_on <= ${asOf} AND co.end_reason = 'completed' AND co.reached_phase3 THEN 'numerator'
              ELSE 'denominator' END,
         NULL::int, NULL::date, co.method, co.team_unit_id::text
  FROM win w JOIN course co ON co.method = 'cti' AND co.started_on BETWEEN w.from_on AND w.to_on
  WHERE (co.started_on + make_interval(months => ${ctiOldEnoughMonths}::int))::date <= ${asOf}
),
-- K15: days from event (admission, allocation, course start) to its registration.
registration AS (
  SELECT person_id, id, admitted_on AS event_on, registered_on, NULL::date AS course_day, NULL::text AS method, shelter_id::text AS unit_id FROM stay
  UNION ALL
  SELECT person_id, id, allocated_on, registered_on, allocated_on, NULL::text, NULL::text FROM alloc
  UNION ALL
  SELECT person_id, id, started_on, registered_on, NULL::date, method, team_unit_id::text FROM course
),
k15 AS (
  SELECT w.key, 'k15_registered_on_time', g.person_id, g.id::text, g.event_on,
         CASE WHEN greatest(0, g.registered_on - g.event_on) <= ${registeredOnTimeDays}::int THEN 'numerator' ELSE 'denominator' END,
         greatest(0, g.registered_on - g.event_on), g.course_day, g.method, g.unit_id
  FROM win w JOIN registration g ON g.event_on BETWEEN w.from_on AND w.to_on
),
-- K16: citizens on a stay on the last day; nights of their running year (course/stay-counting.ts) against the limit.
k16_cohort AS (
  SELECT o.key, o.to_on, o.person_id, (array_agg(o.shelter_id::text ORDER BY o.admitted_on DESC, o.id DESC))[1] AS unit_id
  FROM open_stay o WHERE o.to_on >= ${schemeStart}
  GROUP BY o.key, o.to_on, o.person_id
),
-- Each stay's counted nights as [first_on, end_on), from the scheme's start up to and including the last day.
k16_span AS (
  SELECT k.key, k.person_id, greatest(s.admitted_on, ${schemeStart}) AS first_on,
         least(coalesce(s.discharged_on, k.to_on + 1), k.to_on + 1) AS end_on
  FROM k16_cohort k JOIN stay s ON s.person_id = k.person_id
),
-- Overlapping stays (bad data) merged, so each night counts once.
k16_island AS (
  SELECT x.key, x.person_id, min(x.first_on) AS first_on, max(x.end_on) AS end_on
  FROM (SELECT m.*, sum(m.starts) OVER (PARTITION BY m.key, m.person_id ORDER BY m.first_on, m.end_on ROWS UNBOUNDED PRECEDING) AS island
        FROM (SELECT n.*, CASE WHEN n.first_on <= max(n.end_on) OVER (PARTITION BY n.key, n.person_id ORDER BY n.first_on, n.end_on
                                                                    ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING)
                               THEN 0 ELSE 1 END AS starts
              FROM k16_span n WHERE n.end_on > n.first_on) m) x
  GROUP BY x.key, x.person_id, x.island
),
-- Each person's stay spans as two arrays, so the steps below read them in place (a CTE has no index).
k16_person AS (
  SELECT i.key, i.person_id, min(i.first_on) AS first_night,
         array_agg(i.first_on ORDER BY i.first_on) AS firsts, array_agg(i.end_on ORDER BY i.first_on) AS ends
  FROM k16_island i GROUP BY i.key, i.person_id
),
-- Running years: the first from the first night, each next from the first night after the previous one has passed.
k16_year AS (
  SELECT kp.key, kp.person_id, kp.first_night AS start_on FROM k16_person kp
  UNION ALL
  SELECT y.key, y.person_id,
         (SELECT greatest(i.first_on, (y.start_on + ${runningYear})::date) FROM unnest(kp.firsts, kp.ends) AS i(first_on, end_on)
          WHERE i.end_on > (y.start_on + ${runningYear})::date ORDER BY i.first_on LIMIT 1)
  FROM k16_year y JOIN k16_person kp ON kp.key = y.key AND kp.person_id = y.person_id
  WHERE y.start_on IS NOT NULL
),
k16_current AS (
  SELECT y.key, y.person_id, max(y.start_on) AS start_on, (max(y.start_on) + ${runningYear})::date AS end_on
  FROM k16_year y WHERE y.start_on IS NOT NULL GROUP BY y.key, y.person_id
),
k16_cap AS (
  SELECT c.from_on, lead(c.from_on) OVER (ORDER BY c.k) AS next_on, c.days, c.k::int AS k
  FROM unnest(${caps.map((c) => c.from)}::date[], ${caps.map((c) => c.days)}::int[]) WITH ORDINALITY AS c(from_on, days, k)
),
-- The running year's nights under each limit (the limit in force that night, or on the year's first night).
k16_segment AS (
  SELECT y.key, y.person_id, c.k,
         CASE WHEN ${capByDay} THEN c.days
              ELSE (SELECT c0.days FROM k16_cap c0 WHERE c0.from_on <= y.start_on ORDER BY c0.k DESC LIMIT 1) END AS days,
         (SELECT coalesce(sum(greatest(0, least(i.end_on, y.end_on, coalesce(c.next_on, y.end_on)) - greatest(i.first_on, y.start_on, c.from_on))), 0)
          FROM unnest(kp.firsts, kp.ends) AS i(first_on, end_on))::int AS nights
  FROM k16_current y JOIN k16_person kp ON kp.key = y.key AND kp.person_id = y.person_id CROSS JOIN k16_cap c
),
-- Reimbursed night by night: under each limit while fewer than it have been reimbursed in the year.
k16_reimbursed AS (
  SELECT g.key, g.person_id, g.k, g.nights, least(g.nights, g.days) AS reimbursed FROM k16_segment g WHERE g.k = 1
  UNION ALL
  SELECT g.key, g.person_id, g.k, r.nights + g.nights, r.reimbursed + least(g.nights, greatest(0, g.days - r.reimbursed))
  FROM k16_reimbursed r JOIN k16_segment g ON g.key = r.key AND g.person_id = r.person_id AND g.k = r.k + 1
),
k16 AS (
  SELECT c.key, 'k16_over_reimbursement_limit', c.person_id, c.person_id::text, c.to_on,
         CASE WHEN r.nights > r.reimbursed THEN 'numerator' ELSE 'denominator' END, r.nights, NULL::date, NULL::text, c.unit_id
  FROM k16_cohort c
  JOIN k16_reimbursed r ON r.key = c.key AND r.person_id = c.person_id AND r.k = ${caps.length}::int
),
-- K15 (b): courses running on the last day (no exit by then) whose next registration fell due before it
-- (course-registrations nextRegistrationDue: the intake at the start, else a status an interval after the latest).
k15_registration AS (
  SELECT w.key, 'k15_registration_overdue', co.person_id, co.id::text, w.to_on,
         CASE WHEN nx.due_on < w.to_on THEN 'numerator' ELSE 'denominator' END,
         CASE WHEN nx.due_on < w.to_on THEN w.to_on - nx.due_on END,
         NULL::date, co.method, co.team_unit_id::text
  FROM win w JOIN course co ON co.started_on <= w.to_on AND (co.ended_on IS NULL OR co.ended_on > w.to_on)
  JOIN person p ON p.person_id = co.person_id
  CROSS JOIN LATERAL (
    SELECT coalesce(bool_or(cr.kind = 'exit'), false) AS has_exit,
           CASE WHEN coalesce(bool_or(cr.kind = 'intake'), false)
                THEN (max(cr.registered_on) FILTER (WHERE cr.kind <> 'exit') + make_interval(months => p.interval_months))::date
                ELSE co.started_on END AS due_on
    FROM course_registrations cr WHERE cr.support_course_id = co.id AND cr.registered_on <= w.to_on) nx
  WHERE NOT nx.has_exit
),
-- K15 (c): course registrations dated in the window, as they stand now, with the required fields they leave
-- empty (key-figures/required-fields.ts, missingRequiredFields) read from the stored JSON; a life area counts by
-- its first entry. The contract trims the exit reason's text and stores a blank one as null; btrim covers the rest.
k15_required AS (
  SELECT w.key, 'k15_required_fields', co.person_id, cr.id::text, cr.registered_on,
         CASE WHEN f.missing = 0 THEN 'numerator' ELSE 'denominator' END, f.missing, NULL::date, co.method, co.team_unit_id::text
  FROM win w JOIN course_registrations cr ON cr.registered_on BETWEEN w.from_on AND w.to_on
  JOIN course co ON co.id = cr.support_course_id
  CROSS JOIN LATERAL (
    SELECT (CASE WHEN cr.content->>'housingStatus' IS NULL THEN 1 ELSE 0 END
            + CASE WHEN cr.kind = 'exit'
                   THEN CASE WHEN cr.content->>'exitReason' IS NULL THEN 1
                             WHEN cr.content->>'exitReason' = 'other' AND coalesce(btrim(cr.content->>'exitReasonText'), '') = '' THEN 1
                             ELSE 0 END
                        + CASE WHEN cr.content->>'exitDestination' IS NULL THEN 1 ELSE 0 END
                   ELSE CASE WHEN cr.content->>'housingStatus' = 'not_housed' AND cr.content->>'homelessCategory' IS NULL THEN 1 ELSE 0 END
                        + CASE WHEN cr.kind = 'intake' AND cr.content->>'referralSource' IS NULL THEN 1 ELSE 0 END
                        + CASE WHEN cr.content->>'contactFrequency' IS NULL THEN 1 ELSE 0 END
                        + (SELECT (count(*) FILTER (WHERE la.entry->>'workerRating' IS NULL)
                                   + count(*) FILTER (WHERE la.entry->>'citizenRating' IS NULL))::int
                           FROM unnest(${[...lifeAreas]}::text[]) AS a(area)
                           LEFT JOIN LATERAL (
                             SELECT l.entry FROM jsonb_array_elements(CASE WHEN jsonb_typeof(cr.content->'lifeAreas') = 'array'
                                                                           THEN cr.content->'lifeAreas' ELSE '[]'::jsonb END)
                                                 WITH ORDINALITY AS l(entry, n)
                             WHERE l.entry->>'lifeArea' = a.area ORDER BY l.n LIMIT 1) la ON true)
              END)::int AS missing) f
),
-- Named columns: the first branch read may be any of them.
member (win, measure, person_id, subject_id, anchor_on, outcome, value, course_day, method, unit_id) AS (
  ${sql.join(
    memberSelects(p.measures).map((part) => sql.raw(part)),
    sql.raw(' UNION ALL '),
  )}
),
-- The course a row counts under (method and team): the latest course running on its day, found
-- once per person and day by a hash join, not by a lookup per row.
course_at AS (
  SELECT DISTINCT ON (d.person_id, d.course_day) d.person_id, d.course_day, co.method, co.team_unit_id
  FROM (SELECT DISTINCT person_id, course_day FROM member WHERE course_day IS NOT NULL) d
  JOIN course co ON co.person_id = d.person_id AND co.started_on <= d.course_day
                AND (co.ended_on IS NULL OR co.ended_on >= d.course_day)
  ORDER BY d.person_id, d.course_day, co.started_on DESC, co.id DESC
)
SELECT mb.win AS "window", mb.measure, mb.person_id AS "personId", mb.subject_id AS "subjectId", mb.anchor_on AS "anchorOn",
       mb.outcome, mb.value,
       CASE WHEN mb.course_day IS NULL THEN mb.method ELSE ca.method END AS method,
       CASE WHEN mb.course_day IS NULL THEN mb.unit_id ELSE ca.team_unit_id::text END AS "unitId"
FROM member mb
LEFT JOIN course_at ca ON ca.person_id = mb.person_id AND ca.course_day = mb.course_day`;
}

/**
 * More sort and hash memory for this transaction only: the member-rows statement materialises
 * its CTEs and hashes them, and at the default 4 MB they spill to temporary files (measured on
 * the national data set: 26 s → 9 s for a 10,000-person municipality before the rewrites).
 */
export async function allowKeyFigureMemory(tx: Tx): Promise<void> {
  await sql`SET LOCAL work_mem = '64MB'`.execute(tx);
}

export async function findMemberRows(
  tx: Tx,
  population: KeyFigurePopulation,
  parameters: KeyFigureParameters,
): Promise<MemberRowRecord[]> {
  return (await memberRowsQuery(population, parameters).execute(tx)).rows;
}

/** A person's legal sex from the CPR number's last digit (citizens as `c`); null without a valid CPR. */
export const sexFromCpr = sql<LegalSex | null>`CASE WHEN c.cpr ~ '^[0-9]{10}$' THEN CASE WHEN right(c.cpr, 1)::int % 2 = 1 THEN 'male' ELSE 'female' END END`;

export function personFactsQuery(population: KeyFigurePopulation): RawBuilder<PersonFactsRow> {
  return sql<PersonFactsRow>`
SELECT c.id AS "personId", c.birth_date AS "birthDate",
       ${sexFromCpr} AS sex,
       c.handlekommune_id AS "municipalityId"
FROM citizens c
WHERE c.merged_into_id IS NULL AND ${populationOf(population)}`;
}

export async function findPersonFacts(tx: Tx, population: KeyFigurePopulation): Promise<PersonFactsRow[]> {
  return (await personFactsQuery(population).execute(tx)).rows;
}

export interface PersonBehindRow {
  readonly id: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
}

/** The people behind a figure, as far as the caller's citizen scope reaches (need-to-know in SQL). */
export async function findPeopleByIds(tx: Tx, actor: Actor, personIds: readonly string[]): Promise<PersonBehindRow[]> {
  if (personIds.length === 0) return [];
  const eb = expressionBuilder<{ c: Database['citizens'] }, 'c'>();
  const rows = await sql<PersonBehindRow>`
SELECT c.id, c.first_name AS "firstName", c.last_name AS "lastName", c.alias
FROM citizens c
WHERE c.id = ANY (${[...personIds]}::uuid[]) AND ${whereCitizenInScope(eb, 'c.id', actor, 'housing')}
ORDER BY c.last_name NULLS LAST, c.first_name NULLS LAST, c.id`.execute(tx);
  return rows.rows;
}

export interface UnitNameRow {
  readonly id: string;
  readonly name: string;
}

/**
 * The persons (of `personIds`, each with the day they moved in) with an eviction warning
 * received after moving in and by the reference date: the risk to keeping the home that the
 * retention figure (K3) shows beside it. Any record of the person counts (linked duplicates).
 */
export async function findPersonsWithEvictionWarning(
  tx: Tx,
  organisationId: string,
  moves: readonly { readonly personId: string; readonly movedInOn: IsoDate }[],
  referenceDate: IsoDate,
): Promise<Set<string>> {
  if (moves.length === 0) return new Set();
  const rows = await sql<{ personId: string }>`
SELECT DISTINCT m.person_id::text AS "personId"
FROM unnest(${moves.map((m) => m.personId)}::uuid[], ${moves.map((m) => m.movedInOn)}::date[]) AS m(person_id, moved_in_on)
JOIN citizens c ON coalesce(c.merged_into_id, c.id) = m.person_id
JOIN eviction_warnings w ON w.citizen_id = c.id
WHERE w.organisation_id = ${organisationId} AND w.received_on >= m.moved_in_on AND w.received_on <= ${referenceDate}::date`.execute(
    tx,
  );
  return new Set(rows.rows.map((r) => r.personId));
}

/** Names of the teams and shelters a breakdown names (units of any organisation, and shelters). */
export async function findGroupNames(tx: Tx, ids: readonly string[]): Promise<UnitNameRow[]> {
  if (ids.length === 0) return [];
  return (
    await sql<UnitNameRow>`
SELECT u.id::text AS id, u.name FROM units u WHERE u.id = ANY (${[...ids]}::uuid[])
UNION ALL
SELECT o.id::text, o.name FROM organisations o WHERE o.id = ANY (${[...ids]}::uuid[])`.execute(tx)
  ).rows;
}

export interface MunicipalityRow {
  readonly id: string;
  readonly name: string;
}

/** Every municipality (names only: the national view lists them side by side). */
export async function findMunicipalities(tx: Tx): Promise<MunicipalityRow[]> {
  return (
    await sql<MunicipalityRow>`SELECT o.id, o.name FROM organisations o WHERE o.kind = 'municipality' ORDER BY o.name, o.id`.execute(
      tx,
    )
  ).rows;
}

/**
 * SQL for the status report: the facts the domain counts (`countMethodPeriod`) about the
 * municipality's handlekommune citizens (surviving records and the records linked to them, as
 * the key figures count them) and their support courses in the two periods. Only the
 * organisation's own people are read; nothing leaves but the suppressed aggregates the domain
 * builds from these rows.
 */
import { sql, type RawBuilder, type Transaction } from 'kysely';
import type {
  HousingCategory,
  IsoDate,
  ReportContactKind,
  ReportCourseFact,
  ReportDecisionFact,
  SupportMethod,
  VumArea,
} from '@hjemvej/domain';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export interface ReportWindow {
  readonly key: string;
  readonly from: IsoDate;
  readonly to: IsoDate;
}

/** The municipality's people (surviving records) and every record of theirs. */
function recordsOf(municipalityId: string): RawBuilder<unknown> {
  return sql`
person AS (SELECT c.id AS person_id FROM citizens c WHERE c.merged_into_id IS NULL AND c.handlekommune_id = ${municipalityId}),
rec AS (
  SELECT person_id, person_id AS citizen_id FROM person
  UNION ALL
  SELECT c.merged_into_id, c.id FROM citizens c WHERE c.merged_into_id IN (SELECT person_id FROM person)
)`;
}

/** A course as the statement returns it: a course without dated phases has none (null). */
type CourseRow = Omit<ReportCourseFact, 'phases'> & { readonly phases: ReportCourseFact['phases'] | null };

/** Support courses running on some day of [from, to]. */
export async function findReportCourses(tx: Tx, municipalityId: string, from: IsoDate, to: IsoDate): Promise<ReportCourseFact[]> {
  const result = await sql<CourseRow>`
WITH ${recordsOf(municipalityId)}
SELECT sc.id, r.person_id AS "personId", sc.method, sc.team_unit_id AS "teamUnitId", sc.worker_user_id AS "workerUserId",
       sc.started_on AS "startedOn", sc.ended_on AS "endedOn", sc.end_reason AS "endReason",
       sc.decision_id IS NOT NULL AS "hasDecision",
       (SELECT json_agg(json_build_object('phase', ph.phase, 'startedOn', ph.started_on) ORDER BY ph.phase)
        FROM support_course_phases ph WHERE ph.support_course_id = sc.id AND ph.started_on IS NOT NULL) AS phases
FROM support_courses sc JOIN rec r ON r.citizen_id = sc.citizen_id
WHERE sc.started_on <= ${to}::date AND (sc.ended_on IS NULL OR sc.ended_on >= ${from}::date)
ORDER BY sc.started_on, sc.id`.execute(tx);
  return result.rows.map((row) => ({ ...row, phases: row.phases ?? [] }));
}

export interface ReportPersonRow {
  readonly personId: string;
  readonly birthDate: IsoDate | null;
  readonly sex: 'male' | 'female' | null;
}

/** Birth date and legal sex (from the CPR number's last digit) of the given people. */
export async function findReportPeople(tx: Tx, personIds: readonly string[]): Promise<ReportPersonRow[]> {
  if (personIds.length === 0) return [];
  const result = await sql<ReportPersonRow>`
SELECT c.id AS "personId", c.birth_date AS "birthDate",
       CASE WHEN c.cpr ~ '^[0-9]{10}$' THEN CASE WHEN right(c.cpr, 1)::int % 2 = 1 THEN 'male' ELSE 'female' END END AS sex
FROM citizens c WHERE c.id = ANY (${[...personIds]}::uuid[])`.execute(tx);
  return result.rows;
}

/** The given people and every record linked to them. */
function recordsOfPeople(personIds: readonly string[]): RawBuilder<unknown> {
  return sql`
rec AS (
  SELECT c.id AS person_id, c.id AS citizen_id FROM citizens c WHERE c.id = ANY (${[...personIds]}::uuid[])
  UNION ALL
  SELECT c.merged_into_id, c.id FROM citizens c WHERE c.merged_into_id = ANY (${[...personIds]}::uuid[])
)`;
}

/** A statement (from its leading newline) over the given people's records (`rec`), its rows; none for no people. */
async function readOverPeopleRecords<R>(tx: Tx, personIds: readonly string[], statement: RawBuilder<unknown>): Promise<R[]> {
  if (personIds.length === 0) return [];
  const result = await sql<R>`
WITH ${recordsOfPeople(personIds)}${statement}`.execute(tx);
  return result.rows;
}

export interface ReportHousingRow {
  readonly personId: string;
  readonly category: HousingCategory;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
}

export async function findReportHousing(tx: Tx, personIds: readonly string[], asOf: IsoDate): Promise<ReportHousingRow[]> {
  return readOverPeopleRecords<ReportHousingRow>(
    tx,
    personIds,
    sql`
SELECT r.person_id AS "personId", hp.category, hp.from_date AS "from", hp.to_date AS "to"
FROM housing_periods hp JOIN rec r ON r.citizen_id = hp.citizen_id
WHERE hp.from_date <= ${asOf}::date
ORDER BY hp.from_date`,
  );
}

export interface ReportPlanRow {
  readonly personId: string;
  readonly madeOn: IsoDate;
  readonly endedOn: IsoDate | null;
}

/** § 141 handleplans of the given people. */
export async function findReportPlans(tx: Tx, personIds: readonly string[], asOf: IsoDate): Promise<ReportPlanRow[]> {
  return readOverPeopleRecords<ReportPlanRow>(
    tx,
    personIds,
    sql`
SELECT r.person_id AS "personId", p.made_on AS "madeOn", p.ended_on AS "endedOn"
FROM plans p JOIN rec r ON r.citizen_id = p.citizen_id
WHERE p.kind = '141' AND p.made_on <= ${asOf}::date`,
  );
}

export interface ReportAssessmentRow {
  readonly personId: string;
  readonly assessedOn: IsoDate;
  readonly severeAreas: VumArea[];
}

/** VUM 2.0 assessments with the areas whose function level is severely or completely reduced. */
export async function findReportAssessments(tx: Tx, personIds: readonly string[], asOf: IsoDate): Promise<ReportAssessmentRow[]> {
  return readOverPeopleRecords<ReportAssessmentRow>(
    tx,
    personIds,
    sql`
SELECT r.person_id AS "personId", a.assessed_on AS "assessedOn",
       array(SELECT e->>'area' FROM jsonb_array_elements(a.areas) e
             WHERE e->>'functionLevel' IN ('severe', 'complete')) AS "severeAreas"
FROM assessments a JOIN rec r ON r.citizen_id = a.citizen_id
WHERE a.assessed_on <= ${asOf}::date`,
  );
}

/** § 85 a decisions about a method for the municipality's citizens made in [from, to]. */
export async function findReportDecisions(
  tx: Tx,
  municipalityId: string,
  from: IsoDate,
  to: IsoDate,
): Promise<ReportDecisionFact[]> {
  const result = await sql<ReportDecisionFact>`
WITH ${recordsOf(municipalityId)}
SELECT d.method, d.outcome, d.decided_on AS "decidedOn"
FROM decisions d JOIN rec r ON r.citizen_id = d.citizen_id
WHERE d.kind = '85a' AND d.method IS NOT NULL AND d.decided_on BETWEEN ${from}::date AND ${to}::date`.execute(tx);
  return result.rows;
}

export interface ReportContactCount {
  readonly window: string;
  readonly method: SupportMethod;
  readonly kind: ReportContactKind;
  readonly count: number;
}

/** Contacts registered on the municipality's citizens' support courses, per window, method and kind. */
export async function countReportContacts(
  tx: Tx,
  municipalityId: string,
  windows: readonly ReportWindow[],
): Promise<ReportContactCount[]> {
  const result = await sql<ReportContactCount>`
WITH ${recordsOf(municipalityId)},
win AS (
  SELECT w.key, w.from_on, w.to_on
  FROM unnest(${windows.map((w) => w.key)}::text[], ${windows.map((w) => w.from)}::date[], ${windows.map((w) => w.to)}::date[])
       AS w(key, from_on, to_on)
)
SELECT win.key AS "window", sc.method, ct.kind, count(*)::int AS count
FROM support_contacts ct
JOIN support_courses sc ON sc.id = ct.support_course_id
JOIN rec r ON r.citizen_id = sc.citizen_id
JOIN win ON ct.contact_on BETWEEN win.from_on AND win.to_on
GROUP BY win.key, sc.method, ct.kind`.execute(tx);
  return result.rows;
}

/**
 * Synthetic citizens in bulk, for benchmarks and load tests: `count` citizens of one
 * municipality with short, valid histories (housing periods that follow each other, a stay at
 * the given shelter with an intake conversation, assessment, plan and its version, § 85 a
 * decision and its version, an allocation and move-in, a support course with CTI phases and
 * contacts, follow-ups), written in batches with multi-row inserts.
 *
 * Deterministic by `seed`: the same seed and `today` give the same people and dates (the row
 * ids are random UUIDs, so a seed can be loaded twice). CPR serials are in the fictional range
 * 9000–9899 (see citizens/fictional-people.ts); every citizen is marked is_demo. No audit
 * events are written: this is test data, not anybody's work.
 */
import { randomUUID } from 'node:crypto';
import type { AssessmentContent, DecisionContent, PlanContent } from '@hjemvej/contract';
import {
  addDays,
  addMonths,
  daysBetween,
  type HousingCategory,
  maxIsoDate,
  minIsoDate,
  type IsoDate,
  type SupportMethod,
  vumAreas,
  mulberry32,
} from '@hjemvej/domain';
import type { Db } from '../database/connection';
import { todayInDenmark } from '../calendar/danish-time';
import { defaultAppealGuidance } from '../modules/decisions/appeal-guidance';
import { completeAreas } from '../modules/assessments/assessment-queries';
import { completeIntake } from '../modules/shelter-stays/shelter-stay-queries';
import { defaultCtiChecklists } from '../modules/support-courses/cti-checklists';
import {
  femaleFirstNames,
  fictionalCpr,
  fjordboAddress,
  fjordboRent,
  lastNames,
  maleFirstNames,
} from './citizens/fictional-people';
import { assessmentAreas, assessmentSummaries, planGoals, storyAt } from './citizens/stories';
import { appendRecordRows, assessmentRows, decisionRows, planRows } from './records/course-records';
import { emptyDemoRows, insertDemoRows, type DemoRows } from './records/demo-rows';

export interface GenerateCitizensOptions {
  /** The handlekommune of every generated citizen. */
  readonly municipalityId: string;
  /** A § 110 shelter (organisation of kind 'shelter') where the stays are. */
  readonly shelterId: string;
  readonly count: number;
  readonly seed: number;
  /** Default: today in Denmark. All dates are relative to it. */
  readonly today?: IsoDate;
  /** Citizens per transaction; default 500. */
  readonly batchSize?: number;
  /** Written as the author of the rows (e.g. a caseworker); default none. */
  readonly createdByUserId?: string | null;
  /** A support team (unit) of the municipality for the courses; without one no courses are made. */
  readonly teamUnitId?: string | null;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface GenerateCitizensResult {
  readonly citizens: number;
  readonly rows: number;
}

/** The demo's seedable generator: the domain's mulberry32 (deterministic across platforms). */
export function seededRandom(seed: number): () => number {
  return mulberry32(seed);
}

const tableOrder = [
  'citizens',
  'housing_periods',
  'shelter_stays',
  'assessments',
  'assessment_versions',
  'plans',
  'plan_versions',
  'decisions',
  'decision_versions',
  'housing_allocations',
  'support_courses',
  'support_course_phases',
  'support_contacts',
  'outcome_follow_ups',
] as const;
type GeneratedTable = (typeof tableOrder)[number];

type Rows = DemoRows<GeneratedTable>;

const homelessBefore: readonly HousingCategory[] = [
  'rough_sleeping',
  'rough_sleeping',
  'night_shelter',
  'family_friends',
  'family_friends',
  'hotel_hostel',
  'prison_release',
  'hospital_discharge',
  'other_homeless',
  'transitional_housing',
];
const methods: readonly SupportMethod[] = ['cti', 'cti', 'icm', 'icm', 'act', 'm_act'];

/** Rows in one multi-row insert, under PostgreSQL's 65 535 bind parameters. */
const chunkRows = 1_000;

export async function generateCitizens(db: Db, options: GenerateCitizensOptions): Promise<GenerateCitizensResult> {
  const today = options.today ?? todayInDenmark();
  const batchSize = Math.max(1, options.batchSize ?? 500);
  const random = seededRandom(options.seed);
  const municipality = await db
    .selectFrom('organisations')
    .select('name')
    .where('id', '=', options.municipalityId)
    .executeTakeFirstOrThrow();
  const appealGuidance = defaultAppealGuidance(municipality.name);
  let rowCount = 0;
  for (let done = 0; done < options.count;) {
    const size = Math.min(batchSize, options.count - done);
    const rows = emptyDemoRows(tableOrder);
    for (let i = 0; i < size; i += 1) {
      generateOne(rows, random, { ...options, today, appealGuidance, index: done + i });
    }
    await db.transaction().execute(async (tx) => {
      rowCount += await insertDemoRows(tx, rows, chunkRows);
    });
    done += size;
    options.onProgress?.(done, options.count);
  }
  return { citizens: options.count, rows: rowCount };
}

interface OneContext extends GenerateCitizensOptions {
  readonly today: IsoDate;
  readonly appealGuidance: string;
  readonly index: number;
}

function generateOne(rows: Rows, random: () => number, o: OneContext): void {
  const pick = <T>(list: readonly T[]): T => {
    const value = list[Math.floor(random() * list.length)];
    if (value === undefined) throw new Error('empty list');
    return value;
  };
  const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1));
  const d = (n: number) => addDays(o.today, n);
  const by = o.createdByUserId ?? null;
  const author = by === null ? null : { id: by, name: null };
  const at = (date: IsoDate) => new Date(`${date}T10:00:00+01:00`);

  const sex = random() < 0.7 ? 'm' : 'f';
  const born = addDays('1950-01-01', int(0, 54 * 365));
  const story = storyAt(int(0, 11));
  const citizenId = randomUUID();
  const stage = random();
  // Stage: 0–0.2 homeless outside the shelter, 0.2–0.45 at the shelter, the rest housed.
  const kind = stage < 0.2 ? 'street' : stage < 0.45 ? 'shelter' : 'housed';
  const homelessSince = kind === 'street' ? int(3, 600) : kind === 'shelter' ? int(5, 200) : int(120, 900);
  const registeredOn = d(-homelessSince);
  const noCpr = random() < 0.05;

  rows.citizens.push({
    id: citizenId,
    handlekommune_id: o.municipalityId,
    cpr: noCpr ? null : fictionalCpr(born, sex, 9_000 + int(0, 449) * 2),
    birth_date: noCpr ? `${born.slice(0, 4)}-01-01` : born,
    birth_date_is_approximate: noCpr,
    first_name: pick(sex === 'm' ? maleFirstNames : femaleFirstNames),
    last_name: pick(lastNames),
    alias: noCpr ? `Kaldenavn ${o.index + 1}` : null,
    phone: null,
    email: null,
    contact_note: null,
    merged_into_id: null,
    created_by_organisation_id: kind === 'street' ? o.municipalityId : o.shelterId,
    updated_by_user_id: by,
    is_demo: true,
    created_at: at(registeredOn),
    updated_at: at(registeredOn),
  });

  const periods: [HousingCategory, IsoDate][] = [[pick(homelessBefore), registeredOn]];
  if (kind === 'street') {
    if (homelessSince > 60 && random() < 0.5) periods.push([pick(homelessBefore), d(-int(1, homelessSince - 30))]);
    pushPeriods(rows, citizenId, periods, by, at);
    return;
  }

  const admittedOn = kind === 'shelter' ? d(-int(1, Math.min(homelessSince - 1, 150))) : d(-homelessSince + int(10, 60));
  periods.push(['shelter_110', admittedOn]);
  const stayNights = kind === 'housed' ? int(20, Math.min(90, daysBetween(admittedOn, o.today) - 1)) : 0;
  const moveInOn = kind === 'housed' ? addDays(admittedOn, stayNights) : null;
  if (moveInOn) periods.push(['own_home_with_lease', moveInOn]);
  const periodIds = pushPeriods(rows, citizenId, periods, by, at);

  const notifiedOn = random() < 0.9 ? minIsoDate(addDays(admittedOn, int(0, 6)), o.today) : null;
  rows.shelter_stays.push({
    citizen_id: citizenId,
    shelter_id: o.shelterId,
    admitted_on: admittedOn,
    referral: random() < 0.7 ? 'self' : 'referred',
    referred_by: null,
    intake: JSON.stringify(completeIntake(story.intake)),
    handlekommune_notified_on: notifiedOn,
    discharged_on: moveInOn,
    discharge_reason: moveInOn ? 'planned' : null,
    discharge_destination: moveInOn ? 'own_home_with_lease' : null,
    created_by_user_id: null,
    updated_by_user_id: null,
    created_at: at(admittedOn),
    updated_at: at(moveInOn ?? admittedOn),
  });

  const daysAtShelter = moveInOn ? stayNights : daysBetween(admittedOn, o.today);
  if (daysAtShelter < 7 || (kind === 'shelter' && random() < 0.3)) return;

  const assessedOn = addDays(admittedOn, int(3, 6));
  const areas = assessmentAreas(story.profile)
    .sort((a, b) => vumAreas.indexOf(a[0]) - vumAreas.indexOf(b[0]))
    .map(([area, functionLevel, supportNeed, goalType, note]) => ({ area, functionLevel, supportNeed, goalType, note }));
  const assessment: AssessmentContent = {
    assessedOn,
    areas: completeAreas(areas),
    summary: assessmentSummaries[story.profile],
    citizenView: story.view,
  };
  appendRecordRows(
    rows,
    assessmentRows({ citizenId, areas, versions: [{ content: assessment, savedAt: at(assessedOn) }], by: author }),
  );

  const madeOn = addDays(admittedOn, int(5, 7));
  const content: PlanContent = {
    kind: moveInOn ? '141' : '142',
    madeOn,
    endedOn: null,
    goals: planGoals(story.profile).map(([lifeArea, goal]) => ({ lifeArea, goal, note: null })),
    citizenWishes: story.wishes,
    responsible: [{ name: 'Sagsbehandler', unit: 'Myndighed voksne', task: null }],
    followUps: [{ dueOn: addDays(madeOn, 30), note: 'Opfølgning på planen', doneOn: null }],
  };
  appendRecordRows(rows, planRows({ citizenId, versions: [{ content, savedAt: at(madeOn) }], by: author }));
  if (!moveInOn) return;

  const method = pick(methods);
  const decidedOn = addDays(moveInOn, -int(7, 16));
  const decision: DecisionContent = {
    kind: '85a',
    method,
    outcome: 'granted',
    decidedOn,
    periodFrom: decidedOn,
    periodTo: method === 'cti' ? addMonths(moveInOn, 10) : null,
    reasons: 'Støtte efter § 85 a i overgangen til og i egen bolig.',
    wishedProvider: null,
    wishFollowed: null,
    reasonIfNotFollowed: null,
    appealGuidance: o.appealGuidance,
  };
  const decisionId = appendRecordRows(
    rows,
    decisionRows({
      citizenId,
      organisationId: o.municipalityId,
      versions: [{ content: decision, savedAt: at(decidedOn) }],
      by: author,
    }),
  );

  const allocationId = randomUUID();
  const allocatedOn = maxIsoDate(addDays(moveInOn, -int(10, 25)), admittedOn);
  rows.housing_allocations.push({
    id: allocationId,
    citizen_id: citizenId,
    address: fjordboAddress(o.index),
    landlord: 'Boligselskabet Fjordbo',
    partner_id: null,
    monthly_rent: fjordboRent(o.index),
    rooms: 1 + (o.index % 2),
    allocated_on: allocatedOn,
    lease_signed_on: maxIsoDate(allocatedOn, addDays(moveInOn, -5)),
    planned_move_in_on: moveInOn,
    move_in_on: moveInOn,
    withdrawn_on: null,
    withdrawal_reason: null,
    move_in_housing_period_id: periodIds.at(-1) ?? null,
    note: null,
    created_by_user_id: by,
    updated_by_user_id: by,
    created_at: at(allocatedOn),
    updated_at: at(moveInOn),
    version: 3,
  });

  for (const milestone of [3, 6, 12] as const) {
    const checkedOn = addDays(addMonths(moveInOn, milestone), 2);
    if (checkedOn > o.today) break;
    rows.outcome_follow_ups.push({
      citizen_id: citizenId,
      housing_allocation_id: allocationId,
      milestone,
      checked_on: checkedOn,
      keeps_home: true,
      lost_home_on: null,
      returned_from_housing: false,
      returned_housing_period_id: null,
      note: null,
      created_by_user_id: by,
      updated_by_user_id: by,
      created_at: at(checkedOn),
      updated_at: at(checkedOn),
    });
  }

  if (!o.teamUnitId) return;
  const courseId = randomUUID();
  const startedOn = method === 'cti' ? addDays(decidedOn, 1) : moveInOn;
  const phaseStarts: IsoDate[] = [];
  let endedOn: IsoDate | null = null;
  if (method === 'cti') {
    let start = moveInOn;
    while (phaseStarts.length < 3 && start <= o.today) {
      phaseStarts.push(start);
      start = addMonths(start, 3);
    }
    if (phaseStarts.length === 3 && start <= o.today) endedOn = start;
  }
  rows.support_courses.push({
    id: courseId,
    citizen_id: citizenId,
    method,
    decision_id: decisionId,
    team_unit_id: o.teamUnitId,
    worker_user_id: null,
    started_on: startedOn,
    ended_on: endedOn,
    end_reason: endedOn ? 'completed' : null,
    end_note: null,
    note: null,
    created_by_user_id: by,
    updated_by_user_id: by,
    created_at: at(startedOn),
    updated_at: at(endedOn ?? startedOn),
  });
  if (method === 'cti') {
    for (const phase of [1, 2, 3] as const) {
      const phaseStart = phaseStarts[phase - 1] ?? null;
      const finished = phaseStarts[phase] !== undefined || endedOn !== null;
      rows.support_course_phases.push({
        support_course_id: courseId,
        phase,
        started_on: phaseStart,
        checklist: JSON.stringify(
          defaultCtiChecklists[phase].map((label) => ({
            label,
            done: phaseStart !== null && finished,
            doneOn: phaseStart !== null && finished ? addDays(phaseStart, 30) : null,
          })),
        ),
      });
    }
  }
  for (let contact = startedOn, n = 0; contact <= (endedOn ?? o.today) && n < 6; contact = addDays(contact, 14), n += 1) {
    rows.support_contacts.push({
      support_course_id: courseId,
      contact_on: contact,
      kind: n % 3 === 2 ? 'phone' : 'visit',
      note: null,
      by_user_id: null,
      created_at: at(contact),
    });
  }
}

function pushPeriods(
  rows: Rows,
  citizenId: string,
  periods: readonly [HousingCategory, IsoDate][],
  by: string | null,
  at: (date: IsoDate) => Date,
): string[] {
  return periods.map(([category, from], index) => {
    const id = randomUUID();
    const to = periods[index + 1]?.[1] ?? null;
    rows.housing_periods.push({
      id,
      citizen_id: citizenId,
      category,
      from_date: from,
      to_date: to,
      note: null,
      created_by_user_id: by,
      created_at: at(from),
      updated_at: at(to ?? from),
    });
    return id;
  });
}

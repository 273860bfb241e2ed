/**
 * The demo's citizens: loaded once with the demo, valid by the domain's own validators, and
 * showing what the legal rules should show for the key citizens (blocked discharge, late and
 * missing notification, § 142, reimbursement, CTI). Also the bulk generator for benchmarks.
 * Runs on a scratch database of its own (PGlite, or a fresh PostgreSQL database).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  assessmentAreaSchema,
  assessmentContentSchema,
  ctiChecklistItemSchema,
  decisionContentSchema,
  flowcardStepSchema,
  planContentSchema,
  stayIntakeSchema,
} from '@hjemvej/contract';
import {
  addYears,
  holidaysAround,
  keyFigureDefinitionsOf,
  keyFigureVersions,
  type CourseSnapshot,
  evaluateCourse,
  planFlowcard,
  validateFlowcard,
  housingCategories,
  isHomeless,
  parseCpr,
  type RuleResult,
  situationAt,
  validateCourseSnapshot,
  validateHousingPeriods,
  currentTaskforcePhase,
  findPhaseOrderProblem,
  isActivityOverdue,
} from '@hjemvej/domain';
import { parseDatabaseUrl } from '../src/config/database-url';
import { openDatabase, type DatabaseHandle, type Db } from '../src/database/connection';
import { migrateToLatest } from '../src/database/migrator';
import { todayInDenmark } from '../src/calendar/danish-time';
import { demoAccounts } from '../src/demo/demo-accounts';
import { demoHousingAssociationAccount } from '../src/demo/housing-supply';
import { generateCitizens } from '../src/demo/generate-citizens';
import { seedDemo } from '../src/demo/seed-demo';
import { findDemoFlowcardIds } from '../src/demo/flowcards';
import { demoKeyCitizens } from '../src/demo/seed-demo-citizens';
import { demoOrganisationId } from '../src/demo/records/demo-lookup-queries';
import { findMemberRows } from '../src/modules/key-figures/key-figures-queries';
import { createScratchDatabase, type ScratchDatabase } from './support/scratch-database';
import { createOrganisation, createUnit } from './support/factories';

let scratch: ScratchDatabase;
let handle: DatabaseHandle;
let db: Db;
const today = todayInDenmark();
const steps: string[] = [];
let seedMs = 0;

beforeAll(async () => {
  scratch = await createScratchDatabase();
  handle = await openDatabase(parseDatabaseUrl(scratch.url), { poolSize: 4 });
  db = handle.db;
  await migrateToLatest(db);
  const started = performance.now();
  await seedDemo(db, (step) => steps.push(step));
  seedMs = performance.now() - started;
});

afterAll(async () => {
  await handle?.close();
  await scratch?.drop();
});

async function findCitizen(name: { firstName: string; lastName: string }): Promise<string> {
  const row = await db
    .selectFrom('citizens')
    .select('id')
    .where('first_name', '=', name.firstName)
    .where('last_name', '=', name.lastName)
    .where('is_demo', '=', true)
    .executeTakeFirstOrThrow();
  return row.id;
}

/** The person (surviving record and linked duplicates) as the domain's snapshot. */
async function snapshotOf(rootId: string): Promise<CourseSnapshot> {
  const records = await db
    .selectFrom('citizens')
    .select('id')
    .where((eb) => eb.or([eb('id', '=', rootId), eb('merged_into_id', '=', rootId)]))
    .execute();
  const ids = records.map((r) => r.id);
  const stays = await db.selectFrom('shelter_stays').selectAll().where('citizen_id', 'in', ids).execute();
  const plans = await db.selectFrom('plans').selectAll().where('citizen_id', 'in', ids).execute();
  const decisions = await db.selectFrom('decisions').selectAll().where('citizen_id', 'in', ids).execute();
  const allocations = await db.selectFrom('housing_allocations').selectAll().where('citizen_id', 'in', ids).execute();
  const courses = await db.selectFrom('support_courses').selectAll().where('citizen_id', 'in', ids).execute();
  const phases = courses.length
    ? await db
        .selectFrom('support_course_phases')
        .selectAll()
        .where(
          'support_course_id',
          'in',
          courses.map((c) => c.id),
        )
        .execute()
    : [];
  return {
    citizenId: rootId,
    stays: stays.map((s) => ({
      id: s.id,
      admittedOn: s.admitted_on,
      dischargedOn: s.discharged_on,
      handlekommuneNotifiedOn: s.handlekommune_notified_on,
    })),
    plans: plans.map((p) => ({ id: p.id, kind: p.kind, madeOn: p.made_on, endedOn: p.ended_on })),
    decisions: decisions.map((d) => ({
      id: d.id,
      kind: d.kind,
      decidedOn: d.decided_on,
      outcome: d.outcome,
      method: d.method,
      periodFrom: d.period_from,
      periodTo: d.period_to,
      providerWish:
        d.wished_provider === null
          ? null
          : {
              wishedProvider: d.wished_provider,
              followed: d.wish_followed === true,
              reasonIfNotFollowed: d.reason_if_not_followed,
            },
    })),
    housingAllocations: allocations.map((a) => ({
      id: a.id,
      allocatedOn: a.allocated_on,
      leaseSignedOn: a.lease_signed_on,
      moveInOn: a.move_in_on,
      withdrawnOn: a.withdrawn_on,
    })),
    supportCourses: courses.map((c) => ({
      id: c.id,
      method: c.method,
      startedOn: c.started_on,
      endedOn: c.ended_on,
      ctiPhases: phases
        .filter((p) => p.support_course_id === c.id && p.started_on !== null)
        .map((p) => ({ phase: p.phase, startedOn: p.started_on as string })),
    })),
  };
}

async function rulesFor(name: { firstName: string; lastName: string }): Promise<RuleResult[]> {
  return evaluateCourse(await snapshotOf(await findCitizen(name)), today);
}

function rule<Id extends RuleResult['ruleId']>(results: RuleResult[], id: Id): Extract<RuleResult, { ruleId: Id }> {
  const found = results.find((r) => r.ruleId === id);
  if (!found) throw new Error(`no result for ${id}`);
  return found as Extract<RuleResult, { ruleId: Id }>;
}

describe('demo citizens', () => {
  it('loads about 60 citizens in Demo Kommune and four in Nabo Kommune, all demo, with progress lines', async () => {
    console.info(`demo seed took ${Math.round(seedMs)} ms; steps: ${steps.join(' | ')}`);
    expect(steps).toContain('citizens: at Forsorgshjemmet Havnely');
    const demo = await demoOrganisationId(db, 'Demo Kommune');
    const nabo = await demoOrganisationId(db, 'Nabo Kommune');
    const citizens = await db.selectFrom('citizens').selectAll().execute();
    expect(citizens.every((c) => c.is_demo)).toBe(true);
    // The hand-made scenarios have 99xx serials (or no CPR); the key figures' history (key-figure-history.ts) 90xx–95xx.
    const isHandMade = (c: { cpr: string | null }) => c.cpr === null || c.cpr.slice(6, 8) === '99';
    const inDemo = citizens.filter((c) => c.handlekommune_id === demo && c.merged_into_id === null && isHandMade(c));
    expect(inDemo.length).toBeGreaterThanOrEqual(55);
    expect(inDemo.length).toBeLessThanOrEqual(70);
    const history = citizens.filter((c) => c.handlekommune_id === demo && !isHandMade(c));
    expect(history).toHaveLength(140);
    expect(citizens.filter((c) => c.handlekommune_id === nabo)).toHaveLength(4);
    const withoutCpr = citizens.filter((c) => c.cpr === null);
    expect(withoutCpr.length).toBeGreaterThanOrEqual(3);
    expect(withoutCpr.every((c) => c.alias !== null && c.birth_date_is_approximate)).toBe(true);
    expect(citizens.filter((c) => c.merged_into_id !== null)).toHaveLength(1);
    // The citizens come with no further users: the demo's accounts are the ones printed at start.
    const users = await db.selectFrom('users').select('email').execute();
    expect(users.map((u) => u.email).sort()).toEqual(
      [...demoAccounts.map((a) => a.email), demoHousingAssociationAccount.email].sort(),
    );
  });

  it('gives every CPR number a real date part and a fictional 90xx–99xx serial, each once', async () => {
    const rows = await db.selectFrom('citizens').select(['cpr', 'birth_date']).where('cpr', 'is not', null).execute();
    const cprs = rows.map((r) => r.cpr as string);
    expect(new Set(cprs).size).toBe(cprs.length);
    for (const row of rows) {
      const parsed = parseCpr(row.cpr as string, { today });
      expect(parsed.ok, row.cpr ?? '').toBe(true);
      if (parsed.ok) expect(parsed.cpr.birthDate).toBe(row.birth_date);
      expect(Number((row.cpr as string).slice(6, 8))).toBeGreaterThanOrEqual(90);
    }
  });

  it('passes the domain validators for every citizen and stores the JSON the app reads', async () => {
    const roots = await db.selectFrom('citizens').select('id').where('merged_into_id', 'is', null).execute();
    for (const { id } of roots) {
      const periods = await db.selectFrom('housing_periods').selectAll().where('citizen_id', '=', id).execute();
      expect(validateHousingPeriods(periods.map((p) => ({ category: p.category, from: p.from_date, to: p.to_date })))).toEqual(
        [],
      );
      expect(validateCourseSnapshot(await snapshotOf(id)), id).toEqual([]);
    }
    for (const stay of await db.selectFrom('shelter_stays').select('intake').execute())
      expect(stayIntakeSchema.safeParse(stay.intake).success).toBe(true);
    for (const a of await db.selectFrom('assessments').select('areas').execute())
      expect(assessmentAreaSchema.array().min(1).safeParse(a.areas).success).toBe(true);
    const plans = await db.selectFrom('plans').selectAll().execute();
    for (const p of plans) {
      const versions = await db.selectFrom('plan_versions').selectAll().where('plan_id', '=', p.id).orderBy('version').execute();
      expect(versions.map((v) => v.version)).toEqual(Array.from({ length: p.version }, (_, i) => i + 1));
      const last = planContentSchema.parse(versions.at(-1)?.content);
      expect({ kind: last.kind, madeOn: last.madeOn, endedOn: last.endedOn }).toEqual({
        kind: p.kind,
        madeOn: p.made_on,
        endedOn: p.ended_on,
      });
      expect(p.content).toEqual({
        goals: last.goals,
        citizenWishes: last.citizenWishes,
        responsible: last.responsible,
        followUps: last.followUps,
      });
    }
    expect(plans.filter((p) => p.version === 2).length).toBeGreaterThanOrEqual(5);
    const decisions = await db.selectFrom('decisions').selectAll().execute();
    for (const d of decisions) {
      const versions = await db.selectFrom('decision_versions').selectAll().where('decision_id', '=', d.id).execute();
      expect(versions).toHaveLength(d.version);
      const last = decisionContentSchema.parse(versions.find((v) => v.version === d.version)?.content);
      expect(last.reasons).toBe(d.reasons);
      expect(last.decidedOn).toBe(d.decided_on);
    }
    expect(new Set(decisions.map((d) => d.kind))).toEqual(new Set(['85a', '107', '108', '110']));
    for (const phase of await db.selectFrom('support_course_phases').select('checklist').execute())
      expect(ctiChecklistItemSchema.array().min(1).safeParse(phase.checklist).success).toBe(true);
    for (const a of await db.selectFrom('assessments').select(['id', 'version', 'assessed_on']).execute()) {
      const versions = await db.selectFrom('assessment_versions').selectAll().where('assessment_id', '=', a.id).execute();
      expect(versions.map((v) => v.version)).toEqual([a.version]);
      expect(assessmentContentSchema.parse(versions[0]?.content).assessedOn).toBe(a.assessed_on);
    }
    // Every course's decision is the same citizen's § 85 a grant of the course's method (as the service demands).
    const linked = await db
      .selectFrom('support_courses as sc')
      .innerJoin('decisions as d', 'd.id', 'sc.decision_id')
      .select([
        'sc.method',
        'sc.citizen_id as courseCitizen',
        'd.citizen_id as decisionCitizen',
        'd.kind',
        'd.method as decisionMethod',
        'd.outcome',
      ])
      .execute();
    expect(linked.length).toBeGreaterThan(5);
    for (const l of linked) {
      expect(l).toMatchObject({ kind: '85a', outcome: 'granted', decisionMethod: l.method, decisionCitizen: l.courseCitizen });
    }
    const methods = await db.selectFrom('support_courses').select('method').distinct().execute();
    expect(methods.map((m) => m.method).sort()).toEqual(['act', 'cti', 'icm', 'm_act']);
    const rents = (await db.selectFrom('housing_allocations').select('monthly_rent').execute()).map((a) =>
      Number(a.monthly_rent),
    );
    expect(rents.every((r) => r >= 3_500 && r <= 5_500)).toBe(true);
  });

  it('has a citizen in every housing category today', async () => {
    const roots = await db.selectFrom('citizens').select('id').where('merged_into_id', 'is', null).execute();
    const seen = new Set<string>();
    for (const { id } of roots) {
      const periods = await db.selectFrom('housing_periods').selectAll().where('citizen_id', '=', id).execute();
      const now = situationAt(
        periods.map((p) => ({ category: p.category, from: p.from_date, to: p.to_date })),
        today,
      );
      if (now) seen.add(now.category);
    }
    expect([...seen].sort()).toEqual(housingCategories.filter((c) => c !== 'unknown').sort());
  });

  it('shows the legal rules true for the key citizens', async () => {
    const blocked = rule(await rulesFor(demoKeyCitizens.blockedDischarge), 'discharge_conditions_110_5');
    expect(blocked.status).toBe('missing');
    expect(blocked.details.missing).toContain('support_decision');
    expect(blocked.details.missing).not.toContain('plan');
    expect(blocked.details.missing).not.toContain('housing_or_residential_offer');

    const late = rule(await rulesFor(demoKeyCitizens.lateNotification), 'handlekommune_notification_110_6');
    expect([late.status, late.details.state]).toEqual(['overdue', 'late']);
    const missing = rule(await rulesFor(demoKeyCitizens.missingNotification), 'handlekommune_notification_110_6');
    expect([missing.status, missing.details.state]).toEqual(['missing', 'missing']);
    const pending = rule(await rulesFor(demoKeyCitizens.pendingNotification), 'handlekommune_notification_110_6');
    expect(pending.details.state).toBe('pending');

    const noPlan = rule(await rulesFor(demoKeyCitizens.noPlan142), 'shelter_plan_142');
    expect(noPlan.status).toBe('missing');
    expect(noPlan.details.daysLasted).toBeGreaterThan(14);

    const cap = rule(await rulesFor(demoKeyCitizens.nearReimbursementCap), 'reimbursement_days_110');
    expect(cap.status).toBe('warning');
    expect(cap.details.usedShare).toBeGreaterThanOrEqual(0.8);

    const ready = rule(await rulesFor(demoKeyCitizens.readyToMove), 'discharge_conditions_110_5');
    expect(ready.details.missing).toEqual(['lease_and_move_in']);

    expect(rule(await rulesFor(demoKeyCitizens.ctiOverdue), 'cti_phase_transition').status).toBe('overdue');
    expect(rule(await rulesFor(demoKeyCitizens.newlyMovedIn), 'cti_phase_transition').details.currentPhase).toBe('contact');
    expect(rule(await rulesFor(demoKeyCitizens.ctiPhase1), 'cti_phase_transition').details.currentPhase).toBe(1);
    expect(rule(await rulesFor(demoKeyCitizens.ctiPhase2), 'cti_phase_transition').details.currentPhase).toBe(2);
    expect(rule(await rulesFor(demoKeyCitizens.ctiPhase3), 'cti_phase_transition').details.currentPhase).toBe(3);

    const wish = rule(await rulesFor(demoKeyCitizens.wishNotFollowed), 'provider_wish_reason_85a_2');
    expect([wish.status, wish.details.followed, wish.details.reasonGiven]).toEqual(['met', false, true]);
  });

  it('has follow-ups at 3, 6 and 12 months, one lost home and one follow-up due now', async () => {
    const followUps = await db.selectFrom('outcome_follow_ups').selectAll().execute();
    expect(new Set(followUps.map((f) => f.milestone))).toEqual(new Set([3, 6, 12]));
    const returned = await findCitizen(demoKeyCitizens.returnedToHomelessness);
    // The key figures' history has returns too (lost home, no return recorded through the follow-up form).
    const lost = followUps.filter((f) => !f.keeps_home && f.returned_from_housing);
    expect(followUps.filter((f) => !f.keeps_home).length).toBeGreaterThan(5);
    expect(lost.map((f) => [f.citizen_id, f.milestone, f.returned_from_housing])).toEqual([[returned, 6, true]]);
    const periods = await db.selectFrom('housing_periods').selectAll().where('citizen_id', '=', returned).execute();
    const now = situationAt(
      periods.map((p) => ({ category: p.category, from: p.from_date, to: p.to_date })),
      today,
    );
    expect(now && isHomeless(now.category)).toBe(true);
    const due = await findCitizen(demoKeyCitizens.followUpDue);
    expect(followUps.filter((f) => f.citizen_id === due)).toEqual([]);
  });

  it('gives every computed key figure something to show for Demo Kommune, the later ones in the last year with both outcomes', async () => {
    const demo = await demoOrganisationId(db, 'Demo Kommune');
    // The last year, and the year before it for the cohorts that must be a year or two old (K3 at 12 months, K4).
    const windows = [
      { key: 'period', from: addYears(today, -1), to: today },
      { key: 'older', from: addYears(today, -3), to: addYears(today, -1) },
    ];
    const rows = await db
      .transaction()
      .execute((tx) =>
        findMemberRows(
          tx,
          { kind: 'municipality', organisationId: demo },
          { windows, asOf: today, holidays: holidaysAround(windows, today) },
        ),
      );
    const computed = keyFigureDefinitionsOf(keyFigureVersions[0] ?? 1).flatMap((d) => d.measures);
    expect(computed.filter((m) => !rows.some((r) => r.measure === m))).toEqual([]);
    for (const measure of [
      'k9_lawful_discharge',
      'k11_waiting_over_5m',
      'k15_registration_overdue',
      'k16_over_reimbursement_limit',
    ] as const) {
      const outcomes = new Set(rows.filter((r) => r.window === 'period' && r.measure === measure).map((r) => r.outcome));
      expect([measure, outcomes.has('numerator'), outcomes.has('denominator')]).toEqual([measure, true, true]);
    }
  });

  it('is loaded once: a second seed changes nothing', async () => {
    const before = await db
      .selectFrom('citizens')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(await seedDemo(db)).toEqual({ created: false });
    const after = await db
      .selectFrom('citizens')
      .select((eb) => eb.fn.countAll<string>().as('n'))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
    const events = await db.selectFrom('audit_events').select('action').execute();
    expect(events.map((e) => e.action)).toEqual(['system.seed_demo']);
  });
});

describe('generateCitizens', () => {
  it('writes N valid citizens in batches, the same people for the same seed', async () => {
    const shelter = await createOrganisation(db, { kind: 'shelter' });
    const runs: string[][] = [];
    for (const _ of [1, 2]) {
      const municipality = await createOrganisation(db);
      const team = await createUnit(db, municipality.id, { kind: 'cti' });
      const progress: number[] = [];
      const result = await generateCitizens(db, {
        municipalityId: municipality.id,
        shelterId: shelter.id,
        teamUnitId: team.id,
        count: 120,
        seed: 42,
        today,
        batchSize: 50,
        onProgress: (done) => progress.push(done),
      });
      expect(result.citizens).toBe(120);
      expect(progress).toEqual([50, 100, 120]);
      const citizens = await db
        .selectFrom('citizens')
        .selectAll()
        .where('handlekommune_id', '=', municipality.id)
        .orderBy('created_at')
        .orderBy('first_name')
        .orderBy('last_name')
        .orderBy('birth_date')
        .execute();
      expect(citizens).toHaveLength(120);
      for (const c of citizens) {
        const periods = await db.selectFrom('housing_periods').selectAll().where('citizen_id', '=', c.id).execute();
        expect(validateHousingPeriods(periods.map((p) => ({ category: p.category, from: p.from_date, to: p.to_date })))).toEqual(
          [],
        );
        expect(validateCourseSnapshot(await snapshotOf(c.id))).toEqual([]);
        if (c.cpr) expect(parseCpr(c.cpr, { today }).ok).toBe(true);
      }
      const ids = citizens.map((c) => c.id);
      const assessments = await db.selectFrom('assessments').select('id').where('citizen_id', 'in', ids).execute();
      const assessmentVersions = await db
        .selectFrom('assessment_versions')
        .select('assessment_id')
        .where(
          'assessment_id',
          'in',
          assessments.map((a) => a.id),
        )
        .execute();
      expect(assessments.length).toBeGreaterThan(10);
      expect(assessmentVersions.map((v) => v.assessment_id).sort()).toEqual(assessments.map((a) => a.id).sort());
      runs.push(citizens.map((c) => `${c.first_name} ${c.last_name} ${c.birth_date} ${c.cpr}`));
    }
    expect(runs[0]).toEqual(runs[1]);
  });
});

describe('the demo flowcards (seed 004)', () => {
  it('Demo Kommune has "Fra forsorgshjem til egen bolig" and the shorter one, valid, in own and partner units, within two months', async () => {
    const demo = await demoOrganisationId(db, 'Demo Kommune');
    const ids = await db.transaction().execute((tx) => findDemoFlowcardIds(tx, demo));
    const steps = await db
      .selectFrom('flowcard_versions')
      .select('steps')
      .where('flowcard_id', '=', ids['Fra forsorgshjem til egen bolig'])
      .executeTakeFirstOrThrow();
    const parsed = z.array(flowcardStepSchema).parse(steps.steps);
    expect(parsed.map((s) => s.key)).toEqual([
      'notify',
      'income',
      'assessment-plan',
      'housing-registration',
      'offer-lease',
      'support-decision',
      'subsidies',
      'furniture',
      'move-in',
      'support-start',
    ]);
    const units = await db.selectFrom('units').select(['id', 'organisation_id']).execute();
    const organisationOf = new Map(units.map((u) => [u.id, u.organisation_id]));
    const organisations = new Set(parsed.map((s) => organisationOf.get(s.responsibleUnitId)));
    expect(organisations.size).toBe(4); // the municipality, the shelter, the NGO and the housing association
    expect(validateFlowcard(parsed, new Set(units.map((u) => u.id))).ok).toBe(true);
    // Done on every deadline, the citizen is in the own home with support within about two months.
    expect(planFlowcard(parsed).totalWorkingDays).toBeLessThanOrEqual(43);
    expect(parsed.find((s) => s.key === 'subsidies')?.title).toContain('Housing First haster');
    expect(ids['Løsladelse eller udskrivning uden boligløsning']).toBeTruthy();
  });
});

describe('the demo taskforce course (issue 13)', () => {
  it('has an application waiting from Fjordby Kommune and Demo Kommune’s course in the development phase', async () => {
    const applications = await db
      .selectFrom('taskforce_applications as a')
      .innerJoin('organisations as o', 'o.id', 'a.municipality_id')
      .select(['o.name', 'a.status', 'a.id'])
      .where('o.is_demo', '=', true)
      .orderBy('o.name')
      .execute();
    expect(applications.map((a) => [a.name, a.status])).toEqual([
      ['Demo Kommune', 'accepted'],
      ['Fjordby Kommune', 'submitted'],
    ]);
    const course = await db
      .selectFrom('taskforce_courses')
      .select('id')
      .where('application_id', '=', applications[0]!.id)
      .executeTakeFirstOrThrow();
    const phases = await db.selectFrom('taskforce_course_phases').selectAll().where('course_id', '=', course.id).execute();
    const mapped = phases.map((p) => ({
      phase: p.phase,
      plannedStart: p.planned_start,
      plannedEnd: p.planned_end,
      actualStart: p.actual_start,
      actualEnd: p.actual_end,
    }));
    expect(findPhaseOrderProblem(mapped)).toBeNull();
    expect(currentTaskforcePhase(mapped)).toBe('development');
    const activities = await db
      .selectFrom('taskforce_course_activities')
      .selectAll()
      .where('course_id', '=', course.id)
      .execute();
    const overdue = activities.filter((a) => isActivityOverdue({ plannedOn: a.planned_on, doneOn: a.done_on }, today));
    expect(overdue.map((a) => a.kind)).toEqual(['status_meeting']);
    expect(activities.some((a) => a.kind === 'kick_off_workshop' && a.done_on !== null)).toBe(true);

    // One status meeting held and recorded: its minutes, the goal's value then, a decision that is a task.
    const meetings = await db
      .selectFrom('taskforce_status_meetings as m')
      .innerJoin('taskforce_course_activities as a', 'a.id', 'm.activity_id')
      .select(['m.id', 'm.held_on', 'm.minutes', 'a.done_on'])
      .where('m.course_id', '=', course.id)
      .execute();
    expect(meetings).toHaveLength(1);
    expect(meetings[0]?.done_on).toBe(meetings[0]?.held_on);
    expect(meetings[0]?.minutes).not.toBe('');
    const values = await db
      .selectFrom('taskforce_status_meeting_goal_values')
      .select('goal_id')
      .where('meeting_id', '=', meetings[0]?.id ?? '')
      .execute();
    expect(values).toHaveLength(1);
    const decisions = await db
      .selectFrom('taskforce_status_meeting_decisions as d')
      .innerJoin('tasks as t', 't.id', 'd.task_id')
      .select(['t.status', 't.linked_record_id', 'd.id'])
      .where('d.meeting_id', '=', meetings[0]?.id ?? '')
      .execute();
    expect(decisions).toEqual([expect.objectContaining({ status: 'in_progress' })]);
    expect(decisions[0]?.linked_record_id).toBe(decisions[0]?.id);
  });

  it('has a published analysis report with recommendations, one of them the plan’s point, and a draft anchoring plan', async () => {
    const course = await db
      .selectFrom('taskforce_courses as c')
      .innerJoin('organisations as o', 'o.id', 'c.municipality_id')
      .select('c.id')
      .where('o.name', '=', 'Demo Kommune')
      .executeTakeFirstOrThrow();
    const report = await db
      .selectFrom('taskforce_reports')
      .select(['id', 'status', 'data_package_id'])
      .where('course_id', '=', course.id)
      .executeTakeFirstOrThrow();
    expect(report.status).toBe('published');
    expect(report.data_package_id).not.toBeNull();
    const recommendations = await db
      .selectFrom('taskforce_recommendations')
      .select(['theme', 'development_point_id'])
      .where('report_id', '=', report.id)
      .execute();
    expect(recommendations.map((r) => r.theme).sort()).toEqual([
      'housing_supply',
      'legal_quality',
      'organisation',
      'support_methods',
    ]);
    expect(recommendations.filter((r) => r.development_point_id !== null)).toHaveLength(1);
    const anchoring = await db
      .selectFrom('taskforce_anchoring_plans')
      .select('status')
      .where('course_id', '=', course.id)
      .executeTakeFirstOrThrow();
    expect(anchoring.status).toBe('draft');
    const items = await db.selectFrom('taskforce_anchoring_items').select('title').where('course_id', '=', course.id).execute();
    expect(items).toHaveLength(2);
  });
});

describe('the demo legal case review (issue 13 point 4)', () => {
  it('has five sampled cases with the rule stored, three reviewed, one pre-answer overruled, the grant valid', async () => {
    const review = await db
      .selectFrom('taskforce_case_reviews as r')
      .innerJoin('organisations as o', 'o.id', 'r.municipality_id')
      .select(['r.id', 'r.size', 'r.population_size', 'r.seed', 'r.rule_text', 'r.access_until', 'r.ended_at'])
      .where('o.name', '=', 'Demo Kommune')
      .executeTakeFirstOrThrow();
    expect(review.size).toBe(5);
    expect(review.population_size).toBeGreaterThanOrEqual(5);
    expect(review.rule_text).toContain(review.seed);
    expect(review.ended_at).toBeNull();
    expect(review.access_until >= todayInDenmark()).toBe(true);
    const cases = await db
      .selectFrom('taskforce_case_review_cases')
      .select(['id', 'reviewed_at'])
      .where('review_id', '=', review.id)
      .execute();
    expect(cases).toHaveLength(5);
    expect(cases.filter((c) => c.reviewed_at !== null)).toHaveLength(3);
    const overruled = await db
      .selectFrom('taskforce_case_review_answers as a')
      .innerJoin('taskforce_case_review_cases as c', 'c.id', 'a.case_id')
      .select(['a.pre_answer', 'a.answer', 'a.note'])
      .where('c.review_id', '=', review.id)
      .where('a.pre_answer', 'is not', null)
      .whereRef('a.pre_answer', '<>', 'a.answer')
      .execute();
    expect(overruled).toHaveLength(1);
    expect(overruled[0]?.note).not.toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import {
  type CourseSnapshot,
  type Decision,
  type HousingAllocation,
  type ShelterStay,
  type SupportCourse,
} from '../course/snapshot';
import {
  evaluateCourse,
  evaluateCtiCourse,
  evaluateDischargeConditions,
  evaluateNotification,
  evaluateProviderWish,
  evaluateReimbursement,
  evaluateShelterPlan,
  needsAttention,
} from './evaluate-course';
import { defaultRuleParameters } from './rules';
import { formatSourceDa, legalSources } from './sources';

const base: CourseSnapshot = { citizenId: 'c1', stays: [], plans: [], decisions: [], housingAllocations: [], supportCourses: [] };

const stay = (over: Partial<ShelterStay> = {}): ShelterStay => ({
  id: 's1',
  admittedOn: '2025-03-01',
  dischargedOn: null,
  handlekommuneNotifiedOn: '2025-03-03',
  ...over,
});
const decision = (over: Partial<Decision> = {}): Decision => ({
  id: 'd1',
  kind: '85a',
  decidedOn: '2025-04-05',
  outcome: 'granted',
  method: 'cti',
  periodFrom: '2025-04-15',
  periodTo: null,
  providerWish: null,
  ...over,
});
const allocation = (over: Partial<HousingAllocation> = {}): HousingAllocation => ({
  id: 'a1',
  allocatedOn: '2025-04-01',
  leaseSignedOn: '2025-04-10',
  moveInOn: '2025-04-15',
  withdrawnOn: null,
  ...over,
});

/** A course ready for discharge to own housing on 2025-04-15. */
const ready: CourseSnapshot = {
  ...base,
  stays: [stay()],
  plans: [{ id: 'p1', kind: '142', madeOn: '2025-03-10', endedOn: null }],
  decisions: [decision()],
  housingAllocations: [allocation()],
};

describe('§ 110 stk. 5: discharge conditions', () => {
  it('is met when all conditions hold (own housing)', () => {
    const r = evaluateDischargeConditions(ready, '2025-04-15');
    expect(r.status).toBe('met');
    expect(r.details.route).toBe('own_housing');
    expect(r.details.missing).toEqual([]);
    expect(r.details.conditions.map((c) => [c.id, c.status])).toEqual([
      ['plan', 'met'],
      ['housing_or_residential_offer', 'met'],
      ['support_decision', 'met'],
      ['lease_and_move_in', 'met'],
      ['residential_offer_move_in', 'not_applicable'],
    ]);
    expect(formatSourceDa(r.source)).toBe('Serviceloven § 110, stk. 5');
  });

  it('lists every missing condition with its nr., never just "no"', () => {
    const r = evaluateDischargeConditions({ ...base, stays: [stay()] }, '2025-04-15');
    expect(r.status).toBe('missing');
    expect(r.details.missing).toEqual(['plan', 'housing_or_residential_offer', 'support_decision', 'lease_and_move_in']);
    expect(r.details.conditions.filter((c) => c.status === 'missing').map((c) => c.source.nr)).toEqual([1, 2, 3, 4]);
    expect(r.messageDa).toContain('nr. 1');
    expect(r.messageDa).toContain('nr. 4');
  });

  it('misses only the plan when everything else is there', () => {
    const r = evaluateDischargeConditions({ ...ready, plans: [] }, '2025-04-15');
    expect(r.details.missing).toEqual(['plan']);
  });

  it('does not count a plan that has ended', () => {
    const r = evaluateDischargeConditions(
      { ...ready, plans: [{ id: 'p1', kind: '141', madeOn: '2024-01-01', endedOn: '2025-03-01' }] },
      '2025-04-15',
    );
    expect(r.details.missing).toEqual(['plan']);
  });

  it('requires the support decision when own housing is allocated', () => {
    expect(evaluateDischargeConditions({ ...ready, decisions: [] }, '2025-04-15').details.missing).toEqual(['support_decision']);
    expect(
      evaluateDischargeConditions({ ...ready, decisions: [decision({ outcome: 'refused' })] }, '2025-04-15').details.missing,
    ).toEqual(['support_decision']);
    expect(
      evaluateDischargeConditions({ ...ready, decisions: [decision({ periodTo: '2025-04-14' })] }, '2025-04-15').details.missing,
    ).toEqual(['support_decision']);
    expect(
      evaluateDischargeConditions({ ...ready, decisions: [decision({ decidedOn: '2025-04-16' })] }, '2025-04-15').details.missing,
    ).toEqual(['support_decision']);
    // § 85 support also counts.
    expect(
      evaluateDischargeConditions({ ...ready, decisions: [decision({ kind: '85', method: null })] }, '2025-04-15').status,
    ).toBe('met');
  });

  it('requires a signed lease and a move-in day no later than the discharge', () => {
    const unsigned = evaluateDischargeConditions(
      { ...ready, housingAllocations: [allocation({ leaseSignedOn: null, moveInOn: null })] },
      '2025-04-15',
    );
    expect(unsigned.details.missing).toEqual(['lease_and_move_in']);
    expect(unsigned.details.conditions.find((c) => c.id === 'lease_and_move_in')?.messageDa).toContain(
      'lejeaftalen er ikke underskrevet',
    );
    // A move-in day alone is not enough: the lease must be signed by the discharge day.
    expect(
      evaluateDischargeConditions({ ...ready, housingAllocations: [allocation({ leaseSignedOn: null })] }, '2025-04-15').details
        .missing,
    ).toEqual(['lease_and_move_in']);
    expect(
      evaluateDischargeConditions({ ...ready, housingAllocations: [allocation({ leaseSignedOn: '2025-04-16' })] }, '2025-04-15')
        .details.missing,
    ).toEqual(['lease_and_move_in']);
    // Three days before move-in: cannot move in yet, and the support (from the move-in day) has not begun.
    const early = evaluateDischargeConditions(ready, '2025-04-12');
    expect(early.details.missing).toEqual(['support_decision', 'lease_and_move_in']);
    expect(early.details.conditions.find((c) => c.id === 'lease_and_move_in')?.messageDa).toContain('15.04.2025');
  });

  it('ignores withdrawn allocations and allocations from before the stay', () => {
    expect(
      evaluateDischargeConditions({ ...ready, housingAllocations: [allocation({ withdrawnOn: '2025-04-12' })] }, '2025-04-15')
        .details.missing,
    ).toContain('housing_or_residential_offer');
    expect(
      evaluateDischargeConditions({ ...ready, housingAllocations: [allocation({ allocatedOn: '2025-02-01' })] }, '2025-04-15')
        .details.missing,
    ).toContain('housing_or_residential_offer');
  });

  it('accepts a §§ 107/108 decision instead of own housing, once the offer can be moved into (nr. 5)', () => {
    const residential: CourseSnapshot = {
      ...base,
      stays: [stay()],
      plans: ready.plans,
      decisions: [decision({ id: 'd107', kind: '107', method: null, decidedOn: '2025-04-01', periodFrom: '2025-04-20' })],
    };
    const before = evaluateDischargeConditions(residential, '2025-04-15');
    expect(before.details.route).toBe('residential_offer');
    expect(before.details.missing).toEqual(['residential_offer_move_in']);
    const after = evaluateDischargeConditions(residential, '2025-04-20');
    expect(after.status).toBe('met');
    expect(after.details.conditions.find((c) => c.id === 'support_decision')?.status).toBe('not_applicable');
    expect(after.details.conditions.find((c) => c.id === 'lease_and_move_in')?.status).toBe('not_applicable');
  });

  it('is not applicable without a stay', () => {
    expect(evaluateDischargeConditions(base, '2025-04-15').status).toBe('not_applicable');
    expect(evaluateDischargeConditions({ ...ready, stays: [stay({ dischargedOn: '2025-04-01' })] }, '2025-04-15').status).toBe(
      'not_applicable',
    );
  });
});

describe('§ 142: plan for a shelter resident', () => {
  it('flags a stay without a plan with the days it has lasted', () => {
    const r = evaluateShelterPlan({ ...base, stays: [stay()] }, '2025-03-10');
    expect(r.status).toBe('missing');
    expect(r.details.daysLasted).toBe(10);
    expect(r.messageDa).toContain('10 dage');
    expect(r.messageDa).toContain('§ 142');
  });

  it('counts days across a year end', () => {
    const r = evaluateShelterPlan({ ...base, stays: [stay({ admittedOn: '2025-12-20' })] }, '2026-01-05');
    expect(r.details.daysLasted).toBe(17);
  });

  it('is met with a § 141 or § 142 plan in force', () => {
    expect(
      evaluateShelterPlan(
        { ...base, stays: [stay()], plans: [{ id: 'p', kind: '142', madeOn: '2025-03-05', endedOn: null }] },
        '2025-03-10',
      ).status,
    ).toBe('met');
    expect(
      evaluateShelterPlan(
        { ...base, stays: [stay()], plans: [{ id: 'p', kind: '141', madeOn: '2024-06-01', endedOn: null }] },
        '2025-03-10',
      ).status,
    ).toBe('met');
    // A plan made later than asOf does not count yet.
    expect(
      evaluateShelterPlan(
        { ...base, stays: [stay()], plans: [{ id: 'p', kind: '142', madeOn: '2025-03-11', endedOn: null }] },
        '2025-03-10',
      ).status,
    ).toBe('missing');
  });

  it('is not applicable when the citizen is not at a shelter', () => {
    expect(evaluateShelterPlan({ ...base, stays: [stay({ dischargedOn: '2025-03-05' })] }, '2025-03-10').status).toBe(
      'not_applicable',
    );
  });
});

describe('§ 110 stk. 6: notifying the handlekommune within 3 working days', () => {
  const easter = stay({ admittedOn: '2025-04-17', handlekommuneNotifiedOn: null });

  it('gives the deadline across Easter: admission on Skærtorsdag 2025-04-17 -> 2025-04-24', () => {
    expect(evaluateNotification(easter, '2025-04-17').details.deadline).toBe('2025-04-24');
  });

  it('is met when sent on the deadline day', () => {
    const r = evaluateNotification({ ...easter, handlekommuneNotifiedOn: '2025-04-24' }, '2025-05-01');
    expect(r.status).toBe('met');
    expect(r.details.state).toBe('on_time');
  });

  it('is overdue when sent the working day after the deadline', () => {
    const r = evaluateNotification({ ...easter, handlekommuneNotifiedOn: '2025-04-25' }, '2025-05-01');
    expect(r.status).toBe('overdue');
    expect(r.details).toMatchObject({ state: 'late', workingDaysLate: 1 });
    expect(r.messageDa).toContain('24.04.2025');
  });

  it('warns while pending and in time, and flags missing after the deadline', () => {
    expect(evaluateNotification(easter, '2025-04-23')).toMatchObject({
      status: 'warning',
      details: { state: 'pending', workingDaysLeft: 1 },
    });
    expect(evaluateNotification(easter, '2025-04-24')).toMatchObject({
      status: 'warning',
      details: { state: 'pending', workingDaysLeft: 0 },
    });
    expect(evaluateNotification(easter, '2025-04-28')).toMatchObject({
      status: 'missing',
      details: { state: 'missing', workingDaysLate: 2 },
    });
  });

  it('skips the weekend for a Friday admission', () => {
    expect(evaluateNotification(stay({ admittedOn: '2025-03-07' }), '2025-03-07').details.deadline).toBe('2025-03-12');
  });

  it('skips Christmas, and also 24 and 31 December when configured as closing days', () => {
    const christmas = stay({ admittedOn: '2025-12-23', handlekommuneNotifiedOn: '2025-12-30' });
    expect(evaluateNotification(christmas, '2026-01-10')).toMatchObject({ status: 'met', details: { deadline: '2025-12-30' } });
    const closed = {
      parameters: { ...defaultRuleParameters, workingDays: { closingDays: ['juleaftensdag', 'nytaarsaftensdag'] as const } },
    };
    expect(evaluateNotification(christmas, '2026-01-10', closed).details.deadline).toBe('2026-01-02');
  });

  it('skips New Year', () => {
    expect(evaluateNotification(stay({ admittedOn: '2025-12-31' }), '2025-12-31').details.deadline).toBe('2026-01-06');
  });

  it('Store Bededag counts as a holiday in 2023 and not in 2024 (with an earlier reform date)', () => {
    const early = { parameters: { ...defaultRuleParameters, reformInForce: '2023-01-01' } };
    expect(evaluateNotification(stay({ admittedOn: '2023-05-04' }), '2023-05-04', early).details.deadline).toBe('2023-05-10');
    expect(evaluateNotification(stay({ admittedOn: '2024-04-25' }), '2024-04-25', early).details.deadline).toBe('2024-04-30');
  });

  it('does not apply to admissions before the reform', () => {
    expect(evaluateNotification(stay({ admittedOn: '2023-09-29', handlekommuneNotifiedOn: null }), '2024-01-01')).toMatchObject({
      status: 'not_applicable',
      details: { state: 'before_reform' },
    });
  });
});

describe("§ 85 a stk. 2: the citizen's wish of provider", () => {
  const wish = (followed: boolean, reason: string | null) =>
    decision({ providerWish: { wishedProvider: 'Store Dannesbo', followed, reasonIfNotFollowed: reason } });

  it('refuses a decision that does not follow the wish without a reason', () => {
    const r = evaluateProviderWish(wish(false, null));
    expect(r.status).toBe('missing');
    expect(r.messageDa).toContain('Store Dannesbo');
    expect(r.source).toBe(legalSources.sel_85a_stk2);
    expect(evaluateProviderWish(wish(false, '   ')).status).toBe('missing');
  });

  it('accepts it with a reason, or when the wish is followed', () => {
    expect(evaluateProviderWish(wish(false, 'Boformen har ikke kapacitet til ACT-støtte.')).status).toBe('met');
    expect(evaluateProviderWish(wish(true, null)).status).toBe('met');
  });

  it('does not apply without a wish or to other decisions', () => {
    expect(evaluateProviderWish(decision()).status).toBe('not_applicable');
    expect(
      evaluateProviderWish(
        decision({ kind: '85', providerWish: { wishedProvider: 'X', followed: false, reasonIfNotFollowed: null } }),
      ).status,
    ).toBe('not_applicable');
  });
});

describe('reimbursement days', () => {
  const at = (admittedOn: string, dischargedOn: string | null = null) => ({
    ...base,
    stays: [stay({ admittedOn, dischargedOn })],
  });

  it('is met well below the limit', () => {
    const r = evaluateReimbursement(at('2025-01-01'), '2025-02-01');
    expect(r).toMatchObject({ status: 'met', details: { reimbursedNights: 32, limit: 120, remaining: 88, level: 'ok' } });
  });

  it('warns from 80 % used: 96 of 120', () => {
    // 1 Jan 2025 + 95 days = 6 April: 95 nights -> met; 7 April: 96 -> warning.
    expect(evaluateReimbursement(at('2025-01-01'), '2025-04-05').status).toBe('met');
    const r = evaluateReimbursement(at('2025-01-01'), '2025-04-06');
    expect(r).toMatchObject({ status: 'warning', details: { reimbursedNights: 96, level: 'near_limit', remaining: 24 } });
  });

  it('warns when used up', () => {
    expect(evaluateReimbursement(at('2025-01-01'), '2025-06-01')).toMatchObject({
      status: 'warning',
      details: { level: 'exhausted', remaining: 0 },
    });
  });

  it('uses the 90-day limit for a stay spanning 1 April 2026', () => {
    const r = evaluateReimbursement(at('2026-01-01'), '2026-04-02');
    expect(r).toMatchObject({
      status: 'warning',
      details: { limit: 90, reimbursedNights: 90, unreimbursedNights: 2, level: 'exhausted' },
    });
  });

  it('keeps counting across a year end in the same running year', () => {
    const r = evaluateReimbursement(at('2025-11-01'), '2026-01-15');
    expect(r.details).toMatchObject({ periodStart: '2025-11-01', periodEndExclusive: '2026-11-01', reimbursedNights: 76 });
  });

  it('does not warn when the citizen is no longer at a shelter', () => {
    expect(evaluateReimbursement(at('2025-01-01', '2025-05-20'), '2025-06-01')).toMatchObject({
      status: 'met',
      details: { level: 'exhausted' },
    });
  });

  it('is not applicable without a running year', () => {
    expect(evaluateReimbursement(base, '2025-06-01').status).toBe('not_applicable');
  });
});

describe('CTI phases', () => {
  const cti = (over: Partial<SupportCourse> = {}): SupportCourse => ({
    id: 'k1',
    method: 'cti',
    startedOn: '2025-03-15',
    endedOn: null,
    ctiPhases: [],
    ...over,
  });
  const moved = [allocation({ moveInOn: '2025-05-01' })];

  it('is in contact-building with nothing due until a move-in day is known', () => {
    expect(evaluateCtiCourse(cti(), [], '2025-04-01')).toMatchObject({
      status: 'met',
      details: { currentPhase: 'contact', next: 1, dueOn: null },
    });
  });

  it('warns before, and flags after, the move-in day without phase 1', () => {
    expect(evaluateCtiCourse(cti(), moved, '2025-04-10')).toMatchObject({
      status: 'met',
      details: { dueOn: '2025-05-01', daysUntilDue: 21 },
    });
    expect(evaluateCtiCourse(cti(), moved, '2025-04-20')).toMatchObject({ status: 'warning', details: { daysUntilDue: 11 } });
    expect(evaluateCtiCourse(cti(), moved, '2025-05-01')).toMatchObject({ status: 'warning', details: { daysUntilDue: 0 } });
    expect(evaluateCtiCourse(cti(), moved, '2025-05-02')).toMatchObject({ status: 'overdue', details: { daysUntilDue: -1 } });
  });

  it('gives each phase 3 calendar months, warning 14 days before', () => {
    const course = cti({ ctiPhases: [{ phase: 1, startedOn: '2025-05-01' }] });
    expect(evaluateCtiCourse(course, moved, '2025-07-17')).toMatchObject({
      status: 'met',
      details: { currentPhase: 1, next: 2, dueOn: '2025-08-01', daysUntilDue: 15 },
    });
    expect(evaluateCtiCourse(course, moved, '2025-07-18').status).toBe('warning');
    expect(evaluateCtiCourse(course, moved, '2025-08-02').status).toBe('overdue');
    // End-of-month start: 31 January + 3 months = 30 April.
    expect(
      evaluateCtiCourse(cti({ startedOn: '2025-01-01', ctiPhases: [{ phase: 1, startedOn: '2025-01-31' }] }), [], '2025-02-01')
        .details.dueOn,
    ).toBe('2025-04-30');
  });

  it('after phase 3 the end of the course is due, across a year end', () => {
    const course = cti({
      ctiPhases: [
        { phase: 1, startedOn: '2025-05-01' },
        { phase: 2, startedOn: '2025-08-01' },
        { phase: 3, startedOn: '2025-11-01' },
      ],
    });
    const r = evaluateCtiCourse(course, moved, '2026-02-03');
    expect(r).toMatchObject({
      status: 'overdue',
      details: { currentPhase: 3, next: 'end', dueOn: '2026-02-01', daysUntilDue: -2 },
    });
    expect(r.messageDa).toContain('afslutning');
    // Before phase 3 started (as of October), phase 2 is current.
    expect(evaluateCtiCourse(course, moved, '2025-10-01').details.currentPhase).toBe(2);
  });

  it('does not apply to an ended or non-CTI course', () => {
    expect(evaluateCtiCourse(cti({ endedOn: '2025-06-01' }), moved, '2025-06-02').status).toBe('not_applicable');
    expect(evaluateCtiCourse(cti({ method: 'icm' }), moved, '2025-06-02').status).toBe('not_applicable');
  });
});

describe('evaluating a whole course', () => {
  it('returns every applicable rule in a stable order, with sources', () => {
    const snapshot: CourseSnapshot = {
      ...ready,
      stays: [
        stay({ id: 'old', admittedOn: '2024-01-10', dischargedOn: '2024-02-01', handlekommuneNotifiedOn: '2024-01-20' }),
        stay(),
      ],
      decisions: [decision({ providerWish: { wishedProvider: 'Boformen', followed: false, reasonIfNotFollowed: null } })],
      supportCourses: [{ id: 'k1', method: 'cti', startedOn: '2025-03-20', endedOn: null, ctiPhases: [] }],
    };
    const results = evaluateCourse(snapshot, '2025-04-15');
    expect(results.map((r) => `${r.ruleId}:${r.status}:${r.subjectId ?? '-'}`)).toEqual([
      'discharge_conditions_110_5:met:s1',
      'shelter_plan_142:met:s1',
      'handlekommune_notification_110_6:met:s1',
      'handlekommune_notification_110_6:overdue:old',
      'provider_wish_reason_85a_2:missing:d1',
      'reimbursement_days_110:met:-',
      'cti_phase_transition:warning:k1',
    ]);
    expect(needsAttention(results).map((r) => r.ruleId)).toEqual([
      'handlekommune_notification_110_6',
      'provider_wish_reason_85a_2',
      'cti_phase_transition',
    ]);
    for (const r of results) expect(formatSourceDa(r.source)).toMatch(/§|CTI/);
  });
});

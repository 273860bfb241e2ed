import { describe, expect, it } from 'vitest';
import {
  findKeyFigureDefinition,
  keyFigureDefinitions,
  keyFigureDefinitionsOf,
  keyFigureIds,
  keyFigureVersions,
  measureDefinitions,
  measureIds,
} from './definitions';
import { computeMemberRows, courseAt, firstReturnAfter, type MemberRow } from './reference';
import { ageBandOn, countInBands, groupRows, registrationBands, returnBands, summariseRows } from './summarise';
import { type CitizenTimeline, type TimelineCourse, type TimelineRegistration, type TimelineStay } from './timeline';
import { lifeAreas } from '../course/vum';
import { checkKeyFigureRequest, trendQuarters } from './windows';

const person = (over: Partial<CitizenTimeline> = {}): CitizenTimeline => ({
  personId: 'p1',
  birthDate: '1980-06-15',
  sex: 'male',
  firstContactOn: '2025-01-10',
  stays: [],
  allocations: [],
  housingPeriods: [],
  courses: [],
  plans: [],
  decisions: [],
  followUps: [],
  readyToMoveOn: null,
  registrationIntervalMonths: 3,
  ...over,
});
const stay = (over: Partial<TimelineStay> = {}): TimelineStay => ({
  id: 's1',
  shelterId: 'shelter-a',
  admittedOn: '2025-01-10',
  dischargedOn: null,
  notifiedOn: '2025-01-13',
  registeredOn: '2025-01-10',
  ...over,
  dischargeReason: over.dischargeReason ?? (over.dischargedOn ? 'planned' : null),
});
const course = (over: Partial<TimelineCourse> = {}): TimelineCourse => ({
  id: 'c1',
  method: 'icm',
  teamUnitId: 'team-icm',
  startedOn: '2025-03-01',
  endedOn: null,
  endReason: null,
  ctiPhases: [],
  registeredOn: '2025-03-01',
  registrations: [],
  ...over,
});
/** A registration with every field K15 requires filled (an exit's own fields when it is an exit). */
const registration = (
  kind: TimelineRegistration['kind'],
  registeredOn: string,
  over: Partial<TimelineRegistration> = {},
): TimelineRegistration => ({
  id: `r-${kind}-${registeredOn}`,
  kind,
  registeredOn,
  housingStatus: kind === 'exit' ? 'moved_in' : 'not_housed',
  homelessCategory: kind === 'exit' ? null : 'shelter_110',
  referralSource: kind === 'intake' ? 'self' : null,
  contactFrequency: kind === 'exit' ? null : 'weekly',
  lifeAreas: kind === 'exit' ? [] : lifeAreas.map((lifeArea) => ({ lifeArea, workerRating: 3, citizenRating: 4 })),
  exitReason: kind === 'exit' ? 'planned_end' : null,
  exitReasonText: null,
  exitDestination: kind === 'exit' ? 'own_home' : null,
  ...over,
});
const moveIn = (id: string, on: string) => ({
  id,
  allocatedOn: on,
  leaseSignedOn: on,
  moveInOn: on,
  withdrawnOn: null,
  registeredOn: on,
});

const year2025 = { key: 'period', from: '2025-01-01', to: '2025-12-31' };
const rowsOf = (rows: MemberRow[], measure: MemberRow['measure']) => rows.filter((r) => r.measure === measure);

describe('key figure definitions', () => {
  it('define K1–K16 once each in every version, with a source, and every measure belongs to a defined figure', () => {
    for (const version of keyFigureVersions) expect(keyFigureDefinitionsOf(version).map((d) => d.id)).toEqual([...keyFigureIds]);
    for (const d of keyFigureDefinitions) {
      expect(d.source.reference.length).toBeGreaterThan(5);
      expect(d.explanationDa.length).toBeGreaterThan(20);
      if (d.status.computed) expect(d.measures.length > 0 || d.status.perTeam === true).toBe(true);
      else expect(d.measures).toEqual([]);
    }
    const listed = keyFigureDefinitionsOf(keyFigureVersions[0] ?? 1).flatMap((d) => d.measures);
    expect([...listed].sort()).toEqual([...measureIds].sort());
    for (const id of measureIds)
      expect(
        keyFigureDefinitionsOf(keyFigureVersions[0] ?? 1).find((d) => d.id === measureDefinitions[id].figure)?.measures,
      ).toContain(id);
  });

  it('change a published definition only by a new version: K15 counts required fields from version 2, not in version 1', () => {
    expect(keyFigureVersions).toEqual([2, 1]);
    const k15 = (version: number) => keyFigureDefinitionsOf(version).find((d) => d.id === 'K15');
    expect(k15(1)?.version).toBe(1);
    expect(k15(1)?.measures).toEqual(['k15_registered_on_time', 'k15_registration_overdue']);
    expect(k15(2)?.version).toBe(2);
    expect(k15(2)?.measures).toContain('k15_required_fields');
    // A figure without a new version keeps its version 1 in version 2.
    expect(keyFigureDefinitionsOf(2).find((d) => d.id === 'K3')?.version).toBe(1);
    expect(findKeyFigureDefinition('K15', 1)?.cohort).not.toContain('(c)');
    expect(findKeyFigureDefinition('K15', 3)).toBeNull();
  });
});

describe('K1 lead time and K2 housed within 60/90/180 days', () => {
  it('counts days from first contact to the first move-in of the period', () => {
    const t = person({ allocations: [moveIn('a1', '2025-03-11'), moveIn('a2', '2025-06-01')], courses: [course()] });
    const rows = rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k1_lead_time');
    expect(rows).toEqual([
      expect.objectContaining({ subjectId: 'p1', anchorOn: '2025-03-11', value: 60, method: 'icm', unitId: 'team-icm' }),
    ]);
  });

  it('leaves out a move-in before first contact and withdrawn allocations', () => {
    const t = person({
      firstContactOn: '2025-05-01',
      allocations: [moveIn('a1', '2025-03-11'), { ...moveIn('a2', '2025-06-01'), withdrawnOn: '2025-05-20' }],
    });
    expect(rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k1_lead_time')).toEqual([]);
  });

  it('reports a cohort only once it is old enough, and counts housed by the horizon', () => {
    const t = person({ firstContactOn: '2025-01-10', allocations: [moveIn('a1', '2025-04-20')] }); // 100 days
    const rows = computeMemberRows([t], [year2025], '2025-05-01');
    expect(rows.filter((r) => r.measure.startsWith('k2')).map((r) => [r.measure, r.outcome, r.value])).toEqual([
      ['k2_housed_60', 'denominator', 100],
      ['k2_housed_90', 'denominator', 100],
    ]);
    const later = computeMemberRows([t], [year2025], '2025-12-31');
    expect(rowsOf(later, 'k2_housed_180')).toEqual([expect.objectContaining({ outcome: 'numerator', value: 100 })]);
  });
});

describe('K3 retention and K4 returns', () => {
  const housed = (over: Partial<CitizenTimeline> = {}) =>
    person({
      allocations: [moveIn('a1', '2025-02-01')],
      courses: [course({ startedOn: '2025-01-20', method: 'cti', teamUnitId: 'cti' })],
      ...over,
    });

  it('is retained when no return event comes before the horizon, per method at move-in', () => {
    const rows = computeMemberRows([housed()], [year2025], '2025-12-31');
    expect(rows.filter((r) => r.measure.startsWith('k3')).map((r) => [r.measure, r.outcome, r.method])).toEqual([
      ['k3_retained_3m', 'numerator', 'cti'],
      ['k3_retained_6m', 'numerator', 'cti'],
    ]);
  });

  it('is not retained after a new § 110 admission, a homeless period or a lost home', () => {
    for (const extra of [
      { stays: [stay({ admittedOn: '2025-06-01' })] },
      { housingPeriods: [{ category: 'family_friends' as const, from: '2025-06-01', to: null }] },
      { followUps: [{ checkedOn: '2025-08-01', keepsHome: false, lostHomeOn: '2025-06-01' }] },
    ]) {
      const rows = computeMemberRows([housed(extra)], [year2025], '2025-12-31');
      expect(rows.filter((r) => r.measure.startsWith('k3')).map((r) => r.outcome)).toEqual(['numerator', 'denominator']);
    }
  });

  it('puts deaths and moves apart, and lost contact as unknown', () => {
    const died = housed({ courses: [course({ startedOn: '2025-01-20', endedOn: '2025-06-01', endReason: 'died' })] });
    const declined = housed({
      courses: [course({ startedOn: '2025-01-20', endedOn: '2025-06-01', endReason: 'citizen_declined' })],
    });
    const outcomes = (t: CitizenTimeline) =>
      computeMemberRows([t], [year2025], '2025-12-31')
        .filter((r) => r.measure.startsWith('k3'))
        .map((r) => r.outcome);
    expect(outcomes(died)).toEqual(['numerator', 'excluded']);
    expect(outcomes(declined)).toEqual(['numerator', 'unknown']);
    const summary = summariseRows(
      computeMemberRows([declined, { ...housed(), personId: 'p2' }], [year2025], '2025-12-31').filter(
        (r) => r.measure === 'k3_retained_6m',
      ),
    );
    expect(summary).toMatchObject({ members: 2, numerator: 1, denominator: 1, unknown: 1, share: 1 });
  });

  it('counts the first return within 2 years, in bands', () => {
    const t = housed({ stays: [stay({ admittedOn: '2025-12-01' })] });
    const rows = rowsOf(computeMemberRows([t], [year2025], '2027-03-01'), 'k4_returned_2y');
    expect(rows).toEqual([expect.objectContaining({ outcome: 'numerator', value: 303 })]);
    expect(countInBands(rows, returnBands)).toEqual([
      { key: '0_180', count: 0 },
      { key: '181_365', count: 1 },
      { key: '366_730', count: 0 },
    ]);
    expect(rowsOf(computeMemberRows([t], [year2025], '2026-12-31'), 'k4_returned_2y')).toEqual([]);
  });

  it('finds the first return after the move-in only', () => {
    const t = housed({ stays: [stay({ admittedOn: '2025-01-01' }), stay({ id: 's2', admittedOn: '2025-09-01' })] });
    expect(firstReturnAfter(t, '2025-02-01')).toBe('2025-09-01');
  });
});

describe('K5 long stays, K6 stays per citizen, K7 plan coverage, K8 notification', () => {
  it('counts ended stays over 120 and 90 nights and open stays over 120 nights on the last day', () => {
    const t = person({
      stays: [
        stay({ id: 'long', admittedOn: '2025-01-01', dischargedOn: '2025-05-02' }), // 121 nights
        stay({ id: 'mid', admittedOn: '2025-06-01', dischargedOn: '2025-09-01' }), // 92 nights
        stay({ id: 'open', admittedOn: '2025-09-02' }),
      ],
    });
    const rows = computeMemberRows([t], [year2025], '2025-12-31');
    expect(rowsOf(rows, 'k5_ended_over_120').map((r) => [r.subjectId, r.outcome, r.value])).toEqual([
      ['long', 'numerator', 121],
      ['mid', 'denominator', 92],
    ]);
    expect(rowsOf(rows, 'k5_ended_over_90').map((r) => r.outcome)).toEqual(['numerator', 'numerator']);
    expect(rowsOf(rows, 'k5_open_over_120')).toEqual([
      expect.objectContaining({ subjectId: 'open', outcome: 'numerator', value: 121, unitId: 'shelter-a' }),
    ]);
  });

  it('counts stays and nights per citizen in the window, with a technical check-in for a stay open at its start', () => {
    const t = person({
      stays: [
        stay({ id: 'across', admittedOn: '2024-12-20', dischargedOn: '2025-01-05' }),
        stay({ id: 'later', admittedOn: '2025-03-01', dischargedOn: '2025-03-11' }),
      ],
    });
    const rows = computeMemberRows([t], [year2025], '2025-12-31');
    expect(rowsOf(rows, 'k6_stays_per_citizen')).toEqual([expect.objectContaining({ outcome: 'numerator', value: 2 })]);
    expect(rowsOf(rows, 'k6_nights_per_citizen')).toEqual([expect.objectContaining({ value: 14 })]);
  });

  it('covers residents with a plan in force on the last day, with days from admission to plan', () => {
    const t = person({
      stays: [stay({ admittedOn: '2025-11-01' })],
      plans: [{ id: 'pl', kind: '142', madeOn: '2025-11-21', endedOn: null }],
    });
    const other = person({ personId: 'p2', stays: [stay({ id: 's2', admittedOn: '2025-12-01' })] });
    const rows = rowsOf(computeMemberRows([t, other], [year2025], '2025-12-31'), 'k7_plan_coverage');
    expect(rows.map((r) => [r.personId, r.outcome, r.value])).toEqual([
      ['p1', 'numerator', 20],
      ['p2', 'denominator', null],
    ]);
  });

  it('counts notification within 3 working days, skipping admissions whose deadline has not passed', () => {
    // Thursday 17 April 2025 is Maundy Thursday: admitted Wednesday 16 April, Good Friday and Easter Monday follow, so the 3rd working day is Thursday 24 April.
    const onTime = stay({ id: 'on', admittedOn: '2025-04-16', notifiedOn: '2025-04-24' });
    const late = stay({ id: 'late', admittedOn: '2025-04-16', notifiedOn: '2025-04-25' });
    const pending = stay({ id: 'pending', admittedOn: '2025-12-30', notifiedOn: null });
    const rows = rowsOf(
      computeMemberRows([person({ stays: [onTime, late, pending] })], [year2025], '2025-12-31'),
      'k8_notified_on_time',
    );
    expect(rows.map((r) => [r.subjectId, r.outcome])).toEqual([
      ['on', 'numerator'],
      ['late', 'denominator'],
    ]);
  });
});

describe('K10 CTI completion, K12 Housing First coverage, K13 caseload, K15 registration', () => {
  it('completes a CTI course that reached phase 3 and ended as completed; deaths apart', () => {
    const done = course({
      id: 'done',
      method: 'cti',
      startedOn: '2025-01-01',
      endedOn: '2025-10-01',
      endReason: 'completed',
      ctiPhases: [{ phase: 3, startedOn: '2025-07-01' }],
    });
    const quit = course({
      id: 'quit',
      method: 'cti',
      startedOn: '2025-01-01',
      endedOn: '2025-04-01',
      endReason: 'citizen_declined',
    });
    const died = course({ id: 'died', method: 'cti', startedOn: '2025-01-01', endedOn: '2025-04-01', endReason: 'died' });
    const young = course({ id: 'young', method: 'cti', startedOn: '2025-06-01' });
    const rows = rowsOf(
      computeMemberRows([person({ courses: [done, quit, died, young] })], [year2025], '2025-12-31'),
      'k10_cti_completed',
    );
    expect(rows.map((r) => [r.subjectId, r.outcome])).toEqual([
      ['done', 'numerator'],
      ['quit', 'denominator'],
      ['died', 'excluded'],
    ]);
  });

  it('covers homeless citizens (homeless period or open stay) with an active course on the last day', () => {
    const sleeping = person({
      housingPeriods: [{ category: 'rough_sleeping', from: '2025-01-01', to: null }],
      courses: [course()],
    });
    const staying = person({ personId: 'p2', stays: [stay({ admittedOn: '2025-12-01' })] });
    const housed = person({
      personId: 'p3',
      housingPeriods: [{ category: 'own_home_with_lease', from: '2025-01-01', to: null }],
    });
    const rows = rowsOf(computeMemberRows([sleeping, staying, housed], [year2025], '2025-12-31'), 'k12_housing_first_coverage');
    expect(rows.map((r) => [r.personId, r.outcome])).toEqual([
      ['p1', 'numerator'],
      ['p2', 'denominator'],
    ]);
  });

  it('counts active courses per team on the last day', () => {
    const t = person({ courses: [course(), course({ id: 'c2', endedOn: '2025-06-01' })] });
    expect(rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k13_caseload').map((r) => [r.subjectId, r.unitId])).toEqual([
      ['c1', 'team-icm'],
    ]);
  });

  it('measures days from event to registration in bands', () => {
    const t = person({
      stays: [stay({ admittedOn: '2025-02-01', registeredOn: '2025-02-12' })],
      courses: [course({ startedOn: '2025-03-01', registeredOn: '2025-02-20' })],
      allocations: [{ ...moveIn('a1', '2025-04-01'), registeredOn: '2025-04-03' }],
    });
    const rows = rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k15_registered_on_time');
    expect(rows.map((r) => [r.subjectId, r.outcome, r.value])).toEqual([
      ['s1', 'denominator', 11],
      ['a1', 'numerator', 2],
      ['c1', 'numerator', 0],
    ]);
    expect(countInBands(rows, registrationBands).map((b) => b.count)).toEqual([1, 1, 0, 0, 1]);
  });
});

describe('K9 lawful discharges under § 110 stk. 5', () => {
  const plan = { id: 'pl', kind: '142' as const, madeOn: '2025-02-01', endedOn: null };
  const support = {
    id: 'd1',
    kind: '85a' as const,
    outcome: 'granted' as const,
    method: 'cti' as const,
    decidedOn: '2025-05-15',
    periodFrom: '2025-06-01',
    periodTo: null,
  };
  const home = {
    id: 'a1',
    allocatedOn: '2025-04-01',
    leaseSignedOn: '2025-05-01',
    moveInOn: '2025-06-01',
    withdrawnOn: null,
    registeredOn: '2025-04-01',
  };
  const discharged = stay({ admittedOn: '2025-01-10', dischargedOn: '2025-06-01' });
  const k9 = (t: CitizenTimeline) =>
    rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k9_lawful_discharge').map((r) => [
      r.subjectId,
      r.outcome,
      r.value,
      r.anchorOn,
      r.unitId,
    ]);

  it('counts a planned discharge to own housing with plan, support, lease and move-in by that day', () => {
    const t = person({ stays: [discharged], plans: [plan], decisions: [support], allocations: [home] });
    expect(k9(t)).toEqual([['s1', 'numerator', 0, '2025-06-01', 'shelter-a']]);
    // Without the support decision one condition is missing.
    expect(k9({ ...t, decisions: [] })).toEqual([['s1', 'denominator', 1, '2025-06-01', 'shelter-a']]);
    // Moving in after the discharge day, and no plan: two missing.
    expect(k9({ ...t, plans: [], allocations: [{ ...home, moveInOn: '2025-06-05' }] })).toEqual([
      ['s1', 'denominator', 2, '2025-06-01', 'shelter-a'],
    ]);
    // A withdrawn allocation is no housing: housing, and lease and move-in, missing.
    expect(k9({ ...t, allocations: [{ ...home, withdrawnOn: '2025-05-20' }] })[0]?.[2]).toBe(2);
  });

  it('counts a planned discharge to a § 107 residential offer the citizen can move into', () => {
    const offer = { ...support, id: 'd2', kind: '107' as const, method: null, decidedOn: '2025-05-01', periodFrom: '2025-06-01' };
    const t = person({ stays: [discharged], plans: [plan], decisions: [offer] });
    expect(k9(t)[0]?.[1]).toBe('numerator');
    expect(k9({ ...t, decisions: [{ ...offer, periodFrom: '2025-06-10' }] })[0]?.slice(1, 3)).toEqual(['denominator', 1]);
  });

  it('puts discharges for other reasons apart, and leaves out stays still open or ended outside the period', () => {
    const left = stay({ dischargedOn: '2025-06-01', dischargeReason: 'citizen_left' });
    expect(k9(person({ stays: [left] }))).toEqual([['s1', 'excluded', null, '2025-06-01', 'shelter-a']]);
    expect(k9(person({ stays: [stay()] }))).toEqual([]);
    expect(k9(person({ stays: [stay({ admittedOn: '2024-10-01', dischargedOn: '2024-12-31' })] }))).toEqual([]);
  });
});

describe('K11 waiting while ready to move', () => {
  const k11 = (t: CitizenTimeline) =>
    computeMemberRows([t], [year2025], '2025-12-31')
      .filter((r) => r.measure.startsWith('k11'))
      .map((r) => [r.measure, r.outcome, r.value, r.anchorOn, r.method]);

  it('counts days from ready to the first move-in of the period after it, over 5 and 12 months', () => {
    const t = person({
      readyToMoveOn: '2024-10-01',
      allocations: [moveIn('a1', '2025-03-15'), moveIn('a2', '2025-09-01')],
      courses: [course({ startedOn: '2025-03-01' })],
    });
    expect(k11(t)).toEqual([
      ['k11_waiting_days', 'numerator', 165, '2025-03-15', 'icm'],
      ['k11_waiting_over_5m', 'numerator', 165, '2025-03-15', 'icm'],
      ['k11_waiting_over_12m', 'denominator', 165, '2025-03-15', 'icm'],
    ]);
    // Exactly 5 months is not over 5 months.
    expect(k11(person({ readyToMoveOn: '2024-10-15', allocations: [moveIn('a1', '2025-03-15')] }))[1]).toEqual([
      'k11_waiting_over_5m',
      'denominator',
      151,
      '2025-03-15',
      null,
    ]);
    expect(k11(person({ readyToMoveOn: '2024-01-02', allocations: [moveIn('a1', '2025-03-15')] }))[2]?.[1]).toBe('numerator');
  });

  it('leaves out citizens without a ready date and move-ins before it', () => {
    expect(k11(person({ allocations: [moveIn('a1', '2025-03-15')] }))).toEqual([]);
    expect(k11(person({ readyToMoveOn: '2025-04-01', allocations: [moveIn('a1', '2025-03-15')] }))).toEqual([]);
    expect(k11(person({ readyToMoveOn: '2025-03-15', allocations: [moveIn('a1', '2025-03-15')] }))[0]?.[2]).toBe(0);
  });
});

describe('K16 reimbursement days', () => {
  const k16 = (t: CitizenTimeline, window: { key: string; from: string; to: string }) =>
    rowsOf(computeMemberRows([t], [window], window.to), 'k16_over_reimbursement_limit').map((r) => [
      r.subjectId,
      r.outcome,
      r.value,
      r.unitId,
    ]);

  it('counts the running year’s nights of a citizen on a stay on the last day, over the limit of 120', () => {
    // 1 September – 31 December 2025: 122 nights, two beyond 120.
    expect(k16(person({ stays: [stay({ admittedOn: '2025-09-01' })] }), year2025)).toEqual([
      ['p1', 'numerator', 122, 'shelter-a'],
    ]);
    // 1 October – 31 December 2025: 92 nights, under 120.
    expect(k16(person({ stays: [stay({ admittedOn: '2025-10-01' })] }), year2025)).toEqual([
      ['p1', 'denominator', 92, 'shelter-a'],
    ]);
  });

  it('applies the limit of 90 from 1 April 2026 night by night', () => {
    const spring = { key: 'period', from: '2026-04-01', to: '2026-06-30' };
    // 15 February – 30 June 2026: 136 nights; 90 reimbursed before April leaves none after.
    expect(k16(person({ stays: [stay({ admittedOn: '2026-02-15' })] }), spring)).toEqual([['p1', 'numerator', 136, 'shelter-a']]);
    // 15 February – 30 April: 75 nights, under 90.
    expect(k16(person({ stays: [stay({ admittedOn: '2026-02-15' })] }), { ...spring, to: '2026-04-30' })).toEqual([
      ['p1', 'denominator', 75, 'shelter-a'],
    ]);
  });

  it('starts a new running year after a year, at the next admission, across shelters', () => {
    const t = person({
      stays: [
        stay({ id: 's1', admittedOn: '2024-01-01', dischargedOn: '2024-06-01' }),
        stay({ id: 's2', shelterId: 'shelter-b', admittedOn: '2025-03-01' }),
      ],
    });
    expect(k16(t, { key: 'period', from: '2025-01-01', to: '2025-04-30' })).toEqual([['p1', 'denominator', 61, 'shelter-b']]);
    // Within the first running year, the nights of both shelters add up.
    const close = person({
      stays: [
        stay({ id: 's1', admittedOn: '2024-01-01', dischargedOn: '2024-04-01' }),
        stay({ id: 's2', shelterId: 'shelter-b', admittedOn: '2024-05-01' }),
      ],
    });
    expect(k16(close, { key: 'period', from: '2024-01-01', to: '2024-05-31' })).toEqual([['p1', 'numerator', 122, 'shelter-b']]);
  });

  it('leaves out citizens not on a stay on the last day, and days before the scheme started', () => {
    expect(k16(person({ stays: [stay({ admittedOn: '2025-09-01', dischargedOn: '2025-12-31' })] }), year2025)).toEqual([]);
    expect(
      k16(person({ stays: [stay({ admittedOn: '2023-01-01' })] }), { key: 'period', from: '2023-01-01', to: '2023-06-30' }),
    ).toEqual([]);
    // A stay since before 1 October 2023 counts from then: 92 nights to 31 December 2023.
    expect(
      k16(person({ stays: [stay({ admittedOn: '2023-01-01' })] }), { key: 'period', from: '2023-10-01', to: '2023-12-31' }),
    ).toEqual([['p1', 'denominator', 92, 'shelter-a']]);
  });
});

describe('K15 overdue course registrations', () => {
  const k15 = (t: CitizenTimeline, to = '2025-12-31') =>
    rowsOf(computeMemberRows([t], [{ ...year2025, to }], to), 'k15_registration_overdue').map((r) => [
      r.subjectId,
      r.outcome,
      r.value,
      r.unitId,
    ]);

  it('counts a course whose intake or status fell due before the last day', () => {
    // No intake since the start on 1 March.
    expect(k15(person({ courses: [course()] }))).toEqual([['c1', 'numerator', 305, 'team-icm']]);
    // Intake on 1 March, status on 1 October: the next is due 1 January, not yet.
    const kept = course({
      registrations: [registration('intake', '2025-03-01'), registration('status', '2025-10-01')],
    });
    expect(k15(person({ courses: [kept] }))).toEqual([['c1', 'denominator', null, 'team-icm']]);
    // With a 2-month interval (the municipality's setting) it was due 1 December.
    expect(k15(person({ courses: [kept], registrationIntervalMonths: 2 }))).toEqual([['c1', 'numerator', 30, 'team-icm']]);
    // Registrations dated after the last day are not known yet; due on the last day is not overdue.
    expect(k15(person({ courses: [kept] }), '2025-06-01')).toEqual([['c1', 'denominator', null, 'team-icm']]);
    expect(k15(person({ courses: [kept] }), '2025-09-30')).toEqual([['c1', 'numerator', 121, 'team-icm']]);
    expect(k15(person({ courses: [course({ startedOn: '2025-12-31' })] }))).toEqual([['c1', 'denominator', null, 'team-icm']]);
  });

  it('leaves out courses ended by the last day, with an exit, or not started', () => {
    expect(k15(person({ courses: [course({ endedOn: '2025-12-31' })] }))).toEqual([]);
    expect(k15(person({ courses: [course({ registrations: [registration('exit', '2025-11-01')] })] }))).toEqual([]);
    expect(k15(person({ courses: [course({ startedOn: '2026-01-05' })] }))).toEqual([]);
  });
});

describe('K15 required fields filled per course registration', () => {
  const k15 = (t: CitizenTimeline) =>
    rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k15_required_fields').map((r) => [
      r.subjectId,
      r.anchorOn,
      r.outcome,
      r.value,
      r.method,
      r.unitId,
    ]);

  it('counts each registration dated in the period, complete when no required field is empty', () => {
    const courseWith = course({
      registrations: [
        registration('intake', '2025-03-01'),
        // Two empty fields: the referral source is not asked at a status, the citizen's rating of housing is.
        registration('status', '2025-06-01', {
          contactFrequency: null,
          lifeAreas: lifeAreas.map((lifeArea) => ({
            lifeArea,
            workerRating: 3,
            citizenRating: lifeArea === 'housing' ? null : 4,
          })),
        }),
        registration('exit', '2025-11-01', { exitReason: 'other', exitReasonText: '  ' }),
        registration('status', '2024-12-01', { contactFrequency: null }),
      ],
    });
    expect(k15(person({ courses: [courseWith] }))).toEqual([
      ['r-intake-2025-03-01', '2025-03-01', 'numerator', 0, 'icm', 'team-icm'],
      ['r-status-2025-06-01', '2025-06-01', 'denominator', 2, 'icm', 'team-icm'],
      ['r-exit-2025-11-01', '2025-11-01', 'denominator', 1, 'icm', 'team-icm'],
    ]);
  });

  it('counts no registration for a course without any', () => {
    expect(k15(person({ courses: [course()] }))).toEqual([]);
  });
});

describe('breakdowns, windows and request checks', () => {
  it('groups rows by age band on the anchor day, by sex and method', () => {
    expect(ageBandOn('1980-06-15', '1998-06-14')).toBe('under_18');
    expect(ageBandOn('1980-06-15', '1998-06-15')).toBe('18_29');
    expect(ageBandOn('1980-06-15', '2010-06-15')).toBe('30_39');
    expect(ageBandOn(null, '2010-06-15')).toBeNull();
    const t = person({ allocations: [moveIn('a1', '2025-03-11')] });
    const rows = rowsOf(computeMemberRows([t], [year2025], '2025-12-31'), 'k1_lead_time');
    const people = new Map([['p1', { birthDate: '1980-06-15', sex: 'male' as const }]]);
    expect([...groupRows(rows, 'age_band', people).keys()]).toEqual(['40_49']);
    expect([...groupRows(rows, 'sex', people).keys()]).toEqual(['male']);
    expect([...groupRows(rows, 'method', people).keys()]).toEqual(['none']);
  });

  it('picks the latest started course at a day', () => {
    const a = course({ id: 'a', startedOn: '2025-01-01' });
    const b = course({ id: 'b', startedOn: '2025-02-01', method: 'act' });
    expect(courseAt([a, b], '2025-03-01')?.id).toBe('b');
    expect(courseAt([a, b], '2025-01-15')?.id).toBe('a');
    expect(courseAt([a, { ...b, endedOn: '2025-02-20' }], '2025-03-01')?.id).toBe('a');
  });

  it('gives eight quarters ending on the reference date', () => {
    const quarters = trendQuarters('2026-11-15');
    expect(quarters).toHaveLength(8);
    expect(quarters[0]).toEqual({ key: 'q2025-1', from: '2025-01-01', to: '2025-03-31' });
    expect(quarters[7]).toEqual({ key: 'q2026-4', from: '2026-10-01', to: '2026-11-15' });
  });

  it('names the field of each bad input', () => {
    const today = '2026-06-01';
    expect(checkKeyFigureRequest({ from: '2026-01-01', to: '2025-12-31', referenceDate: '2026-05-01' }, today)).toEqual([
      { field: 'to', code: 'period_reversed' },
    ]);
    expect(checkKeyFigureRequest({ from: '2026-01-01', to: '2026-05-31', referenceDate: '2026-05-01' }, today)).toEqual([
      { field: 'to', code: 'period_after_reference_date' },
    ]);
    expect(checkKeyFigureRequest({ from: '2026-01-01', to: '2026-03-31', referenceDate: '2026-07-01' }, today)).toEqual([
      { field: 'referenceDate', code: 'reference_date_in_future' },
    ]);
    expect(
      checkKeyFigureRequest(
        { from: '2026-01-01', to: '2026-03-31', referenceDate: '2026-05-01', version: 7, breakdown: 'shoe_size' },
        today,
      ),
    ).toEqual([
      { field: 'version', code: 'version_unknown' },
      { field: 'breakdown', code: 'breakdown_unknown' },
    ]);
    expect(
      checkKeyFigureRequest(
        { from: '2026-01-01', to: '2026-03-31', referenceDate: '2026-05-01', version: 1, breakdown: 'method' },
        today,
      ),
    ).toEqual([]);
  });
});

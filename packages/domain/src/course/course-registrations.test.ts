import { describe, expect, it } from 'vitest';
import {
  courseEndReasonOfExit,
  exitReasons,
  missingRegistrationFields,
  nextRegistrationDue,
  prefillRegistration,
  refuseRegistration,
  registrationDueState,
  type KnownCourseFacts,
} from './course-registrations';
import { lifeAreas } from './vum';

const course = { startedOn: '2026-01-10', endedOn: null };

describe('nextRegistrationDue', () => {
  it('asks for the intake at the course start first', () => {
    expect(nextRegistrationDue(course, [])).toEqual({ kind: 'intake', dueOn: '2026-01-10' });
  });

  it('asks for a status three months after the intake, then after the latest status', () => {
    const intake = { kind: 'intake' as const, registeredOn: '2026-01-12' };
    expect(nextRegistrationDue(course, [intake])).toEqual({ kind: 'status', dueOn: '2026-04-12' });
    const status = { kind: 'status' as const, registeredOn: '2026-04-20' };
    expect(nextRegistrationDue(course, [status, intake])).toEqual({ kind: 'status', dueOn: '2026-07-20' });
  });

  it('takes the interval from the configuration', () => {
    expect(nextRegistrationDue(course, [{ kind: 'intake', registeredOn: '2026-01-31' }], 6)).toEqual({
      kind: 'status',
      dueOn: '2026-07-31',
    });
    // Month ends clamp, as addMonths does.
    expect(nextRegistrationDue(course, [{ kind: 'intake', registeredOn: '2026-11-30' }], 3)?.dueOn).toBe('2027-02-28');
  });

  it('asks for nothing once the course has ended or has an exit', () => {
    expect(nextRegistrationDue({ ...course, endedOn: '2026-05-01' }, [])).toBeNull();
    expect(
      nextRegistrationDue(course, [
        { kind: 'intake', registeredOn: '2026-01-12' },
        { kind: 'exit', registeredOn: '2026-03-01' },
      ]),
    ).toBeNull();
  });
});

describe('registrationDueState', () => {
  it('is upcoming until two weeks before, due through the due day, overdue after', () => {
    expect(registrationDueState('2026-04-12', '2026-03-28')).toBe('upcoming');
    expect(registrationDueState('2026-04-12', '2026-03-29')).toBe('due');
    expect(registrationDueState('2026-04-12', '2026-04-12')).toBe('due');
    expect(registrationDueState('2026-04-12', '2026-04-13')).toBe('overdue');
  });
});

describe('refuseRegistration', () => {
  const intake = { kind: 'intake' as const, registeredOn: '2026-01-12' };

  it('accepts the intake, then statuses and an exit after it', () => {
    expect(refuseRegistration(course, [], intake)).toBeNull();
    expect(refuseRegistration(course, [intake], { kind: 'status', registeredOn: '2026-04-12' })).toBeNull();
    expect(refuseRegistration(course, [intake], { kind: 'exit', registeredOn: '2026-04-12' })).toBeNull();
  });

  it('refuses a second intake, naming the first', () => {
    expect(refuseRegistration(course, [intake], { kind: 'intake', registeredOn: '2026-02-01' })).toEqual({
      code: 'registration_second_intake',
      field: 'kind',
      intakeOn: '2026-01-12',
    });
  });

  it('refuses a new registration on an ended course, and a second exit', () => {
    expect(
      refuseRegistration({ ...course, endedOn: '2026-03-01' }, [intake], { kind: 'status', registeredOn: '2026-02-01' }),
    ).toEqual({ code: 'registration_course_ended', field: 'kind', endedOn: '2026-03-01' });
    const exit = { kind: 'exit' as const, registeredOn: '2026-03-01' };
    expect(refuseRegistration(course, [intake, exit], { kind: 'exit', registeredOn: '2026-03-02' }, 'change')).toMatchObject({
      code: 'registration_course_ended',
    });
  });

  it('lets a registration on an ended course be corrected within the date rules', () => {
    const ended = { ...course, endedOn: '2026-03-01' };
    const exit = { kind: 'exit' as const, registeredOn: '2026-03-01' };
    expect(refuseRegistration(ended, [intake, exit], { kind: 'status', registeredOn: '2026-02-01' }, 'change')).toBeNull();
    expect(refuseRegistration(ended, [intake, exit], { kind: 'status', registeredOn: '2026-03-05' }, 'change')).toEqual({
      code: 'registration_after_exit',
      field: 'registeredOn',
      exitOn: '2026-03-01',
    });
  });

  it('refuses an exit or a status before the intake', () => {
    expect(refuseRegistration(course, [], { kind: 'exit', registeredOn: '2026-02-01' })).toEqual({
      code: 'registration_exit_before_intake',
      field: 'kind',
    });
    expect(refuseRegistration(course, [], { kind: 'status', registeredOn: '2026-02-01' })).toMatchObject({
      code: 'registration_status_before_intake',
    });
    expect(refuseRegistration(course, [intake], { kind: 'exit', registeredOn: '2026-01-11' })).toEqual({
      code: 'registration_before_intake',
      field: 'registeredOn',
      intakeOn: '2026-01-12',
    });
  });

  it('refuses dates before the course start, an intake after a status, an exit before the latest status', () => {
    expect(refuseRegistration(course, [], { kind: 'intake', registeredOn: '2026-01-09' })).toEqual({
      code: 'registration_before_course_start',
      field: 'registeredOn',
      startedOn: '2026-01-10',
    });
    const status = { kind: 'status' as const, registeredOn: '2026-04-12' };
    expect(refuseRegistration(course, [status], { kind: 'intake', registeredOn: '2026-05-01' }, 'change')).toEqual({
      code: 'registration_intake_after_others',
      field: 'registeredOn',
      firstOn: '2026-04-12',
    });
    expect(refuseRegistration(course, [intake, status], { kind: 'exit', registeredOn: '2026-03-01' })).toEqual({
      code: 'registration_exit_before_others',
      field: 'registeredOn',
      lastOn: '2026-04-12',
    });
  });
});

describe('prefillRegistration', () => {
  const nothing: KnownCourseFacts = {
    today: '2026-04-12',
    housingCategory: null,
    allocation: null,
    assessment: null,
    plan: null,
    decision: null,
    stayAtStart: false,
    previous: null,
  };

  it('knows nothing from nothing, and never guesses the citizen’s own ratings', () => {
    const prefill = prefillRegistration(nothing);
    expect(prefill.housingStatus).toBeNull();
    expect(prefill.lifeAreas.map((l) => l.lifeArea)).toEqual([...lifeAreas]);
    expect(prefill.lifeAreas.every((l) => l.workerRating === null && l.citizenRating === null && l.citizenWords === null)).toBe(
      true,
    );
    expect(prefill.sources).toEqual([]);
  });

  it('takes the housing status and VIVE category from the housing period, the referral from a stay', () => {
    const prefill = prefillRegistration({ ...nothing, housingCategory: 'shelter_110', stayAtStart: true });
    expect(prefill).toMatchObject({
      housingStatus: 'not_housed',
      homelessCategory: 'shelter_110',
      referralSource: 'shelter_110',
    });
    expect(prefill.sources).toEqual(['housing_period', 'stay']);
  });

  it('prefers the allocation: a move-in that has happened means housed, with no VIVE category', () => {
    const prefill = prefillRegistration({
      ...nothing,
      housingCategory: 'shelter_110',
      allocation: { leaseSignedOn: '2026-03-01', moveInOn: '2026-03-15' },
    });
    expect(prefill).toMatchObject({ housingStatus: 'moved_in', homelessCategory: null });
    expect(
      prefillRegistration({ ...nothing, allocation: { leaseSignedOn: '2026-03-01', moveInOn: '2026-05-01' } }).housingStatus,
    ).toBe('lease_signed');
  });

  it('suggests worker ratings from the assessment’s support needs, the lowest where several areas meet', () => {
    const prefill = prefillRegistration({
      ...nothing,
      assessment: {
        id: 'a1',
        assessedOn: '2026-01-05',
        areas: [
          { area: 'mental_functions', supportNeed: 'high' },
          { area: 'health', supportNeed: 'light' },
          { area: 'physical_functions', supportNeed: 'moderate' },
          { area: 'relations', supportNeed: 'not_assessed' },
        ],
      },
      plan: { id: 'p1', madeOn: '2026-01-20', lifeAreas: ['housing'] },
      decision: { id: 'd1', decidedOn: '2026-01-02' },
    });
    const rating = (area: string) => prefill.lifeAreas.find((l) => l.lifeArea === area)?.workerRating;
    expect(rating('mental_health')).toBe(2);
    expect(rating('physical_health')).toBe(3);
    expect(rating('network_social_relations')).toBeNull();
    expect(prefill).toMatchObject({ assessmentId: 'a1', planId: 'p1', decisionId: 'd1' });
    expect(prefill.sources).toEqual(['assessment', 'plan', 'decision']);
  });

  it('carries the previous registration’s answers forward before the assessment', () => {
    const prefill = prefillRegistration({
      ...nothing,
      assessment: { id: 'a1', assessedOn: '2026-01-05', areas: [{ area: 'mental_functions', supportNeed: 'high' }] },
      previous: {
        referralSource: 'authority',
        contactFrequency: 'weekly',
        supplementaryServices: ['debt_advice'],
        lifeAreas: [{ lifeArea: 'mental_health', workerRating: 4, citizenRating: 2, citizenWords: 'Bedre' }],
      },
    });
    expect(prefill).toMatchObject({
      referralSource: 'authority',
      contactFrequency: 'weekly',
      supplementaryServices: ['debt_advice'],
    });
    expect(prefill.lifeAreas.find((l) => l.lifeArea === 'mental_health')).toEqual({
      lifeArea: 'mental_health',
      workerRating: 4,
      citizenRating: null,
      citizenWords: null,
    });
  });
});

describe('exit reasons and missing fields', () => {
  it('maps every exit reason to the course’s end reason', () => {
    expect(exitReasons.map((r) => courseEndReasonOfExit[r])).not.toContain(undefined);
    expect(courseEndReasonOfExit.cti_completed).toBe('completed');
  });

  it('names the required fields left empty', () => {
    const base = {
      kind: 'status' as const,
      housingStatus: 'not_housed' as const,
      homelessCategory: null,
      referralSource: null,
      contactFrequency: 'weekly' as const,
      lifeAreas: lifeAreas.map((lifeArea) => ({ lifeArea, workerRating: 3 as const, citizenRating: null, citizenWords: null })),
    };
    expect(missingRegistrationFields(base)).toEqual(['homelessCategory']);
    expect(missingRegistrationFields({ ...base, kind: 'intake', lifeAreas: [] })).toHaveLength(10);
  });
});

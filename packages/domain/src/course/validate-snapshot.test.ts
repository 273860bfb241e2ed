import { describe, expect, it } from 'vitest';
import { type CourseSnapshot } from './snapshot';
import { validateCourseSnapshot } from './validate-snapshot';

const empty: CourseSnapshot = {
  citizenId: 'c1',
  stays: [],
  plans: [],
  decisions: [],
  housingAllocations: [],
  supportCourses: [],
};

describe('impossible sequences in a course', () => {
  it('accepts a consistent course', () => {
    expect(
      validateCourseSnapshot({
        ...empty,
        stays: [
          { id: 's1', admittedOn: '2025-01-01', dischargedOn: '2025-02-01', handlekommuneNotifiedOn: '2025-01-03' },
          { id: 's2', admittedOn: '2025-02-01', dischargedOn: null, handlekommuneNotifiedOn: null },
        ],
        housingAllocations: [
          { id: 'a1', allocatedOn: '2025-03-01', leaseSignedOn: '2025-03-05', moveInOn: '2025-03-15', withdrawnOn: null },
        ],
        supportCourses: [
          {
            id: 'k1',
            method: 'cti',
            startedOn: '2025-02-10',
            endedOn: null,
            ctiPhases: [
              { phase: 1, startedOn: '2025-03-15' },
              { phase: 2, startedOn: '2025-06-15' },
            ],
          },
        ],
      }),
    ).toEqual([]);
  });

  it('names discharge before admission, notification before admission and overlapping stays', () => {
    const codes = validateCourseSnapshot({
      ...empty,
      stays: [
        { id: 's1', admittedOn: '2025-02-01', dischargedOn: '2025-01-20', handlekommuneNotifiedOn: '2025-01-31' },
        { id: 's2', admittedOn: '2025-03-01', dischargedOn: null, handlekommuneNotifiedOn: null },
        { id: 's3', admittedOn: '2025-03-10', dischargedOn: '2025-03-12', handlekommuneNotifiedOn: null },
      ],
    }).map((i) => `${i.code}:${i.subjectId}`);
    expect(codes).toEqual(['discharge_before_admission:s1', 'notification_before_admission:s1', 'stays_overlap:s3']);
  });

  it('names move-in and lease before allocation', () => {
    const issues = validateCourseSnapshot({
      ...empty,
      housingAllocations: [
        { id: 'a1', allocatedOn: '2025-03-01', leaseSignedOn: '2025-02-27', moveInOn: '2025-02-28', withdrawnOn: null },
      ],
    });
    expect(issues).toEqual([
      { code: 'lease_before_allocation', subjectId: 'a1', fields: ['allocatedOn', 'leaseSignedOn'] },
      { code: 'move_in_before_allocation', subjectId: 'a1', fields: ['allocatedOn', 'moveInOn'] },
    ]);
  });

  it('names invalid dates, reversed periods and a missing § 85 a reason', () => {
    const codes = validateCourseSnapshot({
      ...empty,
      plans: [{ id: 'p1', kind: '142', madeOn: '2025-02-30', endedOn: null }],
      decisions: [
        {
          id: 'd1',
          kind: '85a',
          decidedOn: '2025-03-01',
          outcome: 'granted',
          method: 'icm',
          periodFrom: '2025-04-01',
          periodTo: '2025-03-01',
          providerWish: { wishedProvider: 'Herberget', followed: false, reasonIfNotFollowed: ' ' },
        },
      ],
    }).map((i) => i.code);
    expect(codes).toEqual(['invalid_date', 'decision_period_reversed', 'provider_wish_reason_missing']);
  });

  it('names CTI phases out of order, before the course, or on a non-CTI course', () => {
    const codes = validateCourseSnapshot({
      ...empty,
      supportCourses: [
        { id: 'k1', method: 'cti', startedOn: '2025-02-10', endedOn: null, ctiPhases: [{ phase: 2, startedOn: '2025-03-15' }] },
        { id: 'k2', method: 'cti', startedOn: '2025-02-10', endedOn: null, ctiPhases: [{ phase: 1, startedOn: '2025-02-01' }] },
        {
          id: 'k3',
          method: 'icm',
          startedOn: '2025-02-10',
          endedOn: '2025-01-10',
          ctiPhases: [{ phase: 1, startedOn: '2025-03-01' }],
        },
        {
          id: 'k4',
          method: 'cti',
          startedOn: '2025-02-10',
          endedOn: null,
          ctiPhases: [
            { phase: 1, startedOn: '2025-05-01' },
            { phase: 2, startedOn: '2025-04-01' },
          ],
        },
      ],
    }).map((i) => `${i.code}:${i.subjectId}`);
    expect(codes).toEqual([
      'cti_phases_out_of_order:k1',
      'cti_phase_before_course_start:k2',
      'support_course_ends_before_start:k3',
      'cti_phases_on_non_cti_course:k3',
      'cti_phases_out_of_order:k4',
    ]);
  });
});

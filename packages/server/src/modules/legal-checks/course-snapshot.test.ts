import { describe, expect, it } from 'vitest';
import { toCourseSnapshot, type SnapshotRows } from './course-snapshot';

const rows: SnapshotRows = {
  stays: [{ id: 's1', admittedOn: '2026-01-05', dischargedOn: null, handlekommuneNotifiedOn: '2026-01-06' }],
  plans: [{ id: 'p1', kind: '142', madeOn: '2026-01-10', endedOn: null }],
  decisions: [
    {
      id: 'd1',
      kind: '85a',
      outcome: 'granted',
      method: 'cti',
      decidedOn: '2026-02-01',
      periodFrom: '2026-02-15',
      periodTo: null,
      wishedProvider: 'Kirkens Korshær',
      wishFollowed: false,
      reasonIfNotFollowed: 'Kun kommunens CTI-team.',
    },
    {
      id: 'd2',
      kind: '107',
      outcome: 'refused',
      method: null,
      decidedOn: '2026-01-20',
      periodFrom: null,
      periodTo: null,
      wishedProvider: null,
      wishFollowed: null,
      reasonIfNotFollowed: null,
    },
  ],
  allocations: [
    {
      id: 'a1',
      allocatedOn: '2026-02-01',
      leaseSignedOn: '2026-02-05',
      plannedMoveInOn: '2026-02-15',
      moveInOn: null,
      withdrawnOn: null,
    },
    {
      id: 'a2',
      allocatedOn: '2025-12-01',
      leaseSignedOn: '2025-12-02',
      plannedMoveInOn: '2025-12-10',
      moveInOn: '2025-12-12',
      withdrawnOn: null,
    },
  ],
  courses: [
    { id: 'c1', method: 'cti', startedOn: '2026-01-20', endedOn: null },
    { id: 'c2', method: 'icm', startedOn: '2025-01-01', endedOn: '2025-06-01' },
  ],
  phases: [
    { supportCourseId: 'c1', phase: 2, startedOn: '2026-05-15' },
    { supportCourseId: 'c1', phase: 1, startedOn: '2026-02-15' },
    { supportCourseId: 'c1', phase: 3, startedOn: null },
    { supportCourseId: 'c2', phase: 1, startedOn: '2025-02-01' },
  ],
};

describe('toCourseSnapshot', () => {
  const snapshot = toCourseSnapshot('citizen-1', rows);

  it('maps stays and plans as they are', () => {
    expect(snapshot.citizenId).toBe('citizen-1');
    expect(snapshot.stays).toEqual([
      { id: 's1', admittedOn: '2026-01-05', dischargedOn: null, handlekommuneNotifiedOn: '2026-01-06' },
    ]);
    expect(snapshot.plans).toEqual([{ id: 'p1', kind: '142', madeOn: '2026-01-10', endedOn: null }]);
  });

  it('gives a decision a provider wish only when a provider was wished', () => {
    expect(snapshot.decisions[0]?.providerWish).toEqual({
      wishedProvider: 'Kirkens Korshær',
      followed: false,
      reasonIfNotFollowed: 'Kun kommunens CTI-team.',
    });
    expect(snapshot.decisions[1]).toMatchObject({ kind: '107', outcome: 'refused', providerWish: null });
  });

  it('uses the actual move-in day, else the planned one', () => {
    expect(snapshot.housingAllocations.map((a) => [a.id, a.moveInOn, a.leaseSignedOn])).toEqual([
      ['a1', '2026-02-15', '2026-02-05'],
      ['a2', '2025-12-12', '2025-12-02'],
    ]);
  });

  it('keeps the started CTI phases in order, and none on other methods', () => {
    expect(snapshot.supportCourses[0]?.ctiPhases).toEqual([
      { phase: 1, startedOn: '2026-02-15' },
      { phase: 2, startedOn: '2026-05-15' },
    ]);
    expect(snapshot.supportCourses[1]).toEqual({
      id: 'c2',
      method: 'icm',
      startedOn: '2025-01-01',
      endedOn: '2025-06-01',
      ctiPhases: [],
    });
  });
});

import { describe, expect, it } from 'vitest';
import { addDays, evaluateCourse, type CourseSnapshot, type IsoDate } from '@hjemvej/domain';
import { shelterViewOf, summariseAttention, summariseCourse } from './course-status-summary';

const empty: CourseSnapshot = { citizenId: 'c', stays: [], plans: [], decisions: [], housingAllocations: [], supportCourses: [] };

/** Courses whose summary changes by the calendar: deadlines, reimbursement, CTI, periods, Easter, 1 April 2026. */
function scenarios(start: IsoDate): Record<string, CourseSnapshot> {
  const d = (n: number) => addDays(start, n);
  return {
    'pending notification, no plan': {
      ...empty,
      stays: [{ id: 's', admittedOn: d(-1), dischargedOn: null, handlekommuneNotifiedOn: null }],
    },
    'long stay towards the reimbursement limit': {
      ...empty,
      stays: [{ id: 's', admittedOn: d(-60), dischargedOn: null, handlekommuneNotifiedOn: d(-60) }],
      plans: [{ id: 'p', kind: '142', madeOn: d(-50), endedOn: d(40) }],
    },
    'discharge conditions met step by step': {
      ...empty,
      stays: [{ id: 's', admittedOn: d(-30), dischargedOn: d(70), handlekommuneNotifiedOn: d(-29) }],
      plans: [{ id: 'p', kind: '142', madeOn: d(-20), endedOn: null }],
      housingAllocations: [{ id: 'a', allocatedOn: d(5), leaseSignedOn: d(12), moveInOn: d(20), withdrawnOn: null }],
      decisions: [
        {
          id: 'dec',
          kind: '85a',
          decidedOn: d(8),
          outcome: 'granted',
          method: 'cti',
          periodFrom: d(9),
          periodTo: d(50),
          providerWish: null,
        },
      ],
    },
    'CTI phases due and overdue': {
      ...empty,
      housingAllocations: [{ id: 'a', allocatedOn: d(-200), leaseSignedOn: d(-190), moveInOn: d(-180), withdrawnOn: null }],
      supportCourses: [
        {
          id: 'cti',
          method: 'cti',
          startedOn: d(-200),
          endedOn: d(150),
          ctiPhases: [
            { phase: 1, startedOn: d(-180) },
            { phase: 2, startedOn: d(-80) },
          ],
        },
      ],
    },
    'two stays, one at another shelter': {
      ...empty,
      stays: [
        { id: 'old', admittedOn: d(-100), dischargedOn: d(-40), handlekommuneNotifiedOn: null },
        { id: 'now', admittedOn: d(-2), dischargedOn: null, handlekommuneNotifiedOn: null },
      ],
    },
  };
}

const starts: IsoDate[] = ['2025-04-14', '2025-12-20', '2026-02-10', '2026-03-25', '2026-11-20'];

describe('summariseCourse', () => {
  it('counts what needsAttention counts, ranked by the worst', () => {
    const snapshot = scenarios('2026-03-25')['pending notification, no plan'] ?? empty;
    const results = evaluateCourse(snapshot, '2026-03-25');
    expect(summariseAttention(results).count).toBe(
      results.filter((r) => ['missing', 'overdue', 'warning'].includes(r.status)).length,
    );
    expect(summariseCourse(snapshot, '2026-03-25', '2026-05-01')).toMatchObject({ count: 3, rank: 3 });
    expect(summariseCourse(empty, '2026-03-25', '2026-05-01')).toEqual({ count: 0, rank: 0, validUntil: '2026-04-01' });
  });

  // The stored row is trusted for every day in [today, validUntil): check that, day by day, over a year.
  for (const start of starts) {
    for (const [name, base] of Object.entries(scenarios(start))) {
      it(`holds until validUntil, checked day by day: ${name}, from ${start}`, () => {
        for (const snapshot of [base, shelterViewOf(base, new Set(['now', 's']))]) {
          let today = start;
          let recomputations = 0;
          while (today < addDays(start, 365)) {
            const row = summariseCourse(snapshot, today, addDays(today, 32));
            expect(row.validUntil > today).toBe(true);
            for (let day = today; day < row.validUntil; day = addDays(day, 1)) {
              const actual = summariseAttention(evaluateCourse(snapshot, day));
              expect({ day, ...actual }).toEqual({ day, count: row.count, rank: row.rank });
            }
            today = row.validUntil;
            recomputations++;
          }
          expect(recomputations).toBeLessThan(365);
        }
      });
    }
  }
});

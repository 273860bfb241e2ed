import { describe, expect, it } from 'vitest';
import {
  countMethodPeriod,
  housingGroupOf,
  type ReportCourseFact,
  type ReportFacts,
  type ReportPersonFact,
} from './status-report-counts';

const period = { from: '2025-01-01', to: '2025-06-30' };
const noShare = { numerator: 0, denominator: 0 };
const counted = { contacts: { visit: 3 }, retention: { '3m': noShare, '6m': noShare, '12m': noShare } };

const course = (id: string, overrides: Partial<ReportCourseFact>): ReportCourseFact => ({
  id,
  personId: id,
  method: 'cti',
  teamUnitId: 'team-a',
  workerUserId: 'worker-1',
  startedOn: '2025-02-01',
  endedOn: null,
  endReason: null,
  hasDecision: true,
  phases: [],
  ...overrides,
});

const person = (personId: string, overrides: Partial<ReportPersonFact> = {}): ReportPersonFact => ({
  personId,
  birthDate: '1980-05-01',
  sex: 'female',
  housing: [],
  plans: [],
  assessments: [],
  ...overrides,
});

describe('countMethodPeriod', () => {
  const facts: ReportFacts = {
    courses: [
      // Started in the period from a shelter, moved home in April, still running, phase 2.
      course('a', {
        phases: [
          { phase: 1, startedOn: '2025-02-01' },
          { phase: 2, startedOn: '2025-05-01' },
        ],
      }),
      // Started before, ended in the period as planned.
      course('b', { startedOn: '2024-03-01', endedOn: '2025-03-15', endReason: 'completed', workerUserId: 'worker-2' }),
      // Ended before the period: not counted.
      course('c', { startedOn: '2024-01-01', endedOn: '2024-12-31', endReason: 'died' }),
      // Another method.
      course('d', { method: 'icm' }),
    ],
    people: new Map([
      [
        'a',
        person('a', {
          housing: [
            { category: 'shelter_110', from: '2025-01-10', to: '2025-04-01' },
            { category: 'own_home_with_lease', from: '2025-04-01', to: null },
          ],
          plans: [{ madeOn: '2025-02-10', endedOn: null }],
          assessments: [
            { assessedOn: '2025-01-20', severeAreas: ['health'] },
            { assessedOn: '2025-05-20', severeAreas: ['mental_functions', 'relations'] },
          ],
        }),
      ],
      ['b', person('b', { sex: 'male', birthDate: null })],
      ['c', person('c')],
    ]),
    decisions: [
      { method: 'cti', outcome: 'granted', decidedOn: '2025-01-20' },
      { method: 'cti', outcome: 'refused', decidedOn: '2024-12-20' },
      { method: 'icm', outcome: 'refused', decidedOn: '2025-01-20' },
    ],
  };
  const counts = countMethodPeriod(facts, 'cti', period, counted);

  it('counts the courses, citizens, teams and workers of the method in the period', () => {
    expect(counts).toMatchObject({ activeAtEnd: 1, started: 1, ended: 1, citizens: 2, teams: 1, workers: 2 });
    expect(counts).toMatchObject({ decisionsGranted: 1, decisionsRefused: 0, withPlan: 1, withDecision: 1 });
  });

  it('reads the housing situation at the start and at the end', () => {
    expect(counts.housingAtStart).toMatchObject({ shelter_110: 1, own_home: 0 });
    expect(counts.housingAtEnd).toMatchObject({ own_home: 1, shelter_110: 0 });
  });

  it('counts the background and the latest assessment per citizen', () => {
    expect(counts.sex).toEqual({ female: 1, male: 1, unknown: 0 });
    expect(counts.ageBands).toMatchObject({ '40_49': 1, unknown: 1 });
    expect(counts.assessed).toBe(1);
    expect(counts.severeAreas).toEqual({ mental_functions: 1, relations: 1 });
  });

  it('counts exits by reason, CTI phases at the end and takes contacts as counted', () => {
    expect(counts.endReasons).toEqual({ completed: 1 });
    expect(counts.ctiPhaseAtEnd).toEqual({ phase_1: 0, phase_2: 1, phase_3: 0, none: 0 });
    expect(counts.contacts).toEqual({ visit: 3, phone: 0, meeting: 0, other: 0 });
  });

  it('groups housing categories as the report shows them', () => {
    expect(housingGroupOf('rough_sleeping')).toBe('other_homeless');
    expect(housingGroupOf('residential_offer_107_108')).toBe('residential_offer');
    expect(housingGroupOf(null)).toBe('unknown');
  });
});

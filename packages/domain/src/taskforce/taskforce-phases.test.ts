import { describe, expect, it } from 'vitest';
import {
  currentTaskforcePhase,
  findPhaseOrderProblem,
  isActivityOverdue,
  planTaskforceActivities,
  planTaskforcePhases,
  type PhaseDates,
} from './taskforce-phases';

describe('taskforce phases', () => {
  it('plans the four phases back to back over two years', () => {
    const phases = planTaskforcePhases('2027-09-01');
    expect(phases.map((p) => [p.phase, p.plannedStart, p.plannedEnd])).toEqual([
      ['preparation', '2027-09-01', '2027-09-30'],
      ['analysis', '2027-10-01', '2028-03-31'],
      ['development', '2028-04-01', '2029-05-31'],
      ['anchoring', '2029-06-01', '2029-08-31'],
    ]);
    expect(findPhaseOrderProblem(phases)).toBeNull();
  });

  it('plans the activities seed 001 names inside their phases', () => {
    const phases = planTaskforcePhases('2027-09-01');
    const activities = planTaskforceActivities(phases);
    expect(activities[0]).toEqual({ phase: 'preparation', kind: 'start_up_meeting', plannedOn: '2027-09-08' });
    expect(activities.filter((a) => a.kind === 'political_presentation').map((a) => a.phase)).toEqual(['analysis', 'anchoring']);
    expect(activities.filter((a) => a.kind === 'status_meeting')).toHaveLength(4);
    for (const a of activities) {
      const phase = phases.find((p) => p.phase === a.phase);
      expect(a.plannedOn >= (phase?.plannedStart ?? '')).toBe(true);
      expect(a.plannedOn <= (phase?.plannedEnd ?? '')).toBe(true);
    }
  });

  it('refuses phase dates out of order, naming the phase and field', () => {
    const phases = planTaskforcePhases('2027-09-01');
    const swap = (i: number, change: Partial<PhaseDates>) => phases.map((p, j) => (j === i ? { ...p, ...change } : p));
    expect(findPhaseOrderProblem(swap(1, { plannedStart: '2027-09-15' }))).toEqual({
      phase: 'analysis',
      field: 'plannedStart',
      notBefore: '2027-10-01',
    });
    expect(findPhaseOrderProblem(swap(0, { plannedEnd: '2027-08-01' }))).toEqual({
      phase: 'preparation',
      field: 'plannedEnd',
      notBefore: '2027-09-01',
    });
    // Analysis cannot actually start before preparation has.
    expect(findPhaseOrderProblem(swap(1, { actualStart: '2027-10-01' }))?.field).toBe('actualStart');
    // An actual end needs an actual start, after it.
    expect(findPhaseOrderProblem(swap(0, { actualEnd: '2027-09-30' }))?.field).toBe('actualStart');
    expect(findPhaseOrderProblem(swap(0, { actualStart: '2027-09-10', actualEnd: '2027-09-05' }))).toEqual({
      phase: 'preparation',
      field: 'actualEnd',
      notBefore: '2027-09-10',
    });
    // The next phase actually starts after the previous one actually ended.
    const actual = phases.map((p, i) =>
      i === 0 ? { ...p, actualStart: '2027-09-03', actualEnd: '2027-10-10' } : i === 1 ? { ...p, actualStart: '2027-10-05' } : p,
    );
    expect(findPhaseOrderProblem(actual)).toEqual({ phase: 'analysis', field: 'actualStart', notBefore: '2027-10-10' });
  });

  it('says where the course stands', () => {
    const phases = planTaskforcePhases('2027-09-01');
    expect(currentTaskforcePhase(phases)).toBeNull();
    const started = phases.map((p, i) =>
      i === 0 ? { ...p, actualStart: '2027-09-01', actualEnd: '2027-09-30' } : i === 1 ? { ...p, actualStart: '2027-10-01' } : p,
    );
    expect(currentTaskforcePhase(started)).toBe('analysis');
    const done = phases.map((p) => ({ ...p, actualStart: p.plannedStart, actualEnd: p.plannedEnd }));
    expect(currentTaskforcePhase(done)).toBe('finished');
  });

  it('marks an activity overdue when its day has passed and it is not done', () => {
    expect(isActivityOverdue({ plannedOn: '2027-09-08', doneOn: null }, '2027-09-09')).toBe(true);
    expect(isActivityOverdue({ plannedOn: '2027-09-08', doneOn: null }, '2027-09-08')).toBe(false);
    expect(isActivityOverdue({ plannedOn: '2027-09-08', doneOn: '2027-09-10' }, '2027-09-20')).toBe(false);
  });
});

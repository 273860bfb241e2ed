import { describe, expect, it } from 'vitest';
import { auditChangesOf, changedTopLevelFields, compareVersions } from './version-diff';

const v1 = {
  kind: '142',
  madeOn: '2026-01-05',
  endedOn: null,
  goals: [
    { lifeArea: 'housing', goal: 'Egen bolig', note: null },
    { lifeArea: 'finances', goal: 'Kontanthjælp', note: null },
  ],
  citizenWishes: 'Bo i Odense',
  responsible: [{ name: 'Kirsten', unit: 'Myndighed', task: null }],
};

describe('compareVersions', () => {
  it('finds nothing between equal versions', () => {
    expect(compareVersions(v1, structuredClone(v1))).toEqual([]);
  });

  it('names each changed leaf, with added and removed values and list elements', () => {
    const v2 = {
      ...v1,
      endedOn: '2026-06-30',
      goals: [{ lifeArea: 'housing', goal: 'Egen bolig med støtte', note: null }],
      citizenWishes: null,
      responsible: [...v1.responsible, { name: 'Lars', unit: null, task: 'Bostøtte' }],
    };
    expect(compareVersions(v1, v2)).toEqual([
      { path: 'endedOn', change: 'added', from: null, to: '2026-06-30' },
      { path: 'goals.0.goal', change: 'changed', from: 'Egen bolig', to: 'Egen bolig med støtte' },
      { path: 'goals.1', change: 'removed', from: { lifeArea: 'finances', goal: 'Kontanthjælp', note: null }, to: null },
      { path: 'citizenWishes', change: 'removed', from: 'Bo i Odense', to: null },
      { path: 'responsible.1', change: 'added', from: null, to: { name: 'Lars', unit: null, task: 'Bostøtte' } },
    ]);
    expect(changedTopLevelFields(v1, v2)).toEqual(['endedOn', 'goals', 'citizenWishes', 'responsible']);
  });

  it('treats a key present in one version only as added or removed, and a changed type as changed', () => {
    expect(compareVersions({ a: 1 }, { a: 1, b: 'x' })).toEqual([{ path: 'b', change: 'added', from: null, to: 'x' }]);
    expect(compareVersions({ a: 1, b: 'x' }, { a: 1 })).toEqual([{ path: 'b', change: 'removed', from: 'x', to: null }]);
    expect(compareVersions({ a: [1] }, { a: 'one' })).toEqual([{ path: 'a', change: 'changed', from: [1], to: 'one' }]);
  });
});

describe('auditChangesOf', () => {
  it('records before and after of plain fields, only the names of free-text fields, and the version', () => {
    const changes = auditChangesOf(v1, { ...v1, kind: '141', citizenWishes: 'Bo i Vollsmose' }, ['citizenWishes', 'goals'], {
      from: 1,
      to: 2,
    });
    expect(changes).toEqual({ kind: { from: '142', to: '141' }, citizenWishes: 'changed', version: { from: 1, to: 2 } });
  });
});

import { describe, expect, it } from 'vitest';
import { flowcardTemplateByKey, flowcardTemplates, matchTemplateUnit, templateStepDrafts, type UnitCandidate } from './templates';
import { validateFlowcard } from './validate-flowcard';

const unit = (id: string, name: string, kind: UnitCandidate['kind'], isOwn = true, isActive = true): UnitCandidate => ({
  id,
  name,
  kind,
  isOwn,
  isActive,
});

describe('flowcard templates', () => {
  it('are valid flowcards once every unit is given', () => {
    for (const template of flowcardTemplates) {
      const drafts = template.steps.map(({ unit: _unit, ...step }) => ({
        ...step,
        description: step.description ?? '',
        notes: step.notes ?? '',
        urgentDeadlineWorkingDays: step.urgentDeadlineWorkingDays ?? null,
        responsibleUnitId: 'u',
      }));
      expect(validateFlowcard(drafts, new Set(['u'])).ok, template.key).toBe(true);
    }
  });

  it('have unique keys and are found by key', () => {
    const keys = flowcardTemplates.map((template) => template.key);
    expect(new Set(keys).size).toBe(keys.length);
    expect(flowcardTemplateByKey('shelter-to-home')?.name).toBe('Fra forsorgshjem til egen bolig');
    expect(flowcardTemplateByKey('nope')).toBeUndefined();
  });
});

describe('matchTemplateUnit', () => {
  const authority = { name: 'Myndighed voksne', kind: 'myndighed', at: 'municipality' } as const;

  it('prefers an active unit of the same name, whatever the case and spaces', () => {
    const candidates = [unit('a', ' myndighed VOKSNE ', 'other'), unit('b', 'Voksenmyndigheden', 'myndighed')];
    expect(matchTemplateUnit(authority, candidates)).toBe('a');
  });

  it('else takes the only own unit of the kind', () => {
    expect(matchTemplateUnit(authority, [unit('b', 'Voksenmyndigheden', 'myndighed')])).toBe('b');
  });

  it('guesses nothing when two units could do it, or only an inactive one', () => {
    expect(matchTemplateUnit(authority, [unit('b', 'Syd', 'myndighed'), unit('c', 'Nord', 'myndighed')])).toBeNull();
    expect(matchTemplateUnit(authority, [unit('b', 'Voksenmyndigheden', 'myndighed', true, false)])).toBeNull();
  });

  it('looks for a partner’s unit on the partners’ side, and matches "other" by name only', () => {
    const dayTeam = { name: 'Døgnteamet', kind: 'shelter', at: 'shelter' } as const;
    expect(matchTemplateUnit(dayTeam, [unit('own', 'Egen', 'shelter', true)])).toBeNull();
    expect(matchTemplateUnit(dayTeam, [unit('p', 'Modtagelsen', 'shelter', false)])).toBe('p');
    const depot = { name: 'Møbeldepotet', kind: 'other', at: 'ngo' } as const;
    expect(matchTemplateUnit(depot, [unit('x', 'Lageret', 'other', false)])).toBeNull();
    expect(matchTemplateUnit(depot, [unit('y', 'Møbeldepotet', 'other', false)])).toBe('y');
  });
});

describe('templateStepDrafts', () => {
  it('proposes units where it can and leaves the rest for the leader', () => {
    const template = flowcardTemplateByKey('shelter-to-home');
    if (!template) throw new Error('missing');
    const drafts = templateStepDrafts(template, [unit('m', 'Myndigheden', 'myndighed')]);
    expect(drafts).toHaveLength(template.steps.length);
    expect(drafts.find((step) => step.key === 'assessment-plan')?.responsibleUnitId).toBe('m');
    expect(drafts.find((step) => step.key === 'notify')?.responsibleUnitId).toBeNull();
    expect(drafts.find((step) => step.key === 'subsidies')?.urgentDeadlineWorkingDays).toBe(2);
  });
});

import { describe, expect, it } from 'vitest';
import { renderHookWithProviders } from '../test/render';
import { vumAreas } from './course-options';
import { useAssessmentVocabulary } from '../pages/assessments/assessment-vocabulary';
import { usePlanVocabulary } from '../pages/plans/plan-vocabulary';

describe('useFieldVocabulary', () => {
  it('names known fields and coded values, and leaves unknown fields and free text alone', () => {
    const { result } = renderHookWithProviders(() => usePlanVocabulary());
    const vocabulary = result.current;
    expect(vocabulary.field('lifeArea')).toBe('plans.field.lifeArea');
    expect(vocabulary.field('somethingNew')).toBe('somethingNew');
    expect(vocabulary.value('lifeArea', 'housing')).toBe('plans.lifeArea.housing');
    expect(vocabulary.value('lifeArea', 'not a code')).toBeNull();
    expect(vocabulary.value('goal', 'Own flat')).toBeNull();
    expect(vocabulary.value('toString', 'x')).toBeNull();
    expect(vocabulary.item).toBeUndefined();
  });

  it('names the items of a list when the record gives them names', () => {
    const { result } = renderHookWithProviders(() => useAssessmentVocabulary());
    expect(result.current.field('areas')).toBe('assessments.areasLabel');
    expect(result.current.item?.('areas', 0)).toBe(`assessments.area.${vumAreas[0]}`);
    expect(result.current.item?.('goals', 0)).toBeNull();
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { AssessmentFormModal } from './assessment-form-modal';

vi.mock('../../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));
vi.mock('./use-assessments', () => {
  const mutation = () => ({ mutateAsync: vi.fn(() => Promise.resolve()), reset: vi.fn(), error: null, isPending: false });
  return {
    assessmentHooks: { kinds: { list: 'assessments', item: 'assessment' }, useCreate: mutation, useUpdate: mutation },
  };
});

function gradingSelects(area: string) {
  const fieldset = within(screen.getByTestId(`assessment-area-${area}`));
  return {
    level: fieldset.getByLabelText<HTMLSelectElement>('assessments.functionLevelLabel'),
    need: fieldset.getByLabelText<HTMLSelectElement>('assessments.supportNeedLabel'),
  };
}

describe('AssessmentFormModal', () => {
  it('grades an area’s level of function and support need, each falling back to not assessed', () => {
    renderWithProviders(<AssessmentFormModal citizenId="c-1" record={null} onClose={() => undefined} />);
    const { level, need } = gradingSelects('health');
    expect([level.value, need.value]).toEqual(['not_assessed', 'not_assessed']);
    fireEvent.change(level, { target: { value: 'severe' } });
    fireEvent.change(need, { target: { value: 'high' } });
    expect([level.value, need.value]).toEqual(['severe', 'high']);
    expect(gradingSelects('mobility').level.value).toBe('not_assessed');
    fireEvent.change(level, { target: { value: 'no such level' } });
    expect(level.value).toBe('not_assessed');
  });
});

import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { RecordLines } from './taskforce-case-review-case';

describe('RecordLines', () => {
  it('names the kind of record, then gives a line each', () => {
    renderWithProviders(<RecordLines title="Ophold" lines={['Herberget 01.02.2026', 'Forsorgshjemmet 03.04.2026']} />);
    expect(screen.getByText('Ophold')).toBeTruthy();
    expect(screen.getAllByRole('listitem').map((item) => item.textContent)).toEqual([
      'Herberget 01.02.2026',
      'Forsorgshjemmet 03.04.2026',
    ]);
  });

  it('says that none are recorded when there are none', () => {
    renderWithProviders(<RecordLines title="Planer" lines={[]} />);
    expect(screen.getByText('Planer')).toBeTruthy();
    expect(screen.getByText('taskforceCaseReview.form.noneRecorded')).toBeTruthy();
    expect(screen.queryByRole('list')).toBeNull();
  });
});

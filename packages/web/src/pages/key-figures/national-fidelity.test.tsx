import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import { NationalFidelity } from './national-fidelity';

const element = (coreElementId: string, name: string, latest: number | null) => ({
  instrumentId: 'cti',
  coreElementId,
  name,
  latest,
});

describe('NationalFidelity', () => {
  it('shows per method a row per municipality with its teams’ latest % per core element, only for the municipalities shown', () => {
    renderWithProviders(
      <NationalFidelity
        municipalities={[
          { id: 'b', name: 'Bykommune' },
          { id: 'a', name: 'Aby Kommune' },
        ]}
        fidelity={[
          {
            municipalityId: 'b',
            method: 'cti',
            teams: 2,
            latestOn: '2026-03-01',
            total: 62.5,
            elements: [element('recovery', 'Recovery', 75), element('time_limited', 'Tidsafgrænset', 50)],
          },
          {
            municipalityId: 'a',
            method: 'cti',
            teams: 1,
            latestOn: '2025-11-15',
            total: 100,
            elements: [element('recovery', 'Recovery', 100)],
          },
          // A municipality filtered away ("similar to") is not shown, nor a method only it has.
          { municipalityId: 'c', method: 'act', teams: 1, latestOn: '2026-01-01', total: 10, elements: [] },
        ]}
      />,
    );
    expect(screen.queryByTestId('national-fidelity-act')).toBeNull();
    const table = screen.getByTestId('national-fidelity-cti');
    const rows = within(table).getAllByRole('row');
    expect(rows.map((row) => row.textContent)).toEqual([
      'keyFigures.national.municipalitykeyFigures.national.fidelity.teamskeyFigures.national.fidelity.latestOnkeyFigures.national.fidelity.totalRecoveryTidsafgrænset',
      'Aby Kommune115.11.2025100 %100 %–',
      'Bykommune201.03.202662,5 %75 %50 %',
    ]);
  });

  it('says when no team has been measured', () => {
    renderWithProviders(<NationalFidelity municipalities={[{ id: 'a', name: 'Aby' }]} fidelity={[]} />);
    expect(screen.getByText('keyFigures.national.fidelity.none')).toBeTruthy();
  });
});

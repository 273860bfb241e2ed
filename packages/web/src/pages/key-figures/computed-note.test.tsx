import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../../test/render';
import da from './key-figures.da.json';
import en from './key-figures.en.json';
import { ComputedNote } from './figure-format';

describe('ComputedNote', () => {
  it.each(['summaries', 'rollup', 'daily', 'live'] as const)('says where %s figures came from and when', (source) => {
    renderWithProviders(
      <ComputedNote computed={{ source, computedAt: '2026-12-06T05:10:00.000Z', updatedPersons: 2, changesPending: false }} />,
    );
    expect(screen.getByTestId('figures-computed').textContent).toBe(`keyFigures.computed.${source}`);
    // Both languages say when, and the roll-up how many citizens this view recomputed.
    for (const catalogue of [da, en]) {
      expect(catalogue.computed[source]).toContain('{{at}}');
      if (source === 'rollup') expect(catalogue.computed[source]).toContain('{{count}}');
    }
  });

  it('says when changes since the computation are still to come', () => {
    renderWithProviders(
      <ComputedNote
        computed={{ source: 'summaries', computedAt: '2026-12-06T05:10:00.000Z', updatedPersons: 0, changesPending: true }}
      />,
    );
    expect(screen.getByTestId('figures-computed').textContent).toBe('keyFigures.computed.summaries keyFigures.computed.pending');
    for (const catalogue of [da, en]) expect(catalogue.computed.pending.length).toBeGreaterThan(20);
  });
});

import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import type { FieldChange } from '@hjemvej/contract';
import { renderWithProviders } from '../test/render';
import { VersionChanges, type FieldVocabulary } from './version-changes';

vi.mock('../i18n/use-language', () => ({ useLanguage: () => ({ locale: 'da', changeLanguage: async () => {} }) }));

const vocabulary: FieldVocabulary = { field: (name) => name, value: () => null };

function renderChanges(changes: FieldChange[]): HTMLElement {
  renderWithProviders(<VersionChanges changes={changes} fromLabel="v1" toLabel="v2" vocabulary={vocabulary} testId="changes" />);
  return screen.getByTestId('changes');
}

/** The older and the newer cell of a field's row. */
function sides(row: HTMLElement | undefined) {
  return ['from', 'to'].map((side) => row?.querySelector(`.version-change-${side}`));
}

describe('VersionChanges', () => {
  it('strikes out the older value, inserts the newer, and shows a dash on the side where the field did not exist', () => {
    const [, changed, added, removed] = within(
      renderChanges([
        { path: 'summary', change: 'changed', from: 'Gammel', to: 'Ny' },
        { path: 'note', change: 'added', from: null, to: 'Tilføjet' },
        { path: 'goal', change: 'removed', from: 'Fjernet', to: null },
      ]),
    ).getAllByRole('row');
    const [changedFrom, changedTo] = sides(changed);
    expect(changedFrom?.querySelector('del')?.textContent).toBe('Gammel');
    expect(changedTo?.querySelector('ins')?.textContent).toBe('Ny');
    const [addedFrom, addedTo] = sides(added);
    expect(addedFrom?.textContent).toBe('–');
    expect(addedFrom?.querySelector('del')).toBeNull();
    expect(addedTo?.querySelector('ins')?.textContent).toBe('Tilføjet');
    const [removedFrom, removedTo] = sides(removed);
    expect(removedFrom?.querySelector('del')?.textContent).toBe('Fjernet');
    expect(removedTo?.textContent).toBe('–');
    expect(removedTo?.querySelector('ins')).toBeNull();
  });

  it('says there are no changes instead of an empty table', () => {
    expect(renderChanges([]).textContent).toBe('versioning.compare.noChanges');
  });
});

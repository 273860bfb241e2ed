import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { ChangedByOtherAlert, changedFields, rebasedDraft } from './changed-by-other';

const fields = ['address', 'rooms', 'note'] as const;

describe('changedFields and rebasedDraft', () => {
  it('names the fields the other person changed, numbers and texts alike', () => {
    expect(changedFields(fields, { address: 'Vej 1', rooms: 2, note: '' }, { address: 'Vej 1', rooms: '3', note: '' })).toEqual([
      'rooms',
    ]);
  });

  it("goes on from the fresh record, keeping the user's own edits of fields the other person left alone", () => {
    const mine = { address: 'Vej 1', rooms: '2', note: '' };
    const draft = { address: 'Vej 2', rooms: '4', note: '' };
    const fresh = { address: 'Vej 1', rooms: '3', note: 'Ny note' };
    expect(rebasedDraft(fields, { draft, mine, fresh, changedByOther: ['rooms', 'note'] })).toEqual({
      address: 'Vej 2',
      rooms: '3',
      note: 'Ny note',
    });
  });
});

describe('ChangedByOtherAlert', () => {
  it('lists what the other person changed and goes on from their version on request', () => {
    const onRebase = vi.fn();
    renderWithProviders(
      <ChangedByOtherAlert
        title="Ændret af en anden"
        testId="thing-conflict"
        changes={[{ field: 'rooms', text: 'Værelser: 2 → 3' }]}
        otherFields="Andre felter"
        rebaseLabel="Fortsæt fra deres version"
        onRebase={onRebase}
      />,
    );
    expect(screen.getByTestId('thing-conflict').textContent).toContain('Værelser: 2 → 3');
    expect(screen.queryByText('Andre felter')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Fortsæt fra deres version' }));
    expect(onRebase).toHaveBeenCalledTimes(1);
  });

  it('says so when only fields outside the form were changed', () => {
    renderWithProviders(
      <ChangedByOtherAlert
        title="Ændret"
        testId="thing-conflict"
        changes={[]}
        otherFields="Andre felter"
        rebaseLabel="Fortsæt"
        onRebase={() => undefined}
      />,
    );
    expect(screen.getByText('Andre felter')).toBeTruthy();
  });
});

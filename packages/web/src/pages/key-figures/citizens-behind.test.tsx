import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../test/render';
import { CitizensBehind } from './citizens-behind';

const citizen = { id: 'c1', firstName: 'Anna', lastName: 'Hansen', alias: null, days: 12 };

function show(data: { items: (typeof citizen)[] } | undefined, options: { focusable?: boolean } = {}) {
  renderWithProviders(
    <MemoryRouter>
      <CitizensBehind
        title="Bag tallet"
        query={{ data, error: null, isPending: data === undefined }}
        citizenHeader="Borger"
        columns={[{ header: 'Dage', cell: (item) => String(item.days) }]}
        empty="Ingen borgere"
        note={(d) => <p>{d.items.length} i alt</p>}
        {...options}
      />
    </MemoryRouter>,
  );
}

describe('CitizensBehind', () => {
  it('names the table after its heading, the citizen linked first, then the given columns and the note', () => {
    show({ items: [citizen] });
    const section = screen.getByRole('heading', { name: 'Bag tallet' }).closest('section');
    if (section === null) throw new Error('no section');
    expect(section.getAttribute('aria-live')).toBe('polite');
    expect(section.getAttribute('aria-labelledby')).toBe('behind-heading');
    const table = within(section).getByTestId('behind-table');
    expect(within(table).getByRole('link', { name: 'Anna Hansen' }).getAttribute('href')).toBe('/citizens/c1');
    expect(within(table).getByText('12')).toBeTruthy();
    expect(within(section).getByText('1 i alt')).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Bag tallet' }).hasAttribute('tabindex')).toBe(false);
  });

  it('shows a spinner while loading, and a heading that can take focus when asked', () => {
    show(undefined, { focusable: true });
    expect(screen.getByRole('status')).toBeTruthy();
    expect(screen.queryByTestId('behind-table')).toBeNull();
    expect(screen.getByRole('heading', { name: 'Bag tallet' }).getAttribute('tabindex')).toBe('-1');
  });

  it('says so when nobody is behind the figure', () => {
    show({ items: [] });
    expect(screen.getByText('Ingen borgere')).toBeTruthy();
  });
});

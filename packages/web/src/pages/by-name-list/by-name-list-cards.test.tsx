import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import type { ByNameListRow } from '@hjemvej/contract';
import { renderWithProviders } from '../../test/render';
import { ByNameListCards } from './by-name-list-cards';
import { ByNameListTable } from './by-name-list-table';

const row: ByNameListRow = {
  citizenId: '00000000-0000-4000-8000-000000000001',
  firstName: 'Johnny',
  lastName: 'Kristensen',
  alias: null,
  cpr: '030373-xxxx',
  category: 'shelter_110',
  returnedFromHousing: true,
  daysHomeless: 231,
  daysAtShelter: 22,
  shelterName: 'Forsorgshjemmet Havnely',
  method: null,
  nextStep: 'allocate_housing',
  responsible: 'Søren Sagsbehandler',
  warnings: {
    count: 2,
    worst: 'missing',
    messagesDa: ['Borgeren kan endnu ikke udskrives', 'Refusionsdagene er ved at være brugt'],
  },
};

function renderCards(rows: readonly ByNameListRow[]) {
  return renderWithProviders(
    <MemoryRouter>
      <ByNameListCards rows={rows} showShelter />
    </MemoryRouter>,
  );
}

describe('ByNameListCards', () => {
  it('shows each person as an article in a list, headed by the name linking to the citizen', () => {
    renderCards([row]);
    const list = screen.getByRole('list', { name: 'byNameList.title' });
    const card = within(list).getByRole('article', { name: 'Johnny Kristensen' });
    const heading = within(card).getByRole('heading', { level: 2, name: 'Johnny Kristensen' });
    expect(within(heading).getByRole('link').getAttribute('href')).toBe(`/citizens/${row.citizenId}`);
  });

  it('carries the same facts as a row of the table, each with its label', () => {
    renderCards([row]);
    const card = screen.getByRole('article');
    const text = card.textContent ?? '';
    for (const [label, value] of [
      ['byNameList.column.cpr', '030373-xxxx'],
      ['byNameList.column.category', 'housingCategory.shelter_110'],
      ['byNameList.column.daysHomeless', 'byNameList.days'],
      ['byNameList.column.daysAtShelter', 'Forsorgshjemmet Havnely'],
      ['byNameList.column.nextStep', 'byNameList.nextStep.allocate_housing'],
      ['byNameList.column.responsible', 'Søren Sagsbehandler'],
      ['byNameList.column.warnings', 'legalChecks.status.missing'],
    ]) {
      expect(text).toContain(label);
      expect(text).toContain(value);
    }
    expect(within(card).getByText('byNameList.returned')).toBeTruthy();
    // The warnings link goes where the table's does, and its findings are written out (no tooltip on a phone).
    expect(within(card).getByRole('link', { name: 'byNameList.warningsLink' }).getAttribute('href')).toBe(
      `/citizens/${row.citizenId}#legal-checks-title`,
    );
    expect(within(card).getByText('Borgeren kan endnu ikke udskrives')).toBeTruthy();
  });

  it('links the same places as the table row', () => {
    const cards = renderCards([row]);
    const cardLinks = cards.getAllByRole('link').map((link) => link.getAttribute('href'));
    cards.unmount();
    renderWithProviders(
      <MemoryRouter>
        <ByNameListTable rows={[row]} state={{ sort: 'name', dir: 'asc' }} onSort={() => undefined} showShelter />
      </MemoryRouter>,
    );
    expect(screen.getAllByRole('link').map((link) => link.getAttribute('href'))).toEqual(cardLinks);
  });

  it('says so when nobody matches', () => {
    renderCards([]);
    expect(screen.getByText('byNameList.empty')).toBeTruthy();
    expect(screen.queryByRole('article')).toBeNull();
  });
});

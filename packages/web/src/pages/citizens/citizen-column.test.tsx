import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { DataTable } from '../../components/data-table';
import { renderWithProviders } from '../../test/render';
import { citizenColumn } from './citizen-column';
import type { TFunction } from 'i18next';

const t = ((key: string) => key) as unknown as TFunction;

describe('citizenColumn', () => {
  it("names each citizen in the row header, linked to the citizen's page", () => {
    renderWithProviders(
      <MemoryRouter>
        <DataTable
          caption="Borgere"
          columns={[citizenColumn('Borger', t), { header: 'Dage', cell: (item: { days: number }) => item.days }]}
          items={[
            { id: 'c-1', firstName: 'Anna', lastName: 'Jensen', alias: null, days: 4 },
            { id: 'c-2', firstName: null, lastName: null, alias: 'Lillemor', days: 9 },
          ]}
          rowKey={(item) => item.id}
          empty="Ingen"
        />
      </MemoryRouter>,
    );
    expect(screen.getByRole('rowheader', { name: 'Anna Jensen' })).toBeTruthy();
    expect(screen.getByRole('link', { name: 'Lillemor' }).getAttribute('href')).toBe('/citizens/c-2');
  });
});

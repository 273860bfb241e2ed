import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { MemoryRouter } from 'react-router';
import { renderWithProviders } from '../../test/render';
import { StartBlock, StartCitizenLink, StartQueryBlock } from './start-block';

describe('StartBlock', () => {
  it('is a region named by its heading, with the link to the page it summarises', () => {
    renderWithProviders(
      <MemoryRouter>
        <StartBlock id="start-things" title="Ting" link={{ to: '/things', label: 'Alle ting' }}>
          <p>indhold</p>
        </StartBlock>
      </MemoryRouter>,
    );
    const block = screen.getByRole('region', { name: 'Ting' });
    expect(block.dataset.testid).toBe('start-things');
    expect(within(block).getByRole('link', { name: 'Alle ting' }).getAttribute('href')).toBe('/things');
    expect(within(block).getByText('indhold')).toBeTruthy();
  });

  it('shows a query’s data when it has come, and no link when there is none', () => {
    renderWithProviders(
      <MemoryRouter>
        <StartQueryBlock id="start-count" title="Antal" link={null} query={{ data: 3, error: null, isPending: false }}>
          {(count) => <p>{`${count} ting`}</p>}
        </StartQueryBlock>
      </MemoryRouter>,
    );
    expect(screen.getByText('3 ting')).toBeTruthy();
    expect(screen.queryByRole('link')).toBeNull();
  });

  it('shows nothing of the data while the query loads', () => {
    renderWithProviders(
      <MemoryRouter>
        <StartQueryBlock id="start-wait" title="Venter" link={null} query={{ data: undefined, error: null, isPending: true }}>
          {() => <p>data</p>}
        </StartQueryBlock>
      </MemoryRouter>,
    );
    expect(screen.queryByText('data')).toBeNull();
  });
});

describe('StartCitizenLink', () => {
  it('names the citizen (the alias when there is no name) and opens the citizen’s page', () => {
    renderWithProviders(
      <MemoryRouter>
        <StartCitizenLink citizen={{ citizenId: 'c-1', firstName: 'Bo', lastName: 'Berg', alias: 'Bobby' }} />
        <StartCitizenLink citizen={{ citizenId: 'c-2', firstName: null, lastName: null, alias: 'Mads' }} />
      </MemoryRouter>,
    );
    expect(screen.getByRole('link', { name: 'Bo Berg' }).getAttribute('href')).toBe('/citizens/c-1');
    expect(screen.getByRole('link', { name: 'Mads' }).getAttribute('href')).toBe('/citizens/c-2');
  });
});

import { describe, expect, it, vi } from 'vitest';
import { fireEvent, screen, within } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { CardList } from './card-list';
import { DataTable } from './data-table';
import { RecordSection } from './record-section';

interface Row {
  id: string;
  name: string;
  count: number;
}

function Section({ data, onAdd }: { data: Row[] | undefined; onAdd: (() => void) | null }) {
  return (
    <RecordSection
      name="things"
      title="Ting"
      add={onAdd ? { label: 'Tilføj ting', onClick: onAdd } : null}
      query={{ data, error: null, isPending: data === undefined }}
      dialogs={<p>dialog</p>}
    >
      {(items) => (
        <DataTable<Row>
          caption="Alle ting"
          items={items}
          rowKey={(row) => row.id}
          empty="Ingen ting"
          testId="things-table"
          columns={[
            { header: 'Navn', rowHeader: true, cell: (row) => row.name },
            { header: 'Antal', cell: (row) => row.count },
          ]}
        />
      )}
    </RecordSection>
  );
}

describe('RecordSection with a DataTable', () => {
  it('is a region named by its heading, with the add button and one row per record', () => {
    const onAdd = vi.fn();
    renderWithProviders(<Section data={[{ id: 'a', name: 'Seng', count: 2 }]} onAdd={onAdd} />);
    const section = screen.getByTestId('things-section');
    expect(section.getAttribute('aria-labelledby')).toBe('things-heading');
    expect(screen.getByRole('heading', { level: 2, name: 'Ting' }).id).toBe('things-heading');
    const table = screen.getByRole('table', { name: 'Alle ting' });
    expect(
      within(table)
        .getAllByRole('columnheader')
        .map((cell) => cell.textContent),
    ).toEqual(['Navn', 'Antal']);
    expect(within(table).getByRole('rowheader', { name: 'Seng' })).toBeTruthy();
    expect(within(table).getByRole('cell', { name: '2' })).toBeTruthy();
    expect(screen.getByText('dialog')).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Tilføj ting' }));
    expect(onAdd).toHaveBeenCalledOnce();
  });

  it('says the table is empty in one full-width row, and offers no button to a reader', () => {
    renderWithProviders(<Section data={[]} onAdd={null} />);
    const cell = screen.getByRole('cell', { name: 'Ingen ting' });
    expect(cell.getAttribute('colspan')).toBe('2');
    expect(screen.queryByRole('button', { name: 'Tilføj ting' })).toBeNull();
  });

  it('shows no table while the records load', () => {
    renderWithProviders(<Section data={undefined} onAdd={null} />);
    expect(screen.queryByRole('table')).toBeNull();
  });
});

describe('RecordSection with cards', () => {
  it('takes its own test id, several buttons (nulls left out) and says when there are no cards', () => {
    const onStart = vi.fn();
    renderWithProviders(
      <RecordSection
        name="courses"
        testId="courses"
        title="Forløb"
        add={[{ label: 'Start', variant: 'light', onClick: onStart }, null, { label: 'Ny', onClick: () => undefined }]}
        query={{ data: [] as Row[], error: null, isPending: false }}
      >
        {(items) => (
          <CardList items={items} empty="Ingen forløb">
            {(row) => <p key={row.id}>{row.name}</p>}
          </CardList>
        )}
      </RecordSection>,
    );
    expect(screen.getByTestId('courses').getAttribute('aria-labelledby')).toBe('courses-heading');
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Start', 'Ny']);
    fireEvent.click(screen.getByRole('button', { name: 'Start' }));
    expect(onStart).toHaveBeenCalledOnce();
    expect(screen.getByText('Ingen forløb')).toBeTruthy();
  });

  it('shows one card per record and no empty line', () => {
    renderWithProviders(
      <CardList items={[{ id: 'a', name: 'Seng', count: 1 }]} empty="Ingen forløb">
        {(row: Row) => <p key={row.id}>{row.name}</p>}
      </CardList>,
    );
    expect(screen.getByText('Seng')).toBeTruthy();
    expect(screen.queryByText('Ingen forløb')).toBeNull();
  });

  it('puts its lead line under the heading, before anything else it is given', () => {
    renderWithProviders(
      <RecordSection
        name="leads"
        title="Med forklaring"
        lead="Hvad tingene er til."
        intro={<p>mere</p>}
        add={null}
        query={{ data: [] as Row[], error: null, isPending: false }}
      >
        {() => <p>poster</p>}
      </RecordSection>,
    );
    const section = screen.getByTestId('leads-section');
    expect(within(section).getByText('Hvad tingene er til.').compareDocumentPosition(screen.getByText('mere'))).toBe(
      Node.DOCUMENT_POSITION_FOLLOWING,
    );
  });
});

import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import { renderWithProviders } from '../test/render';
import { DataTable } from './data-table';

interface Row {
  id: string;
  name: string;
  count: number;
}

function Table({ items, empty }: { items: Row[]; empty?: string }) {
  return (
    <DataTable<Row>
      caption="Tal"
      items={items}
      rowKey={(row) => row.id}
      empty={empty}
      columns={[
        { header: 'Navn', rowHeader: true, cell: (row) => row.name },
        { header: 'Antal', align: 'right', cell: (row) => row.count },
      ]}
    />
  );
}

describe('DataTable', () => {
  it('puts a right-aligned column’s heading and cells to the right', () => {
    renderWithProviders(<Table items={[{ id: '1', name: 'Holm', count: 3 }]} />);
    expect(screen.getByRole('columnheader', { name: 'Antal' }).style.textAlign).toBe('right');
    expect(screen.getByRole('cell', { name: '3' }).style.textAlign).toBe('right');
    expect(screen.getByRole('rowheader', { name: 'Holm' }).style.textAlign).toBe('');
  });

  it('says it is empty only when told what to say', () => {
    const { unmount } = renderWithProviders(<Table items={[]} empty="Ingen tal" />);
    expect(screen.getByText('Ingen tal')).toBeTruthy();
    unmount();
    renderWithProviders(<Table items={[]} />);
    expect(screen.getAllByRole('row')).toHaveLength(1);
  });
});

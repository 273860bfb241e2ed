import type { CSSProperties, ReactNode } from 'react';
import { Table } from '@mantine/core';
import { EmptyRow } from './empty-row';
import { TableFrame } from './table-frame';

export interface Column<Item> {
  /** The column's heading. */
  header: string;
  /** What tells the column from the others where two headings may read the same (React's key; else the heading). */
  key?: string;
  cell: (item: Item) => ReactNode;
  /** The cell that names the row: a row header (`<th scope="row">`), for screen readers. */
  rowHeader?: boolean;
  /** A class and style on each of the column's cells. */
  className?: string;
  style?: CSSProperties;
  /** Numbers stand to the right, heading and cells alike. */
  align?: 'right';
}

export interface DataTableProps<Item> {
  /** Accessible name of the table (a visually hidden caption). */
  caption: string;
  columns: readonly Column<Item>[];
  items: readonly Item[];
  rowKey: (item: Item) => string;
  /** What the one row of an empty table says; none for a table that is never shown empty. */
  empty?: string;
  minWidth?: number;
  testId?: string;
  /** Extra attributes of a row (a row's own test id). */
  rowProps?: (item: Item) => Record<string, string | undefined>;
  /** Rows under the items (a total), in the table's foot. */
  footer?: ReactNode;
}

/** A table of records described by its columns: a heading and a cell per column, one row per item. */
export function DataTable<Item>({
  caption,
  columns,
  items,
  rowKey,
  empty,
  minWidth,
  testId,
  rowProps,
  footer,
}: DataTableProps<Item>) {
  return (
    <TableFrame caption={caption} minWidth={minWidth} testId={testId}>
      <Table.Thead>
        <Table.Tr>
          {columns.map((column) => (
            <Table.Th key={column.key ?? column.header} scope="col" ta={column.align}>
              {column.header}
            </Table.Th>
          ))}
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {items.length === 0 && empty !== undefined ? <EmptyRow colSpan={columns.length}>{empty}</EmptyRow> : null}
        {items.map((item) => (
          <Table.Tr key={rowKey(item)} {...rowProps?.(item)}>
            {columns.map((column) =>
              column.rowHeader ? (
                <Table.Th
                  key={column.key ?? column.header}
                  scope="row"
                  fw={500}
                  ta={column.align}
                  className={column.className}
                  style={column.style}
                >
                  {column.cell(item)}
                </Table.Th>
              ) : (
                <Table.Td key={column.key ?? column.header} ta={column.align} className={column.className} style={column.style}>
                  {column.cell(item)}
                </Table.Td>
              ),
            )}
          </Table.Tr>
        ))}
      </Table.Tbody>
      {footer ? <Table.Tfoot>{footer}</Table.Tfoot> : null}
    </TableFrame>
  );
}

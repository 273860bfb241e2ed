import type { ReactNode } from 'react';
import { Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DataTable, type Column } from '../../components/data-table';
import { QueryState, type QueryLike } from '../../components/query-state';
import { citizenColumn, type CitizenRow } from '../citizens/citizen-column';

/**
 * The citizens behind a figure (the dashboard's figures, the time report's bars): the page's one
 * `behind-heading` section, announced as it loads, a table with each citizen's name linked first.
 */
export function CitizensBehind<Data extends { readonly items: readonly CitizenRow[] }>({
  title,
  query,
  citizenHeader,
  columns,
  empty,
  focusable = false,
  note,
}: {
  title: string;
  query: QueryLike<Data>;
  citizenHeader: string;
  /** The columns after the citizen's name. */
  columns: Column<Data['items'][number]>[];
  empty: string;
  /** The heading can take focus (the page moves focus there when a figure is opened). */
  focusable?: boolean;
  /** Said above the table. */
  note?: (data: Data) => ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section aria-labelledby="behind-heading" aria-live="polite">
      <Title order={2} size="h3" id="behind-heading" mb="sm" tabIndex={focusable ? -1 : undefined}>
        {title}
      </Title>
      <QueryState query={query}>
        {(data) => (
          <>
            {note?.(data)}
            <DataTable
              caption={title}
              minWidth={420}
              testId="behind-table"
              columns={[citizenColumn(citizenHeader, t), ...columns]}
              items={data.items}
              rowKey={(item) => item.id}
              empty={empty}
            />
          </>
        )}
      </QueryState>
    </section>
  );
}

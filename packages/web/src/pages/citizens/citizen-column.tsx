import { Anchor } from '@mantine/core';
import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { Column } from '../../components/data-table';
import { citizenName } from './citizen-name';

export interface CitizenRow {
  readonly id: string;
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
}

/** The row header of a table of citizens: the name, linked to the citizen's page. */
export function citizenColumn<Item extends CitizenRow>(header: string, t: TFunction): Column<Item> {
  return {
    header,
    rowHeader: true,
    cell: (item) => (
      <Anchor component={Link} to={`/citizens/${item.id}`}>
        {citizenName(item, t)}
      </Anchor>
    ),
  };
}

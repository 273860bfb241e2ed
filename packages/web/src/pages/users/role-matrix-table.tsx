import { Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { RoleMatrix } from '@hjemvej/contract';
import { TableFrame } from '../../components/table-frame';
import { YesNoCell } from '../../components/yes-no-cell';

/** Roles (rows) × permissions (columns), plus where each role belongs and whether it can be given here. */
export function RoleMatrixTable({ matrix }: { matrix: RoleMatrix }) {
  const { t } = useTranslation();
  return (
    <TableFrame caption={t('users.roles.tableCaption')} minWidth={1100} testId="role-matrix">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('users.roles.role')}</Table.Th>
          {matrix.permissions.map((permission) => (
            <Table.Th scope="col" key={permission} ta="center" style={{ whiteSpace: 'normal', minWidth: 90 }}>
              {t(`permission.${permission}.label`)}
            </Table.Th>
          ))}
          <Table.Th scope="col">{t('users.roles.organisationKinds')}</Table.Th>
          <Table.Th scope="col" ta="center" style={{ whiteSpace: 'normal' }}>
            {t('users.roles.assignableHere')}
          </Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {matrix.roles.map((entry) => (
          <Table.Tr key={entry.role}>
            <Table.Th scope="row" fw={500}>
              {t(`role.${entry.role}`)}
            </Table.Th>
            {matrix.permissions.map((permission) => (
              <YesNoCell key={permission} value={entry.permissions.includes(permission)} />
            ))}
            <Table.Td>{entry.organisationKinds.map((kind) => t(`organisationKind.${kind}`)).join(', ')}</Table.Td>
            <YesNoCell value={entry.assignableHere} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

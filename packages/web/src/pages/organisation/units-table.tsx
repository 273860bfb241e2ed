import { Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';

interface UnitsTableProps {
  units: Unit[];
  onEdit: (unit: Unit) => void;
  onDeactivate: (unit: Unit) => void;
  onReactivate: (unit: Unit) => void;
}

export function UnitsTable({ units, onEdit, onDeactivate, onReactivate }: UnitsTableProps) {
  const { t } = useTranslation();
  return (
    <TableFrame caption={t('organisation.units.tableCaption')} minWidth={640}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('organisation.units.name')}</Table.Th>
          <Table.Th scope="col">{t('organisation.units.kind')}</Table.Th>
          <Table.Th scope="col">{t('organisation.units.members')}</Table.Th>
          <Table.Th scope="col">{t('common.status')}</Table.Th>
          <Table.Th scope="col">{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {units.length === 0 ? <EmptyRow colSpan={5}>{t('organisation.units.empty')}</EmptyRow> : null}
        {units.map((unit) => (
          <Table.Tr key={unit.id}>
            <Table.Th scope="row" fw={500}>
              {unit.name}
            </Table.Th>
            <Table.Td>{t(`organisation.unitKind.${unit.kind}`)}</Table.Td>
            <Table.Td>{unit.memberCount}</Table.Td>
            <Table.Td>
              <StatusBadge tone={unit.isActive ? 'success' : 'neutral'}>
                {unit.isActive ? t('common.active') : t('common.inactive')}
              </StatusBadge>
            </Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onEdit(unit)}
                  aria-label={t('organisation.units.editNamed', { name: unit.name })}
                >
                  {t('common.edit')}
                </Button>
                {unit.isActive ? (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onDeactivate(unit)}
                    aria-label={t('organisation.units.deactivateNamed', { name: unit.name })}
                  >
                    {t('common.deactivate')}
                  </Button>
                ) : (
                  <Button
                    size="compact-sm"
                    variant="default"
                    onClick={() => onReactivate(unit)}
                    aria-label={t('organisation.units.reactivateNamed', { name: unit.name })}
                  >
                    {t('common.reactivate')}
                  </Button>
                )}
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

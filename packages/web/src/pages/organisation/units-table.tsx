import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { StatusBadge } from '../../components/status-badge';
import { CompactButton } from '../../components/compact-button';

interface UnitsTableProps {
  units: Unit[];
  onEdit: (unit: Unit) => void;
  onDeactivate: (unit: Unit) => void;
  onReactivate: (unit: Unit) => void;
}

export function UnitsTable({ units, onEdit, onDeactivate, onReactivate }: UnitsTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable<Unit>
      caption={t('organisation.units.tableCaption')}
      minWidth={640}
      items={units}
      rowKey={(unit) => unit.id}
      empty={t('organisation.units.empty')}
      columns={[
        { header: t('organisation.units.name'), rowHeader: true, cell: (unit) => unit.name },
        { header: t('organisation.units.kind'), cell: (unit) => t(`organisation.unitKind.${unit.kind}`) },
        { header: t('organisation.units.members'), cell: (unit) => unit.memberCount },
        {
          header: t('common.status'),
          cell: (unit) => (
            <StatusBadge tone={unit.isActive ? 'success' : 'neutral'}>
              {unit.isActive ? t('common.active') : t('common.inactive')}
            </StatusBadge>
          ),
        },
        {
          header: t('common.actions'),
          cell: (unit) => (
            <Group gap="xs" wrap="nowrap">
              <CompactButton
                icon={null}
                label={t('common.edit')}
                onClick={() => onEdit(unit)}
                ariaLabel={t('organisation.units.editNamed', { name: unit.name })}
              />
              {unit.isActive ? (
                <CompactButton
                  icon={null}
                  label={t('common.deactivate')}
                  onClick={() => onDeactivate(unit)}
                  ariaLabel={t('organisation.units.deactivateNamed', { name: unit.name })}
                />
              ) : (
                <CompactButton
                  icon={null}
                  label={t('common.reactivate')}
                  onClick={() => onReactivate(unit)}
                  ariaLabel={t('organisation.units.reactivateNamed', { name: unit.name })}
                />
              )}
            </Group>
          ),
        },
      ]}
    />
  );
}

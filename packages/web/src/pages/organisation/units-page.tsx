import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { UnitFormModal } from './unit-form-modal';
import { UnitsTable } from './units-table';
import { useUnits, useUpdateUnit } from './use-units';

type Editing = { mode: 'create' } | { mode: 'edit'; unit: Unit } | null;

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const updateUnit = useUpdateUnit();
  const [editing, setEditing] = useState<Editing>(null);
  const activation = useConfirmedAction(updateUnit, {
    input: ({ unit, isActive }: { unit: Unit; isActive: boolean }) => ({ id: unit.id, body: { isActive } }),
    done: ({ unit, isActive }) =>
      isActive
        ? t('organisation.units.reactivated', { name: unit.name })
        : t('organisation.units.deactivated', { name: unit.name }),
  });
  const deactivating = activation.subject?.unit ?? null;

  return (
    <>
      <PageHeader
        title={t('organisation.units.title')}
        description={t('organisation.units.lead')}
        create={{ label: t('organisation.units.create'), onClick: () => setEditing({ mode: 'create' }) }}
      />
      <ErrorAlert error={units.error} />
      {!deactivating ? <ErrorAlert error={updateUnit.error} /> : null}
      {units.isPending ? <Loading /> : null}
      {units.data ? (
        <UnitsTable
          units={units.data}
          onEdit={(unit) => setEditing({ mode: 'edit', unit })}
          onDeactivate={(unit) => activation.ask({ unit, isActive: false })}
          onReactivate={(unit) => activation.run({ unit, isActive: true })}
        />
      ) : null}
      {editing ? (
        <UnitFormModal
          key={editing.mode === 'edit' ? editing.unit.id : 'new'}
          unit={editing.mode === 'edit' ? editing.unit : null}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        title={t('organisation.units.deactivateTitle')}
        message={t('organisation.units.deactivateConfirm', { name: deactivating?.name ?? '' })}
        confirmLabel={t('common.deactivate')}
        danger
        {...activation.dialog}
      />
    </>
  );
}

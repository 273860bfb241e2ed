import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Unit } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useNotify } from '../../components/use-notify';
import { UnitFormModal } from './unit-form-modal';
import { UnitsTable } from './units-table';
import { useUnits, useUpdateUnit } from './use-units';

type Editing = { mode: 'create' } | { mode: 'edit'; unit: Unit } | null;

export function UnitsPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const units = useUnits();
  const updateUnit = useUpdateUnit();
  const [editing, setEditing] = useState<Editing>(null);
  const [deactivating, setDeactivating] = useState<Unit | null>(null);

  const setActive = async (unit: Unit, isActive: boolean) => {
    try {
      await updateUnit.mutateAsync({ id: unit.id, body: { isActive } });
      notify(
        isActive
          ? t('organisation.units.reactivated', { name: unit.name })
          : t('organisation.units.deactivated', { name: unit.name }),
      );
      setDeactivating(null);
    } catch {
      // Shown from updateUnit.error.
    }
  };

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
          onDeactivate={(unit) => {
            updateUnit.reset();
            setDeactivating(unit);
          }}
          onReactivate={(unit) => void setActive(unit, true)}
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
        opened={deactivating !== null}
        title={t('organisation.units.deactivateTitle')}
        message={t('organisation.units.deactivateConfirm', { name: deactivating?.name ?? '' })}
        confirmLabel={t('common.deactivate')}
        danger
        pending={updateUnit.isPending}
        error={updateUnit.error}
        onConfirm={() => deactivating && void setActive(deactivating, false)}
        onClose={() => setDeactivating(null)}
      />
    </>
  );
}

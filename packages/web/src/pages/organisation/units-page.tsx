import { useTranslation } from 'react-i18next';
import type { Unit } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useEditDialog } from '../../components/use-edit-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { UnitFormModal } from './unit-form-modal';
import { UnitsTable } from './units-table';
import { useUnits, useUpdateUnit } from './use-units';

export function UnitsPage() {
  const { t } = useTranslation();
  const units = useUnits();
  const updateUnit = useUpdateUnit();
  const editing = useEditDialog<Unit>();
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
        create={{ label: t('organisation.units.create'), onClick: editing.openNew }}
      />
      <ErrorAlert error={units.error} />
      {!deactivating ? <ErrorAlert error={updateUnit.error} /> : null}
      {units.isPending ? <Loading /> : null}
      {units.data ? (
        <UnitsTable
          units={units.data}
          onEdit={editing.openEdit}
          onDeactivate={(unit) => activation.ask({ unit, isActive: false })}
          onReactivate={(unit) => activation.run({ unit, isActive: true })}
        />
      ) : null}
      {editing.dialog ? (
        <UnitFormModal key={editing.dialog.key} unit={editing.dialog.item} onClose={editing.dialog.onClose} />
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

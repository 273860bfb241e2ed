import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useNotify } from '../../components/use-notify';
import { PartnerFormModal } from './partner-form-modal';
import { PartnersTable } from './partners-table';
import { usePartners, useRemovePartner } from './use-partners';

type Editing = { mode: 'create' } | { mode: 'edit'; partner: Partner } | null;

export function PartnersPage() {
  const { t } = useTranslation();
  const notify = useNotify();
  const partners = usePartners();
  const removePartner = useRemovePartner();
  const [editing, setEditing] = useState<Editing>(null);
  const [removing, setRemoving] = useState<Partner | null>(null);

  const confirmRemove = async () => {
    if (!removing) return;
    try {
      await removePartner.mutateAsync(removing.id);
      notify(t('organisation.partners.removed', { name: removing.name }));
      setRemoving(null);
    } catch {
      // Shown in the dialog.
    }
  };

  return (
    <>
      <PageHeader
        title={t('organisation.partners.title')}
        description={t('organisation.partners.lead')}
        create={{ label: t('organisation.partners.create'), onClick: () => setEditing({ mode: 'create' }) }}
      />
      <ErrorAlert error={partners.error} />
      {partners.isPending ? <Loading /> : null}
      {partners.data ? (
        <PartnersTable
          partners={partners.data}
          onEdit={(partner) => setEditing({ mode: 'edit', partner })}
          onRemove={(partner) => {
            removePartner.reset();
            setRemoving(partner);
          }}
        />
      ) : null}
      {editing ? (
        <PartnerFormModal
          key={editing.mode === 'edit' ? editing.partner.id : 'new'}
          partner={editing.mode === 'edit' ? editing.partner : null}
          onClose={() => setEditing(null)}
        />
      ) : null}
      <ConfirmDialog
        opened={removing !== null}
        title={t('organisation.partners.removeTitle')}
        message={t('organisation.partners.removeConfirm', { name: removing?.name ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        pending={removePartner.isPending}
        error={removePartner.error}
        onConfirm={() => void confirmRemove()}
        onClose={() => setRemoving(null)}
      />
    </>
  );
}

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { PartnerFormModal } from './partner-form-modal';
import { PartnersTable } from './partners-table';
import { usePartners, useRemovePartner } from './use-partners';

type Editing = { mode: 'create' } | { mode: 'edit'; partner: Partner } | null;

export function PartnersPage() {
  const { t } = useTranslation();
  const partners = usePartners();
  const [editing, setEditing] = useState<Editing>(null);
  const removal = useConfirmedAction(useRemovePartner(), {
    input: (partner: Partner) => partner.id,
    done: (partner) => t('organisation.partners.removed', { name: partner.name }),
  });

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
          onRemove={removal.ask}
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
        title={t('organisation.partners.removeTitle')}
        message={t('organisation.partners.removeConfirm', { name: removal.subject?.name ?? '' })}
        confirmLabel={t('common.remove')}
        danger
        {...removal.dialog}
      />
    </>
  );
}

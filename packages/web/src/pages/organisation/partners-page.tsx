import { useTranslation } from 'react-i18next';
import type { Partner } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useEditDialog } from '../../components/use-edit-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { QueryState } from '../../components/query-state';
import { PageHeader } from '../../components/page-header';
import { PartnerFormModal } from './partner-form-modal';
import { PartnersTable } from './partners-table';
import { usePartners, useRemovePartner } from './use-partners';

export function PartnersPage() {
  const { t } = useTranslation();
  const partners = usePartners();
  const editing = useEditDialog<Partner>();
  const removal = useConfirmedAction(useRemovePartner(), {
    input: (partner: Partner) => partner.id,
    done: (partner) => t('organisation.partners.removed', { name: partner.name }),
  });

  return (
    <>
      <PageHeader
        title={t('organisation.partners.title')}
        description={t('organisation.partners.lead')}
        create={{ label: t('organisation.partners.create'), onClick: editing.openNew }}
      />
      <QueryState query={partners}>
        {(data) => <PartnersTable partners={data} onEdit={editing.openEdit} onRemove={removal.ask} />}
      </QueryState>
      {editing.dialog ? (
        <PartnerFormModal key={editing.dialog.key} partner={editing.dialog.item} onClose={editing.dialog.onClose} />
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

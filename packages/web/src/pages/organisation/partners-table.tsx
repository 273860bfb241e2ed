import { Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { partnerTypeLabel } from './partner-type-label';
import { CompactButton } from '../../components/compact-button';

interface PartnersTableProps {
  partners: Partner[];
  onEdit: (partner: Partner) => void;
  onRemove: (partner: Partner) => void;
}

export function PartnersTable({ partners, onEdit, onRemove }: PartnersTableProps) {
  const { t } = useTranslation();
  return (
    <DataTable<Partner>
      caption={t('organisation.partners.tableCaption')}
      minWidth={820}
      items={partners}
      rowKey={(partner) => partner.id}
      empty={t('organisation.partners.empty')}
      columns={[
        { header: t('organisation.partners.name'), rowHeader: true, cell: (partner) => partner.name },
        { header: t('organisation.partners.kind'), cell: (partner) => t(`organisation.partnerKind.${partner.kind}`) },
        { header: t('organisation.partners.type'), cell: (partner) => partnerTypeLabel(partner, t) },
        { header: t('organisation.partners.contactEmail'), cell: (partner) => partner.contactEmail ?? '–' },
        { header: t('organisation.partners.contactPhone'), cell: (partner) => partner.contactPhone ?? '–' },
        {
          header: t('common.actions'),
          cell: (partner) => (
            <Group gap="xs" wrap="nowrap">
              <CompactButton
                icon={null}
                label={t('common.edit')}
                onClick={() => onEdit(partner)}
                ariaLabel={t('organisation.partners.editNamed', { name: partner.name })}
              />
              <CompactButton
                icon={null}
                label={t('common.remove')}
                onClick={() => onRemove(partner)}
                ariaLabel={t('organisation.partners.removeNamed', { name: partner.name })}
              />
            </Group>
          ),
        },
      ]}
    />
  );
}

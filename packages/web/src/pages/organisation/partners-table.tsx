import { Button, Group, Table } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Partner } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { TableFrame } from '../../components/table-frame';
import { partnerTypeLabel } from './partner-type-label';

interface PartnersTableProps {
  partners: Partner[];
  onEdit: (partner: Partner) => void;
  onRemove: (partner: Partner) => void;
}

export function PartnersTable({ partners, onEdit, onRemove }: PartnersTableProps) {
  const { t } = useTranslation();
  return (
    <TableFrame caption={t('organisation.partners.tableCaption')} minWidth={820}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('organisation.partners.name')}</Table.Th>
          <Table.Th scope="col">{t('organisation.partners.kind')}</Table.Th>
          <Table.Th scope="col">{t('organisation.partners.type')}</Table.Th>
          <Table.Th scope="col">{t('organisation.partners.contactEmail')}</Table.Th>
          <Table.Th scope="col">{t('organisation.partners.contactPhone')}</Table.Th>
          <Table.Th scope="col">{t('common.actions')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {partners.length === 0 ? <EmptyRow colSpan={6}>{t('organisation.partners.empty')}</EmptyRow> : null}
        {partners.map((partner) => (
          <Table.Tr key={partner.id}>
            <Table.Th scope="row" fw={500}>
              {partner.name}
            </Table.Th>
            <Table.Td>{t(`organisation.partnerKind.${partner.kind}`)}</Table.Td>
            <Table.Td>{partnerTypeLabel(partner, t)}</Table.Td>
            <Table.Td>{partner.contactEmail ?? '–'}</Table.Td>
            <Table.Td>{partner.contactPhone ?? '–'}</Table.Td>
            <Table.Td>
              <Group gap="xs" wrap="nowrap">
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onEdit(partner)}
                  aria-label={t('organisation.partners.editNamed', { name: partner.name })}
                >
                  {t('common.edit')}
                </Button>
                <Button
                  size="compact-sm"
                  variant="default"
                  onClick={() => onRemove(partner)}
                  aria-label={t('organisation.partners.removeNamed', { name: partner.name })}
                >
                  {t('common.remove')}
                </Button>
              </Group>
            </Table.Td>
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

import { useState } from 'react';
import { Anchor, Button, Checkbox, Group, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { CollaborationSettingsSection } from '../collaboration-settings/collaboration-settings-section';
import { useFlowcards } from './use-flowcards';

/** The organisation's flowcards; leaders and administrators write new ones here. */
export function FlowcardsPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { can } = useSession();
  const [showArchived, setShowArchived] = useState(false);
  const flowcards = useFlowcards(showArchived);
  const canManage = can('flowcards.manage');
  return (
    <>
      <PageHeader
        title={t('flowcards.title')}
        description={t('flowcards.lead')}
        actions={
          canManage ? (
            <Button component={Link} to="/flowcards/new" leftSection={<IconPlus size={16} aria-hidden="true" />}>
              {t('flowcards.create')}
            </Button>
          ) : null
        }
      />
      <Group mb="sm">
        <Checkbox
          label={t('flowcards.showArchived')}
          checked={showArchived}
          onChange={(event) => setShowArchived(event.currentTarget.checked)}
        />
      </Group>
      <ErrorAlert error={flowcards.error} />
      {flowcards.isPending ? (
        <Loading />
      ) : (
        <TableFrame caption={t('flowcards.caption')} minWidth={640} testId="flowcards-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('flowcards.column.name')}</Table.Th>
              <Table.Th scope="col">{t('flowcards.column.steps')}</Table.Th>
              <Table.Th scope="col">{t('flowcards.column.units')}</Table.Th>
              <Table.Th scope="col">{t('flowcards.column.version')}</Table.Th>
              <Table.Th scope="col">{t('flowcards.column.updated')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(flowcards.data ?? []).length === 0 ? <EmptyRow colSpan={5}>{t('flowcards.empty')}</EmptyRow> : null}
            {(flowcards.data ?? []).map((card) => (
              <Table.Tr key={card.id}>
                <Table.Th scope="row" fw={500}>
                  <Group gap="xs">
                    <Anchor component={Link} to={`/flowcards/${card.id}`}>
                      {card.name}
                    </Anchor>
                    {card.isArchived ? <StatusBadge tone="neutral">{t('flowcards.archivedBadge')}</StatusBadge> : null}
                  </Group>
                </Table.Th>
                <Table.Td>{card.stepCount}</Table.Td>
                <Table.Td>{card.unitNames.join(', ')}</Table.Td>
                <Table.Td>{card.version}</Table.Td>
                <Table.Td>
                  {t('flowcards.updatedBy', { name: card.updatedBy ?? '–', when: formatDateTime(card.updatedAt, locale) })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      )}
      <CollaborationSettingsSection canManage={canManage} />
    </>
  );
}

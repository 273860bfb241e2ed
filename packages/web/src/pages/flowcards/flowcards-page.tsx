import { useState } from 'react';
import { Anchor, Button, Checkbox, Group } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { CollaborationSettingsSection } from '../collaboration-settings/collaboration-settings-section';
import { FlowcardTemplates } from './flowcard-templates';
import { useFlowcards } from './use-flowcards';
import { DataTable } from '../../components/data-table';

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
        <DataTable
          caption={t('flowcards.caption')}
          minWidth={640}
          testId="flowcards-table"
          items={flowcards.data ?? []}
          rowKey={(card) => card.id}
          empty={canManage ? t('flowcards.emptyWithTemplates') : t('flowcards.empty')}
          columns={[
            {
              header: t('flowcards.column.name'),
              rowHeader: true,
              cell: (card) => (
                <Group gap="xs">
                  <Anchor component={Link} to={`/flowcards/${card.id}`}>
                    {card.name}
                  </Anchor>
                  {card.isArchived ? <StatusBadge tone="neutral">{t('flowcards.archivedBadge')}</StatusBadge> : null}
                </Group>
              ),
            },
            { header: t('flowcards.column.steps'), cell: (card) => card.stepCount },
            { header: t('flowcards.column.units'), cell: (card) => card.unitNames.join(', ') },
            { header: t('flowcards.column.version'), cell: (card) => card.version },
            {
              header: t('flowcards.column.updated'),
              cell: (card) =>
                t('flowcards.updatedBy', { name: card.updatedBy ?? '–', when: formatDateTime(card.updatedAt, locale) }),
            },
          ]}
        />
      )}
      {canManage ? <FlowcardTemplates /> : null}
      <CollaborationSettingsSection canManage={canManage} />
    </>
  );
}

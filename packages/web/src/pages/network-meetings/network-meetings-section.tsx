import { useState } from 'react';
import { Anchor, Button, Table } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { SectionTitle } from '../../components/section-title';
import { useNetworkMeetings } from './use-network-meetings';
import { NetworkMeetingFormModal } from './network-meeting-form-modal';
import { formatMoment } from '../../format/date';

/** Network meetings about the citizen, newest first; each opens on its own page with its decisions. */
export function NetworkMeetingsSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const meetings = useNetworkMeetings(citizenId);
  const [creating, setCreating] = useState(false);
  const items = meetings.data?.items ?? [];
  return (
    <section aria-labelledby="meetings-heading" data-testid="meetings-section">
      <SectionTitle
        id="meetings-heading"
        actions={
          canWrite ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setCreating(true)}
            >
              {t('networkMeetings.add')}
            </Button>
          ) : null
        }
      >
        {t('networkMeetings.title')}
      </SectionTitle>
      <ErrorAlert error={meetings.error} />
      {meetings.isPending ? <Loading /> : null}
      {meetings.data ? (
        <TableFrame caption={t('networkMeetings.tableCaption')} minWidth={560} testId="meetings-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('networkMeetings.field.title')}</Table.Th>
              <Table.Th scope="col">{t('networkMeetings.field.heldAt')}</Table.Th>
              <Table.Th scope="col">{t('networkMeetings.participants')}</Table.Th>
              <Table.Th scope="col">{t('networkMeetings.decisions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={4}>{t('networkMeetings.empty')}</EmptyRow> : null}
            {items.map((m) => (
              <Table.Tr key={m.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/citizens/${citizenId}/network-meetings/${m.id}`}>
                    {m.title}
                  </Anchor>
                </Table.Th>
                <Table.Td>{formatMoment(m.heldAt, locale)}</Table.Td>
                <Table.Td>{m.participantCount}</Table.Td>
                <Table.Td>{m.decisionCount}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {creating ? <NetworkMeetingFormModal citizenId={citizenId} meeting={null} onClose={() => setCreating(false)} /> : null}
    </section>
  );
}

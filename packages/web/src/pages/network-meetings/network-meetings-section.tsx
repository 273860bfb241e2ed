import { useState } from 'react';
import { Anchor } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { NetworkMeetingList } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { RecordSection } from '../../components/record-section';
import { useLanguage } from '../../i18n/use-language';
import { useNetworkMeetings } from './use-network-meetings';
import { NetworkMeetingFormModal } from './network-meeting-form-modal';
import { formatMoment } from '../../format/date';

/** Network meetings about the citizen, newest first; each opens on its own page with its decisions. */
export function NetworkMeetingsSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const meetings = useNetworkMeetings(citizenId);
  const [creating, setCreating] = useState(false);
  return (
    <RecordSection
      name="meetings"
      title={t('meetings.title')}
      add={canWrite ? { label: t('meetings.add'), onClick: () => setCreating(true) } : null}
      query={meetings}
      dialogs={
        creating ? <NetworkMeetingFormModal citizenId={citizenId} meeting={null} onClose={() => setCreating(false)} /> : null
      }
    >
      {({ items }) => (
        <DataTable<NetworkMeetingList['items'][number]>
          caption={t('meetings.tableCaption')}
          minWidth={560}
          testId="meetings-table"
          items={items}
          rowKey={(meeting) => meeting.id}
          empty={t('meetings.empty')}
          columns={[
            {
              header: t('meetings.field.title'),
              rowHeader: true,
              cell: (meeting) => (
                <Anchor component={Link} to={`/citizens/${citizenId}/network-meetings/${meeting.id}`}>
                  {meeting.title}
                </Anchor>
              ),
            },
            { header: t('meetings.field.heldAt'), cell: (meeting) => formatMoment(meeting.heldAt, locale) },
            { header: t('meetings.participants'), cell: (meeting) => meeting.participantCount },
            { header: t('meetings.decisions'), cell: (meeting) => meeting.decisionCount },
          ]}
        />
      )}
    </RecordSection>
  );
}

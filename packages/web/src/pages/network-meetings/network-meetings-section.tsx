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
      title={t('networkMeetings.title')}
      add={canWrite ? { label: t('networkMeetings.add'), onClick: () => setCreating(true) } : null}
      query={meetings}
      dialogs={
        creating ? <NetworkMeetingFormModal citizenId={citizenId} meeting={null} onClose={() => setCreating(false)} /> : null
      }
    >
      {({ items }) => (
        <DataTable<NetworkMeetingList['items'][number]>
          caption={t('networkMeetings.tableCaption')}
          minWidth={560}
          testId="meetings-table"
          items={items}
          rowKey={(meeting) => meeting.id}
          empty={t('networkMeetings.empty')}
          columns={[
            {
              header: t('networkMeetings.field.title'),
              rowHeader: true,
              cell: (meeting) => (
                <Anchor component={Link} to={`/citizens/${citizenId}/network-meetings/${meeting.id}`}>
                  {meeting.title}
                </Anchor>
              ),
            },
            { header: t('networkMeetings.field.heldAt'), cell: (meeting) => formatMoment(meeting.heldAt, locale) },
            { header: t('networkMeetings.participants'), cell: (meeting) => meeting.participantCount },
            { header: t('networkMeetings.decisions'), cell: (meeting) => meeting.decisionCount },
          ]}
        />
      )}
    </RecordSection>
  );
}

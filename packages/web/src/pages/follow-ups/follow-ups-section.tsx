import { useState } from 'react';
import { Alert, Button, Group, Text } from '@mantine/core';
import { IconClipboardCheck } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { FollowUpSchedule } from '@hjemvej/contract';
import { CardList } from '../../components/card-list';
import { HeadedCard } from '../../components/headed-card';
import { RecordSection, type SectionQuery } from '../../components/record-section';
import { StatusBadge } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { followUpStateTone, type FollowUpMilestoneItem } from './follow-up-options';
import { FollowUpModal } from './follow-up-modal';
import './follow-ups.css';

type ScheduleItem = FollowUpSchedule['items'][number];
type Recording = { item: ScheduleItem; milestone: FollowUpMilestoneItem } | null;

function MilestoneRow({
  milestone,
  canRecord,
  onRecord,
}: {
  milestone: FollowUpMilestoneItem;
  canRecord: boolean;
  onRecord: () => void;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const followUp = milestone.followUp;
  return (
    <li className="follow-up-row" data-testid={`follow-up-${milestone.milestone}`}>
      <Group justify="space-between" gap="xs" align="center">
        <div>
          <Group gap="xs">
            <Text fw={600}>{t('followUps.milestone', { count: milestone.milestone })}</Text>
            <StatusBadge tone={followUpStateTone[milestone.state]}>{t(`followUps.state.${milestone.state}`)}</StatusBadge>
          </Group>
          <Text size="sm" c="dimmed">
            {t('followUps.dueOn', { date: formatIsoDate(milestone.dueOn, locale) })}
          </Text>
          {followUp ? (
            <Text size="sm">
              {followUp.keepsHome
                ? t('followUps.resultKeeps', { date: formatIsoDate(followUp.checkedOn, locale) })
                : t('followUps.resultLost', {
                    date: formatIsoDate(followUp.checkedOn, locale),
                    lostOn: formatIsoDate(followUp.lostHomeOn ?? followUp.checkedOn, locale),
                  })}
              {followUp.createdBy ? ` · ${followUp.createdBy}` : ''}
            </Text>
          ) : null}
          {followUp?.note ? <Text size="sm">{followUp.note}</Text> : null}
        </div>
        {canRecord ? (
          <Button
            size="md"
            variant={milestone.state === 'upcoming' ? 'default' : 'filled'}
            leftSection={<IconClipboardCheck size={18} aria-hidden="true" />}
            onClick={onRecord}
          >
            {t('followUps.record', { count: milestone.milestone })}
          </Button>
        ) : null}
      </Group>
    </li>
  );
}

/** After each move-in: follow-ups at 3, 6 and 12 months, their due state, and whether the home was kept. */
export function FollowUpsSection({
  query,
  canWrite,
}: {
  /** The records' query: the citizen page reads it once, for this section and for the timeline. */
  query: SectionQuery<FollowUpSchedule>;
  /** The caller may write the citizen's course (the server's `abilities.canWriteCourse`). */
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [recording, setRecording] = useState<Recording>(null);
  return (
    <RecordSection
      name="follow-ups"
      testId="follow-ups"
      title={t('followUps.title')}
      add={null}
      query={query}
      dialogs={
        recording ? (
          <FollowUpModal
            allocationId={recording.item.housingAllocationId}
            address={recording.item.address}
            moveInOn={recording.item.moveInOn}
            milestone={recording.milestone}
            onClose={() => setRecording(null)}
          />
        ) : null
      }
    >
      {({ returnedFromHousing, items }) => (
        <>
          {returnedFromHousing ? (
            <Alert color="orange" mb="md" title={t('followUps.returnedTitle')} data-testid="returned-from-housing">
              {t('followUps.returnedText')}
            </Alert>
          ) : null}
          <CardList items={items} empty={t('followUps.empty')}>
            {(item) => {
              const headingId = `follow-ups-${item.housingAllocationId}`;
              return (
                <HeadedCard key={item.housingAllocationId} headingId={headingId} title={item.address} order={3} size="h4">
                  <Text size="sm" c="dimmed" mb="sm">
                    {t('followUps.movedInOn', { date: formatIsoDate(item.moveInOn, locale) })}
                  </Text>
                  <ol className="follow-up-list">
                    {item.milestones.map((milestone) => (
                      <MilestoneRow
                        key={milestone.milestone}
                        milestone={milestone}
                        canRecord={canWrite && milestone.followUp === null && milestone.state !== 'not_applicable'}
                        onRecord={() => setRecording({ item, milestone })}
                      />
                    ))}
                  </ol>
                </HeadedCard>
              );
            }}
          </CardList>
        </>
      )}
    </RecordSection>
  );
}

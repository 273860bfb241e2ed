import { useMemo, useState } from 'react';
import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CitizenDetail, HousingPeriod, Stay } from '@hjemvej/contract';
import { useLanguage } from '../../../i18n/use-language';
import { todayInDenmark } from '../dates';
import { SectionTitle } from '../section-title';
import { TimelineChart } from './timeline-chart';
import { TimelineList } from './timeline-list';
import { mergeTimeline, timelineKinds, type TimelineKind } from './timeline-model';
import { citizenTimeline, housingTimeline, stayTimeline } from './timeline-sources';

interface TimelineSectionProps {
  citizen: CitizenDetail;
  periods: readonly HousingPeriod[] | undefined;
  stays: readonly Stay[] | undefined;
}

/** The whole course at a glance: a chart of periods, and a filterable list of what happened. */
export function TimelineSection({ citizen, periods, stays }: TimelineSectionProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const [shownKinds, setShownKinds] = useState<TimelineKind[]>([...timelineKinds]);
  const timeline = useMemo(() => {
    const context = { t, locale };
    return mergeTimeline([
      citizenTimeline(citizen, context),
      housingTimeline(periods ?? [], context),
      stayTimeline(stays ?? [], context),
    ]);
  }, [citizen, periods, stays, t, locale]);
  return (
    <section aria-labelledby="timeline-heading" data-testid="timeline">
      <SectionTitle id="timeline-heading">{t('timeline.title')}</SectionTitle>
      {timeline.spans.length === 0 ? (
        <Text size="sm" c="dimmed" mb="sm">
          {t('timeline.noPeriods')}
        </Text>
      ) : (
        <TimelineChart spans={timeline.spans} today={todayInDenmark()} />
      )}
      <TimelineList events={timeline.events} shownKinds={shownKinds} onShownKindsChange={setShownKinds} />
    </section>
  );
}

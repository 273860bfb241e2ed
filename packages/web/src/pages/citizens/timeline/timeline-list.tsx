import { Chip, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { StatusBadge } from '../../../components/status-badge';
import { useLanguage } from '../../../i18n/use-language';
import { formatIsoDate } from '../../../format/date';
import { timelineKinds, type TimelineEvent, type TimelineKind } from './timeline-model';

interface TimelineListProps {
  events: readonly TimelineEvent[];
  shownKinds: readonly TimelineKind[];
  onShownKindsChange: (kinds: TimelineKind[]) => void;
}

/** Everything that happened, newest first, with who did it where the record says; filterable by kind. */
export function TimelineList({ events, shownKinds, onShownKindsChange }: TimelineListProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const present = timelineKinds.filter((kind) => events.some((event) => event.kind === kind));
  const shown = events.filter((event) => shownKinds.includes(event.kind));
  return (
    <Stack gap="sm">
      <div role="group" aria-labelledby="timeline-filter-label">
        <Text id="timeline-filter-label" size="sm" fw={500} mb={4}>
          {t('citizens.timeline.filter')}
        </Text>
        <Chip.Group
          multiple
          value={[...shownKinds]}
          onChange={(value) => onShownKindsChange(timelineKinds.filter((kind) => value.includes(kind)))}
        >
          <Group gap="xs">
            {present.map((kind) => (
              <Chip key={kind} value={kind} size="sm" variant="outline">
                {t(`citizens.timeline.kind.${kind}`)}
              </Chip>
            ))}
          </Group>
        </Chip.Group>
      </div>
      <Text size="sm" c="dimmed" aria-live="polite">
        {t('citizens.timeline.count', { count: shown.length })}
      </Text>
      <ol className="tl-list" data-testid="timeline-list">
        {shown.map((event) => (
          <li key={event.id} className="tl-item">
            <Text size="sm" fw={600} className="tl-item-date">
              {formatIsoDate(event.at, locale)}
            </Text>
            <div>
              <Group gap="xs" wrap="wrap">
                <StatusBadge tone={event.tone}>{t(`citizens.timeline.kind.${event.kind}`)}</StatusBadge>
                <Text fw={500}>{event.title}</Text>
              </Group>
              {event.detail ? (
                <Text size="sm" mt={2} style={{ whiteSpace: 'pre-line' }}>
                  {event.detail}
                </Text>
              ) : null}
              {event.actor ? (
                <Text size="sm" c="dimmed" mt={2}>
                  {t('citizens.timeline.by', { name: event.actor })}
                </Text>
              ) : null}
            </div>
          </li>
        ))}
      </ol>
    </Stack>
  );
}

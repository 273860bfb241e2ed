import type { ReactNode } from 'react';
import { Group, Paper, Stack, Text, Title, type MantineSpacing } from '@mantine/core';

interface RecordCardProps {
  /** The heading's id, which names the card. */
  headingId: string;
  testId: string;
  title: string;
  /** The dimmed line under the title (when, from whom). */
  subtitle: string;
  /** The record's state, top right. */
  badge: ReactNode;
  gap?: MantineSpacing;
  children: ReactNode;
}

/** One record shown as a card (a stay, an allocation, a course): its heading and state, then its facts. */
export function RecordCard({ headingId, testId, title, subtitle, badge, gap = 'sm', children }: RecordCardProps) {
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId} data-testid={testId}>
      <Stack gap={gap}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <div>
            <Title order={3} size="h4" id={headingId}>
              {title}
            </Title>
            <Text size="sm" c="dimmed">
              {subtitle}
            </Text>
          </div>
          {badge}
        </Group>
        {children}
      </Stack>
    </Paper>
  );
}

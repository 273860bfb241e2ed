import type { ReactNode } from 'react';
import { Group, Text } from '@mantine/core';
import { PageTitle } from './page-title';

/** Page heading with an optional lead text and actions (e.g. a "create" button). */
export function PageHeader({ title, description, actions }: { title: string; description?: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <div>
        <PageTitle>{title}</PageTitle>
        {description ? (
          <Text c="dimmed" mt={4}>
            {description}
          </Text>
        ) : null}
      </div>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}

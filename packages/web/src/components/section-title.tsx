import type { ReactNode } from 'react';
import { Group, Title } from '@mantine/core';

/** A section's h2 with optional actions beside it. */
export function SectionTitle({ id, children, actions }: { id: string; children: string; actions?: ReactNode }) {
  return (
    <Group justify="space-between" align="center" mb="sm" gap="xs">
      <Title order={2} size="h3" id={id}>
        {children}
      </Title>
      {actions ? <Group gap="xs">{actions}</Group> : null}
    </Group>
  );
}

import type { ReactNode } from 'react';
import { Group, Paper, Title } from '@mantine/core';

/** One block of the start page: a titled section with a link to the page it summarises. */
export function StartBlock({ id, title, link, children }: { id: string; title: string; link: ReactNode; children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="md" data-testid={id}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {link}
      </Group>
      {children}
    </Paper>
  );
}

import type { ReactNode } from 'react';
import { Paper, Title } from '@mantine/core';

/** A framed part of a record's page under a small h2 (who took part, what was agreed), named by its heading. */
export function FramedPart({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={id}>
      <Title order={2} size="h4" id={id} mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

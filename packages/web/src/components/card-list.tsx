import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';

/** Records shown as cards, one under the other; a dimmed line when there are none. */
export function CardList<Item>({
  items,
  empty,
  children,
}: {
  items: readonly Item[];
  /** What the section says when there are no records. */
  empty: string;
  children: (item: Item) => ReactNode;
}) {
  return (
    <>
      {items.length === 0 ? <Text c="dimmed">{empty}</Text> : null}
      <Stack gap="md">{items.map(children)}</Stack>
    </>
  );
}

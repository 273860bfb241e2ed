import { Text } from '@mantine/core';

/** A dimmed line saying there is nothing here yet (no records, no members, no goals). */
export function EmptyText({ children, mb }: { children: string; mb?: 'xs' | 'sm' | 'md' }) {
  return (
    <Text size="sm" c="dimmed" mb={mb}>
      {children}
    </Text>
  );
}

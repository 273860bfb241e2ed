import { Text } from '@mantine/core';

/** A message about a group of fields (the needs, the contacts) at the group's head; nothing when there is none. */
export function FieldMessage({ message, mb }: { message: string | undefined; mb?: 'xs' | 'sm' }) {
  if (message === undefined) return null;
  return (
    <Text size="sm" c="red.8" mb={mb} role="alert">
      {message}
    </Text>
  );
}

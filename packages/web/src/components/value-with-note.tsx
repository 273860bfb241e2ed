import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A value with a small dimmed line under it (its period, its date, the organisation of a unit). */
export function ValueWithNote({ value, note }: { value: ReactNode; note: ReactNode }) {
  return (
    <>
      {value}
      <Text size="xs" c="dimmed">
        {note}
      </Text>
    </>
  );
}

import type { ReactNode } from 'react';
import { Text } from '@mantine/core';

/** A labelled value ("Handlekommune: Demo Kommune"); the label is read before the value. */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="citizen-fact">
      <Text size="sm" c="dimmed" component="div">
        {label}
      </Text>
      <Text component="div" style={{ overflowWrap: 'anywhere', whiteSpace: 'pre-line' }}>
        {children}
      </Text>
    </div>
  );
}

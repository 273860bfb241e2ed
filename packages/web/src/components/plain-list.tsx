import type { CSSProperties, ReactNode } from 'react';
import { Stack, type MantineSpacing } from '@mantine/core';

/** A list's own marks and indent taken away (for a `ul` laid out as a grid or a stack of rows). */
export const plainListStyle: CSSProperties = { listStyle: 'none', padding: 0, margin: 0 };

interface PlainListProps {
  gap: MantineSpacing | number;
  children: ReactNode;
  'aria-label'?: string;
  'aria-labelledby'?: string;
  'data-testid'?: string;
  /** Added to the plain list's own style (e.g. a height that scrolls). */
  style?: CSSProperties;
}

/** A `ul` of rows one under the other, without bullets or indent: a list to a screen reader, rows to the eye. */
export function PlainList({ gap, children, style, ...rest }: PlainListProps) {
  return (
    <Stack component="ul" gap={gap} style={{ ...plainListStyle, ...style }} {...rest}>
      {children}
    </Stack>
  );
}

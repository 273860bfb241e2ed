import { Badge } from '@mantine/core';

export type BadgeTone = 'success' | 'warning' | 'danger' | 'neutral' | 'info';

// Light badges use shade 9 text on shade 1 background: all pass 4.5:1 with the theme's palette.
const toneColor: Record<BadgeTone, string> = {
  success: 'green',
  warning: 'orange',
  danger: 'red',
  neutral: 'gray',
  info: 'blue',
};

/** A small coloured label whose text contrast passes WCAG AA. */
export function StatusBadge({ tone, children }: { tone: BadgeTone; children: string }) {
  return (
    <Badge variant="light" color={toneColor[tone]} radius="sm" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {children}
    </Badge>
  );
}

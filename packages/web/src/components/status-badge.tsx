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

/**
 * A small coloured label whose text contrast passes WCAG AA. It keeps its text on one line
 * unless `wrap` lets a long label break (in a narrow table column).
 */
export function StatusBadge({ tone, wrap = false, children }: { tone: BadgeTone; wrap?: boolean; children: string }) {
  return (
    <Badge
      variant="light"
      color={toneColor[tone]}
      radius="sm"
      style={{ textTransform: 'none', minWidth: wrap ? 0 : 'max-content' }}
      styles={wrap ? { root: { height: 'auto', maxWidth: '100%' }, label: { whiteSpace: 'normal' } } : undefined}
    >
      {children}
    </Badge>
  );
}

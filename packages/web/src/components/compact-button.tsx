import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';

interface CompactButtonProps {
  label: string;
  onClick: () => void;
  /** A plus unless said otherwise. */
  icon?: ReactNode;
  /** `xs` inside a card, `sm` beside a section's heading. */
  size?: 'xs' | 'sm';
  /** A longer name for screen readers where the label alone is ambiguous. */
  ariaLabel?: string;
  disabled?: boolean;
}

/** A small plain button beside a heading: adding to a section, or editing it. */
export function CompactButton({ label, onClick, icon, size = 'sm', ariaLabel, disabled }: CompactButtonProps) {
  return (
    <Button
      size={`compact-${size}`}
      variant="default"
      leftSection={icon ?? <IconPlus size={size === 'xs' ? 12 : 14} aria-hidden="true" />}
      onClick={onClick}
      aria-label={ariaLabel}
      disabled={disabled}
    >
      {label}
    </Button>
  );
}

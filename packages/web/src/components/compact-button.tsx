import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';

interface CompactButtonProps {
  label: string;
  onClick: () => void;
  /** A plus unless said otherwise; `null` for none (a row's buttons). */
  icon?: ReactNode;
  /** `xs` inside a card, `sm` beside a section's heading. */
  size?: 'xs' | 'sm';
  /** A longer name for screen readers where the label alone is ambiguous. */
  ariaLabel?: string;
  disabled?: boolean;
  /** A spinner instead of the icon while its request is on its way. */
  loading?: boolean;
}

/** A small plain button beside a heading: adding to a section, or editing it. */
export function CompactButton({ label, onClick, icon, size = 'sm', ariaLabel, disabled, loading }: CompactButtonProps) {
  return (
    <Button
      size={`compact-${size}`}
      variant="default"
      leftSection={icon === undefined ? <IconPlus size={size === 'xs' ? 12 : 14} aria-hidden="true" /> : icon}
      onClick={onClick}
      aria-label={ariaLabel}
      disabled={disabled}
      loading={loading}
    >
      {label}
    </Button>
  );
}

/** The compact button that opens a section's or an item's edit dialog: always the pencil. */
export function EditButton(props: Omit<CompactButtonProps, 'icon'>) {
  return <CompactButton {...props} icon={<IconPencil size={props.size === 'xs' ? 12 : 14} aria-hidden="true" />} />;
}

import type { ReactNode } from 'react';
import { ActionIcon, Tooltip } from '@mantine/core';

interface RowActionProps {
  /** Accessible name, also shown as tooltip (e.g. "Rediger Anne Holm"). */
  label: string;
  icon: ReactNode;
  onClick: () => void;
  disabled?: boolean;
}

/** A compact icon button for table rows; its name is spoken and shown on hover/focus. */
export function RowAction({ label, icon, onClick, disabled }: RowActionProps) {
  return (
    <Tooltip label={label} withArrow openDelay={300}>
      <ActionIcon variant="default" size="md" aria-label={label} onClick={onClick} disabled={disabled}>
        {icon}
      </ActionIcon>
    </Tooltip>
  );
}

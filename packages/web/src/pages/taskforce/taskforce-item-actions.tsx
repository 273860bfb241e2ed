/** The pencil and the bin beside an item of the development plan or the report, each shown when the server allows it. */
import { Group } from '@mantine/core';
import { IconPencil, IconTrash } from '@tabler/icons-react';
import { RowAction } from '../../components/row-action';

interface ItemActionsProps {
  /** "Ret …": the pencil's spoken and shown name. */
  editLabel: string;
  /** "Fjern …": the bin's spoken and shown name. */
  removeLabel: string;
  /** Null when the item may not be corrected. */
  onEdit: (() => void) | null;
  /** Null when the item may not be removed. */
  onRemove: (() => void) | null;
}

export function ItemActions({ editLabel, removeLabel, onEdit, onRemove }: ItemActionsProps) {
  if (!onEdit && !onRemove) return null;
  return (
    <Group gap={4} wrap="nowrap">
      {onEdit ? <RowAction label={editLabel} icon={<IconPencil size={16} aria-hidden="true" />} onClick={onEdit} /> : null}
      {onRemove ? <RowAction label={removeLabel} icon={<IconTrash size={16} aria-hidden="true" />} onClick={onRemove} /> : null}
    </Group>
  );
}

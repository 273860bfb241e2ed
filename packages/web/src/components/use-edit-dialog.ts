import { useState } from 'react';

/**
 * Which record a page's create-or-edit dialog is open for: none, a new one, or one to edit. While it
 * is open, `dialog` gives the dialog's key (a fresh dialog per record), its record (null: a new one)
 * and its closing.
 */
export function useEditDialog<Item extends { readonly id: string }>() {
  const [editing, setEditing] = useState<{ readonly item: Item | null } | null>(null);
  return {
    openNew: () => setEditing({ item: null }),
    openEdit: (item: Item) => setEditing({ item }),
    dialog: editing ? { key: editing.item?.id ?? 'new', item: editing.item, onClose: () => setEditing(null) } : null,
  };
}

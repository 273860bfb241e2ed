import type { ComponentProps } from 'react';
import { ConflictNotice, isConflict } from './conflict-notice';
import { FormModal } from './form-modal';

/**
 * A dialog editing a record someone else may save first: a 409 is said by the conflict notice
 * above the fields (its reload closes the dialog, so it opens again on their version) instead of
 * the save's error; any other refusal is the save's error as in `FormModal`.
 */
export function ConflictFormModal({ error, children, ...props }: ComponentProps<typeof FormModal>) {
  const conflict = isConflict(error);
  return (
    <FormModal {...props} error={conflict ? null : error}>
      {conflict ? <ConflictNotice error={error} onReload={props.onClose} /> : null}
      {children}
    </FormModal>
  );
}

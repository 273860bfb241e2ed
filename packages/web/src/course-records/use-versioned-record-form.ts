import { useState } from 'react';
import { isConflict } from '../components/conflict-notice';
import { useApiForm } from '../forms/use-api-form';

/** What the form needs of a TanStack mutation. */
export interface SaveMutation<Variables> {
  mutateAsync: (variables: Variables) => Promise<unknown>;
  reset: () => void;
  error: Error | null;
  isPending: boolean;
}

interface VersionedRecordFormOptions<Record extends { version: number }, Draft extends object, Body> {
  /** The record as it is now when editing (refreshed when someone else has saved); null to make one. */
  record: Record | null;
  draftOf: (record: Record | null) => Draft;
  bodyOf: (draft: Draft) => Body;
  create: SaveMutation<Body>;
  update: SaveMutation<Body & { version: number }>;
  /** Saving an unchanged draft closes the dialog without making a new version. */
  skipUnchanged: boolean;
  /** After a save, before the dialog closes; `savedOver` is the version the change was made to (null: a new record). */
  onSaved: (savedOver: number | null) => void;
  onClose: () => void;
}

/**
 * The form of an assessment, plan or decision. Saving a change sends the version it started
 * from; when someone else saved first the server refuses (409), nothing is overwritten, and
 * `reload` starts again from the record as it is now.
 */
export function useVersionedRecordForm<Record extends { version: number }, Draft extends object, Body>({
  record,
  draftOf,
  bodyOf,
  create,
  update,
  skipUnchanged,
  onSaved,
  onClose,
}: VersionedRecordFormOptions<Record, Draft, Body>) {
  const mutation = record ? update : create;
  const [base, setBase] = useState<Record | null>(record);
  const form = useApiForm<Draft>({ initialValues: draftOf(record), error: mutation.error });

  const save = async (draft: Draft) => {
    const body = bodyOf(draft);
    try {
      if (base) {
        if (skipUnchanged && JSON.stringify(body) === JSON.stringify(bodyOf(draftOf(base)))) {
          onClose(); // nothing changed: no new version
          return;
        }
        await update.mutateAsync({ version: base.version, ...body });
      } else {
        await create.mutateAsync(body);
      }
      onSaved(base?.version ?? null);
      onClose();
    } catch {
      // Shown from the mutation's error, next to the field it names.
    }
  };

  const reload = () => {
    if (record) {
      setBase(record);
      form.setValues(draftOf(record));
    }
    update.reset();
  };

  return {
    form,
    /** The version the user started from (null when making a record). */
    base,
    error: mutation.error,
    isPending: mutation.isPending,
    conflict: isConflict(mutation.error),
    onSubmit: form.onSubmit((draft) => void save(draft)),
    reload,
  };
}

import { useState } from 'react';
import { useNotify } from './use-notify';

/** What the hook needs of a mutation (a TanStack `useMutation` result fits). */
export interface ConfirmableMutation<Input, Result = unknown> {
  mutateAsync: (input: Input) => Promise<Result>;
  reset: () => void;
  isPending: boolean;
  error: unknown;
}

export interface ConfirmedAction<Subject> {
  /** What the dialog asks about; null while it is closed. */
  subject: Subject | null;
  /** Opens the dialog about `subject` (a former refusal cleared). */
  ask: (subject: Subject) => void;
  /** Runs the action on `subject` without asking (e.g. reactivating); a refusal stays in the mutation's error. */
  run: (subject: Subject) => void;
  /** The ConfirmDialog's state and handlers: spread them onto it beside its title, message and label. */
  dialog: { opened: boolean; pending: boolean; error: unknown; onConfirm: () => void; onClose: () => void };
}

/**
 * "Ask, do, say it is done, close": the handler every ConfirmDialog for a removal, a withdrawal or
 * a deactivation repeats. A refusal stays in the open dialog (the mutation's error); success shows
 * `done(subject)` as a toast, closes the dialog and then runs `then(subject, result)` if given.
 */
export function useConfirmedAction<Subject, Input, Result>(
  mutation: ConfirmableMutation<Input, Result>,
  {
    input,
    done,
    then,
  }: {
    input: (subject: Subject) => Input;
    done: (subject: Subject) => string;
    then?: (subject: Subject, result: Result) => void;
  },
): ConfirmedAction<Subject> {
  const notify = useNotify();
  const [subject, setSubject] = useState<Subject | null>(null);
  const run = (target: Subject) => {
    mutation
      .mutateAsync(input(target))
      .then((result) => {
        notify(done(target));
        setSubject(null);
        then?.(target, result);
      })
      .catch(() => undefined);
  };
  return {
    subject,
    ask: (next) => {
      mutation.reset();
      setSubject(next);
    },
    run,
    dialog: {
      opened: subject !== null,
      pending: mutation.isPending,
      error: mutation.error,
      onConfirm: () => {
        if (subject !== null) run(subject);
      },
      onClose: () => {
        mutation.reset();
        setSubject(null);
      },
    },
  };
}

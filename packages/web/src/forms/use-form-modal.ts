import type { MantineColor, MantineSize, MantineSpacing } from '@mantine/core';
import type { FormValidateInput } from '@mantine/form';
import { useNotify } from '../components/use-notify';
import { useApiForm } from './use-api-form';

export interface FormModalOptions<Values, Output> {
  initialValues: Values;
  /** Only for what must be chosen before there is anything to send (see `useApiForm`). */
  validate?: FormValidateInput<Values>;
  /** The save's state: its error and whether it is on its way. */
  mutation: { error: unknown; isPending: boolean };
  /** Sends the form's values; `null` when there is nothing to send (the form's own rules said why). */
  send: (values: Values) => Promise<Output> | null;
  /** What the notice says once it is saved; none where what follows shows it (the record it opens). */
  saved?: string | ((output: Output) => string);
  onClose: () => void;
  /**
   * What follows the notice, instead of closing the dialog (it closes and opens the new record,
   * or stays open to show what the server answered besides).
   */
  afterSave?: (output: Output) => void;
  submitLabel: string;
  submitColor?: MantineColor | undefined;
  /** The submit button is off (the record changed under the dialog: nothing may be overwritten). */
  submitDisabled?: boolean;
  size?: MantineSize;
  /** Space above the buttons. */
  actionsMt?: MantineSpacing;
}

/**
 * A dialog's form: the values wired to the fields with the server's messages (`useApiForm`), and
 * the props of its `FormModal`: the save's error, the submit button, and the save that says so
 * and closes the dialog (a refusal stays open, its messages beside the fields). A button that
 * depends on the values (its label, its colour) is set on `modal.submit` once the form exists.
 */
export function useFormModal<Values extends object, Output>({
  initialValues,
  validate,
  mutation,
  send,
  saved,
  onClose,
  afterSave,
  submitLabel,
  submitColor,
  submitDisabled,
  size,
  actionsMt,
}: FormModalOptions<Values, Output>) {
  const notify = useNotify();
  const form = useApiForm({ initialValues, error: mutation.error, validate });
  const modal = {
    size,
    onClose,
    actionsMt,
    error: mutation.error,
    submit: { label: submitLabel, loading: mutation.isPending, color: submitColor, disabled: submitDisabled },
    onSubmit: form.onSave(async (values: Values) => {
      const sending = send(values);
      if (sending === null) return;
      const output = await sending;
      if (saved !== undefined) notify(typeof saved === 'string' ? saved : saved(output));
      if (afterSave) afterSave(output);
      else onClose();
    }),
  };
  return { form, modal };
}

import type { MantineSize } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';

interface TaskforceFormOptions<Values, Output> {
  initialValues: Values;
  /** The save's state: its error and whether it is on its way. */
  mutation: { error: unknown; isPending: boolean };
  /** Sends the form's values. */
  send: (values: Values) => Promise<Output>;
  /** What the notice says once it is saved. */
  saved: string | ((output: Output) => string);
  onClose: () => void;
  /** The submit button's label; "Gem" unless said otherwise. */
  submitLabel?: string;
  size?: MantineSize;
}

/**
 * A taskforce dialog's form: the values wired to the fields with the server's messages, and the
 * props of its `FormModal` (size, error, submit button, and the save that notifies and closes).
 */
export function useTaskforceForm<Values extends object, Output>({
  initialValues,
  mutation,
  send,
  saved,
  onClose,
  submitLabel,
  size = 'lg',
}: TaskforceFormOptions<Values, Output>) {
  const { t } = useTranslation();
  const notify = useNotify();
  const form = useApiForm({ initialValues, error: mutation.error });
  const modal = {
    size,
    onClose,
    error: mutation.error,
    submit: { label: submitLabel ?? t('taskforce.save'), loading: mutation.isPending },
    onSubmit: form.onSave(async (values: Values) => {
      const output = await send(values);
      notify(typeof saved === 'string' ? saved : saved(output));
      onClose();
    }),
  };
  return { form, modal };
}

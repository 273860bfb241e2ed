import type { FormEvent } from 'react';
import { useForm, type FormValidateInput, type UseFormReturnType } from '@mantine/form';
import { fieldError, fieldErrorsOf } from '../api/api-error';

export type ApiForm<Values> = UseFormReturnType<Values> & {
  /**
   * The server's message for `path` or any path below it (`unitIds` for `unitIds.0`), else the
   * form's own rule's message for it, for inputs wired by hand.
   */
  fieldError: (path: string) => string | undefined;
  /**
   * The form's submit handler: `save` runs with the values. A refusal is shown from the
   * mutation's error (beside the fields it names), so it goes no further.
   */
  onSave: (save: (values: Values) => Promise<unknown>) => (event?: FormEvent<HTMLFormElement>) => void;
};

/**
 * A form whose fields show the server's answer. `form.getInputProps(path)` wires an input's value,
 * change handler and the server's message for that path (or for any path below it). The server
 * validates (400 naming each field, in the user's language), and the messages come from the
 * mutation's error: they last until the next submit. The form's own rules (`validate`) are only
 * for what must be chosen before there is anything to send (a choice the body cannot do without);
 * their message stands at the field until it changes.
 */
export function useApiForm<Values extends object>({
  initialValues,
  error,
  validate,
}: {
  initialValues: Values;
  error: unknown;
  validate?: FormValidateInput<Values>;
}): ApiForm<Values> {
  const errors = fieldErrorsOf(error);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    ...(validate ? { validate } : {}),
    enhanceGetInputProps: ({ field, form: { errors: ownErrors } }) => ({
      error: fieldError(errors, String(field)) ?? ownErrors[String(field)],
    }),
  });
  return {
    ...form,
    fieldError: (path: string) => {
      const own = form.errors[path];
      return fieldError(errors, path) ?? (typeof own === 'string' ? own : undefined);
    },
    onSave: (save) =>
      form.onSubmit((values) => {
        save(values).catch(() => undefined);
      }),
  };
}

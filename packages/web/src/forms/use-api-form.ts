import { useForm, type UseFormReturnType } from '@mantine/form';
import { fieldError, fieldErrorsOf } from '../api/api-error';

export type ApiForm<Values> = UseFormReturnType<Values> & {
  /** The server's message for `path` or any path below it (`unitIds` for `unitIds.0`), for inputs wired by hand. */
  fieldError: (path: string) => string | undefined;
};

/**
 * A form whose fields show the server's answer. `form.getInputProps(path)` wires an input's value,
 * change handler and the server's message for that path (or for any path below it). The server
 * validates (400 naming each field, in the user's language), so the form has no rules of its
 * own, and the messages come from the mutation's error: they last until the next submit.
 */
export function useApiForm<Values extends object>({
  initialValues,
  error,
}: {
  initialValues: Values;
  error: unknown;
}): ApiForm<Values> {
  const errors = fieldErrorsOf(error);
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues,
    enhanceGetInputProps: ({ field }) => ({ error: fieldError(errors, String(field)) }),
  });
  return { ...form, fieldError: (path: string) => fieldError(errors, path) };
}

import { SimpleGrid } from '@mantine/core';
import { DateField } from '../components/date-field';
import type { ApiForm } from './use-api-form';

export interface DatePairField {
  /** The form value's path, an ISO date or ''. */
  path: string;
  label: string;
  required?: boolean;
}

/** Two dates side by side (from and to, joined and left): a period's fields, wired to the form. */
export function DatePairFields<Values extends object>({
  form,
  fields,
  autofocus = false,
}: {
  form: ApiForm<Values>;
  fields: readonly [DatePairField, DatePairField];
  /** The first date takes the dialog's focus. */
  autofocus?: boolean;
}) {
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }}>
      {fields.map((field, index) => (
        <DateField
          key={field.path}
          data-autofocus={autofocus && index === 0 ? true : undefined}
          required={field.required}
          label={field.label}
          {...form.getInputProps(field.path)}
        />
      ))}
    </SimpleGrid>
  );
}

import type { ReactNode } from 'react';
import { Text } from '@mantine/core';
import { DateField } from '../components/date-field';
import { FormModal } from '../components/form-modal';
import { useNotify } from '../components/use-notify';
import { useApiForm } from './use-api-form';

interface DateFormModalProps {
  title: string;
  /** What the date means, above the field. */
  text: ReactNode;
  label: string;
  initialDate: string;
  min?: string | undefined;
  max?: string | undefined;
  /** The body's fields whose message the server may give for this date, the date's own first. */
  paths: readonly [string, ...string[]];
  submitLabel: string;
  /** The save's state: its error and whether it is on its way. */
  mutation: { error: unknown; isPending: boolean };
  /** Saves the date; the dialog closes when it is saved. */
  save: (date: string) => Promise<unknown>;
  /** What the notice says once it is saved. */
  saved: string;
  onClose: () => void;
}

/** A dialog that records one date of a record (a move-in, a notification, the start of a phase). */
export function DateFormModal({
  title,
  text,
  label,
  initialDate,
  min,
  max,
  paths,
  submitLabel,
  mutation,
  save,
  saved,
  onClose,
}: DateFormModalProps) {
  const notify = useNotify();
  const form = useApiForm({ initialValues: { date: initialDate }, error: mutation.error });
  const handleSubmit = async ({ date }: { date: string }) => {
    await save(date);
    notify(saved);
    onClose();
  };
  return (
    <FormModal
      title={title}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={mutation.error}
      submit={{ label: submitLabel, loading: mutation.isPending }}
      actionsMt="sm"
    >
      <Text size="sm">{text}</Text>
      <DateField
        label={label}
        required
        data-autofocus
        min={min}
        max={max}
        {...form.getInputProps('date')}
        error={paths.map((path) => form.fieldError(path)).find((message) => message !== undefined)}
      />
    </FormModal>
  );
}

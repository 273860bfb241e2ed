import { Select, type SelectProps } from '@mantine/core';
import type { ApiForm } from './use-api-form';

/** The form's fields that hold one of the choices (or none yet). */
type ChoiceField<Values, Choice> = {
  [Key in keyof Values & string]: Values[Key] extends Choice | null ? Key : never;
}[keyof Values & string];

type ChoiceSelectProps<Values, Choice extends string> = Omit<SelectProps, 'data' | 'value' | 'onChange' | 'form'> & {
  form: ApiForm<Values>;
  path: ChoiceField<Values, Choice>;
  choices: readonly Choice[];
  /** The text a choice is shown with. */
  choiceLabel: (choice: Choice) => string;
};

/**
 * A select of a fixed list of values (a reason, a kind, a category), wired to the form: the
 * value is one of the list or null, and a chosen value cannot be emptied again. The props after
 * the list (a `description`, an `error`) go to the select as they are.
 */
export function ChoiceSelect<Values extends object, Choice extends string>({
  form,
  path,
  choices,
  choiceLabel,
  ...props
}: ChoiceSelectProps<Values, Choice>) {
  const input = form.getInputProps(path);
  // The form's own change handler (typed `any` by Mantine) sets the field and clears its message.
  const setChoice = input.onChange as (choice: Choice | null) => void;
  return (
    <Select
      data={choices.map((value) => ({ value, label: choiceLabel(value) }))}
      {...input}
      onChange={(value: string | null) => setChoice(choices.find((choice) => choice === value) ?? null)}
      allowDeselect={false}
      {...props}
    />
  );
}

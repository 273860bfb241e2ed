/**
 * The status of a record the taskforce writes as a draft first (the report: draft or published;
 * the anchoring plan: draft or agreed): the choice under its label, and under it what the status
 * means, or the server's refusal in its place.
 */
import type { ReactNode } from 'react';
import { SegmentedControl, Stack, Text } from '@mantine/core';

interface StatusChoiceProps<Status extends string> {
  /** Ties the label to the choice (unique on the page). */
  id: string;
  label: string;
  options: readonly { readonly value: Status; readonly label: string }[];
  /** Optional only as `form.getInputProps` types it; a form always gives it. */
  value?: Status;
  onChange: (value: Status) => void;
  /** What the chosen status means and needs. */
  hint: string;
  /** The server's refusal, shown instead of the hint. */
  error?: ReactNode;
}

export function StatusChoice<Status extends string>({
  id,
  label,
  options,
  value,
  onChange,
  hint,
  error,
}: StatusChoiceProps<Status>) {
  return (
    <Stack gap={4}>
      <Text size="sm" fw={500} id={id}>
        {label}
      </Text>
      <SegmentedControl
        aria-labelledby={id}
        value={value}
        onChange={(chosen) => {
          const option = options.find((o) => o.value === chosen);
          if (option) onChange(option.value);
        }}
        data={options.map((o) => ({ value: o.value, label: o.label }))}
      />
      <Text size="xs" c={error ? 'red' : 'dimmed'}>
        {error || hint}
      </Text>
    </Stack>
  );
}

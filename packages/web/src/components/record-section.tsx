import type { ReactNode } from 'react';
import { Button, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { QueryState, type QueryLike } from './query-state';
import { TitledSection } from './titled-section';

/** A button beside the section's heading: adding a record, or another way to start one. */
export interface SectionAction {
  label: string;
  onClick: () => void;
  /** A plus unless said otherwise. */
  icon?: ReactNode;
  variant?: 'default' | 'light';
}

/** What a section needs of its records' query: TanStack Query's answer fits it as it is. */
export type SectionQuery<Items> = QueryLike<Items>;

interface RecordSectionProps<Items> {
  /** `${name}-heading` labels the section, `${name}-section` is its test id (unless `testId` says otherwise). */
  name: string;
  testId?: string;
  title: string;
  /** A dimmed line under the heading saying what the records are for. */
  lead?: string;
  /** Anything else under the heading (after the lead), before the records. */
  intro?: ReactNode;
  /** The add button (or buttons); none when null (the user may not add). */
  add: SectionAction | readonly (SectionAction | null)[] | null;
  /** The records' query: its error is shown, a spinner while it loads, then `children(data)`. */
  query: SectionQuery<Items>;
  children: (data: Items) => ReactNode;
  /** The dialogs the section opens. */
  dialogs?: ReactNode;
}

function ActionButton({ action }: { action: SectionAction }) {
  return (
    <Button
      size="sm"
      variant={action.variant ?? 'default'}
      leftSection={action.icon ?? <IconPlus size={16} aria-hidden="true" />}
      onClick={action.onClick}
    >
      {action.label}
    </Button>
  );
}

/** One kind of record on the citizen's page: a heading with an add button, the records, and their dialogs. */
export function RecordSection<Items>({
  name,
  testId,
  title,
  lead,
  intro,
  add,
  query,
  children,
  dialogs,
}: RecordSectionProps<Items>) {
  const actions = (add === null ? [] : 'label' in add ? [add] : add).filter((action) => action !== null);
  return (
    <TitledSection
      id={`${name}-heading`}
      title={title}
      testId={testId ?? `${name}-section`}
      actions={
        actions.length === 0 ? null : (
          <>
            {actions.map((action) => (
              <ActionButton key={action.label} action={action} />
            ))}
          </>
        )
      }
    >
      {lead ? (
        <Text size="sm" c="dimmed" mb="sm">
          {lead}
        </Text>
      ) : null}
      {intro}
      <QueryState query={query}>{children}</QueryState>
      {dialogs}
    </TitledSection>
  );
}

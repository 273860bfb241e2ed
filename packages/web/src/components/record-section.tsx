import type { ReactNode } from 'react';
import { Button } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { ErrorAlert } from './error-alert';
import { Loading } from './loading';
import { SectionTitle } from './section-title';

interface RecordSectionProps<Items> {
  /** `${name}-heading` labels the section, `${name}-section` is its test id. */
  name: string;
  title: string;
  /** A line under the heading saying what the records are for. */
  intro?: ReactNode;
  /** The add button's label and action; no button when null (the user may not add). */
  add: { label: string; onClick: () => void } | null;
  /** The records' query: its error is shown, a spinner while it loads, then `children(data)`. */
  query: { data: Items | undefined; error: unknown; isPending: boolean };
  children: (data: Items) => ReactNode;
  /** The dialogs the section opens. */
  dialogs?: ReactNode;
}

/** One kind of record on the citizen's page: a heading with an add button, the records, and their dialogs. */
export function RecordSection<Items>({ name, title, intro, add, query, children, dialogs }: RecordSectionProps<Items>) {
  return (
    <section aria-labelledby={`${name}-heading`} data-testid={`${name}-section`}>
      <SectionTitle
        id={`${name}-heading`}
        actions={
          add ? (
            <Button size="sm" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={add.onClick}>
              {add.label}
            </Button>
          ) : null
        }
      >
        {title}
      </SectionTitle>
      {intro}
      <ErrorAlert error={query.error} />
      {query.isPending ? <Loading /> : null}
      {query.data ? children(query.data) : null}
      {dialogs}
    </section>
  );
}

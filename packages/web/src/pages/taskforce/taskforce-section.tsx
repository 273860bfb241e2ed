import type { ReactNode } from 'react';
import { Paper } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { SectionTitle } from '../../components/section-title';

/** A section of the course page that loads its own answer: the titled frame, its error and its loading state. */
export function TaskforceQuerySection({
  id,
  title,
  actions,
  query,
  children,
}: {
  id: string;
  title: string;
  actions: ReactNode;
  query: { readonly error: unknown; readonly isPending: boolean };
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" mb="lg" component="section" aria-labelledby={id}>
      <SectionTitle id={id} actions={actions}>
        {title}
      </SectionTitle>
      <ErrorAlert error={query.error} />
      {query.isPending ? <Loading /> : null}
      {children}
    </Paper>
  );
}

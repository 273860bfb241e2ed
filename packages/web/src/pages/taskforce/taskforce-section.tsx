import type { ReactNode } from 'react';
import { Paper, Stack } from '@mantine/core';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import type { SectionQuery } from '../../components/record-section';
import { SectionTitle } from '../../components/section-title';

/** A titled section of the course page: a framed part with its heading and the buttons beside it. */
export function TaskforceSection({
  id,
  title,
  actions,
  last = false,
  children,
}: {
  id: string;
  title: string;
  actions: ReactNode;
  /** The page's last section has no space under it. */
  last?: boolean;
  children: ReactNode;
}) {
  return (
    <Paper withBorder p="md" radius="md" mb={last ? undefined : 'lg'} component="section" aria-labelledby={id}>
      <SectionTitle id={id} actions={actions}>
        {title}
      </SectionTitle>
      {children}
    </Paper>
  );
}

/** One item within a section (a goal, a recommendation, a status meeting): a small framed article, named by its heading or by a label. */
export function TaskforceItem({
  name,
  testId,
  children,
}: {
  name: { labelledBy: string } | { label: string };
  testId: string;
  children: ReactNode;
}) {
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="article"
      aria-labelledby={'labelledBy' in name ? name.labelledBy : undefined}
      aria-label={'label' in name ? name.label : undefined}
      data-testid={testId}
    >
      {children}
    </Paper>
  );
}

/** A section of the course page that loads its own answer: its error, its loading state, then its parts. */
export function TaskforceQuerySection<Data>({
  id,
  title,
  actions,
  query,
  children,
}: {
  id: string;
  title: string;
  actions: ReactNode;
  query: SectionQuery<Data>;
  children: (data: Data) => ReactNode;
}) {
  return (
    <TaskforceSection id={id} title={title} actions={actions}>
      <ErrorAlert error={query.error} />
      {query.isPending ? <Loading /> : null}
      {query.data ? <Stack gap="md">{children(query.data)}</Stack> : null}
    </TaskforceSection>
  );
}

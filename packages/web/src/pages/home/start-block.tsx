import type { ReactNode } from 'react';
import { Anchor, Group, Paper, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { QueryState, type QueryLike } from '../../components/query-state';
import { citizenName } from '../citizens/citizen-name';

interface StartBlockProps {
  /** The heading's id and the block's test id. */
  id: string;
  title: string;
  /** The page the block summarises, opened from beside the heading; none when null. */
  link: { to: string; label: string } | null;
}

/** One block of the start page: a titled section with a link to the page it summarises. */
export function StartBlock({ id, title, link, children }: StartBlockProps & { children: ReactNode }) {
  return (
    <Paper component="section" aria-labelledby={id} withBorder p="md" radius="md" data-testid={id}>
      <Group justify="space-between" align="baseline" mb="sm" wrap="wrap" gap="xs">
        <Title order={2} size="h4" id={id}>
          {title}
        </Title>
        {link ? (
          <Anchor component={Link} to={link.to} size="sm">
            {link.label}
          </Anchor>
        ) : null}
      </Group>
      {children}
    </Paper>
  );
}

/** A start-page block showing one query: its error, a spinner while it loads, then `children(data)`. */
export function StartQueryBlock<Data>({
  query,
  children,
  ...block
}: StartBlockProps & { query: QueryLike<Data>; children: (data: Data) => ReactNode }) {
  return (
    <StartBlock {...block}>
      <QueryState query={query}>{children}</QueryState>
    </StartBlock>
  );
}

/** A citizen in a start-page list: the name, in bold, opening the citizen's page. */
export function StartCitizenLink({ citizen }: { citizen: Parameters<typeof citizenName>[0] & { citizenId: string } }) {
  const { t } = useTranslation();
  return (
    <Anchor component={Link} to={`/citizens/${citizen.citizenId}`} fw={600} size="sm">
      {citizenName(citizen, t)}
    </Anchor>
  );
}

import type { ReactNode } from 'react';
import { Button, Group, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { PageTitle } from './page-title';

interface PageHeaderProps {
  title: string;
  description?: string;
  /** The page's "create" button (a plus before its label); none when null (the user may not create). */
  create?: { label: string; onClick: () => void } | null;
  /** Other buttons beside the heading. */
  actions?: ReactNode;
}

/** Page heading with an optional lead text and actions (e.g. a "create" button). */
export function PageHeader({ title, description, create, actions }: PageHeaderProps) {
  return (
    <Group justify="space-between" align="flex-start" mb="lg" gap="sm">
      <div>
        <PageTitle>{title}</PageTitle>
        {description ? (
          <Text c="dimmed" mt={4}>
            {description}
          </Text>
        ) : null}
      </div>
      {create || actions ? (
        <Group gap="xs">
          {create ? (
            <Button leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={create.onClick}>
              {create.label}
            </Button>
          ) : null}
          {actions}
        </Group>
      ) : null}
    </Group>
  );
}

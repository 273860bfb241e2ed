import { List, Text } from '@mantine/core';
import type { LegalCondition } from '@hjemvej/contract';
import { LegalStatusBadge } from './legal-status-badge';

/** Conditions of a rule, each with its paragraph and plain-language text. */
export function LegalConditionList({ conditions, testId }: { conditions: readonly LegalCondition[]; testId?: string }) {
  return (
    <List spacing="xs" listStyleType="none" data-testid={testId}>
      {conditions.map((condition) => (
        <List.Item key={condition.id} data-condition={condition.id}>
          <Text size="sm" component="span" fw={600}>
            {condition.source.text}:{' '}
          </Text>
          <Text size="sm" component="span">
            {condition.message}{' '}
          </Text>
          <LegalStatusBadge status={condition.status} />
        </List.Item>
      ))}
    </List>
  );
}

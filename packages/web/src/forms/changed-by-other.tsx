import { Alert, Button, List } from '@mantine/core';

/** The fields whose value differs between two drafts of a record (numbers and texts alike). */
export function changedFields<Field extends string>(
  fields: readonly Field[],
  before: Record<Field, unknown>,
  after: Record<Field, unknown>,
): Field[] {
  return fields.filter((field) => String(after[field] ?? '') !== String(before[field] ?? ''));
}

/**
 * The draft to go on from after someone else saved first: the record as it is now (`fresh`),
 * keeping the user's own edits (`draft` against `mine`, the record they started from) of the
 * fields the other person did not change.
 */
export function rebasedDraft<Field extends string, Draft extends Record<Field, unknown>>(
  fields: readonly Field[],
  { draft, mine, fresh, changedByOther }: { draft: Draft; mine: Draft; fresh: Draft; changedByOther: readonly Field[] },
): Draft {
  const result = { ...fresh };
  for (const field of fields) {
    if (String(draft[field]) !== String(mine[field]) && !changedByOther.includes(field)) result[field] = draft[field];
  }
  return result;
}

interface ChangedByOtherAlertProps {
  title: string;
  testId: string;
  /** A line per field the other person changed; none when they changed only fields not in the form. */
  changes: readonly { field: string; text: string }[];
  otherFields: string;
  rebaseLabel: string;
  onRebase: () => void;
}

/** Someone else saved the record first: what they changed, and a button to go on from their version. */
export function ChangedByOtherAlert({ title, testId, changes, otherFields, rebaseLabel, onRebase }: ChangedByOtherAlertProps) {
  return (
    <Alert color="orange" title={title} data-testid={testId}>
      {changes.length > 0 ? (
        <List size="sm">
          {changes.map((change) => (
            <List.Item key={change.field}>{change.text}</List.Item>
          ))}
        </List>
      ) : (
        otherFields
      )}
      <Button size="compact-sm" mt="sm" variant="default" onClick={onRebase}>
        {rebaseLabel}
      </Button>
    </Alert>
  );
}

import type { TFunction } from 'i18next';

/**
 * A code as words when the catalogue has none (an event written before its kind had a label):
 * `workingDaysOverdue` and `shelter_stay` become "Working days overdue" and "Shelter stay".
 */
export function humaniseCode(code: string): string {
  const words = code
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/[_.-]+/g, ' ')
    .trim()
    .toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
}

/** A kind of subject in words. */
export function subjectTypeLabel(t: TFunction, subjectType: string): string {
  return t(`auditLog.subjectType.${subjectType}`, { defaultValue: humaniseCode(subjectType) });
}

/** A key of an event's details (its `changes`) in words. */
export function fieldLabel(t: TFunction, key: string): string {
  return t(`auditLog.field.${key}`, { defaultValue: humaniseCode(key) });
}

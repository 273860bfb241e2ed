/** A free-text field as the API takes it: trimmed, and null when nothing is left (the API stores no empty strings). */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

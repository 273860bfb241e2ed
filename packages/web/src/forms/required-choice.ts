import type { TFunction } from 'i18next';

/** The check of a field where one option must be chosen: "choose one" until something is. */
export function requiredChoice(t: TFunction): (value: unknown) => string | null {
  return (value) => (value ? null : t('validation.chooseOne'));
}

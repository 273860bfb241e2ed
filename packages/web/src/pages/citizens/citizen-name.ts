import type { TFunction } from 'i18next';

interface Named {
  readonly firstName: string | null;
  readonly lastName: string | null;
  readonly alias: string | null;
}

/** The name to show: first and last name, else the alias, else "Ukendt navn". */
export function citizenName(citizen: Named, t: TFunction): string {
  const name = [citizen.firstName, citizen.lastName].filter(Boolean).join(' ');
  if (name) return name;
  if (citizen.alias) return citizen.alias;
  return t('citizens.unnamed');
}

/** The alias, when it is not already the name shown. */
export function citizenAliasNote(citizen: Named): string | null {
  const hasName = Boolean(citizen.firstName || citizen.lastName);
  return hasName && citizen.alias ? citizen.alias : null;
}

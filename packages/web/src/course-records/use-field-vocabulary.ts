import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { FieldVocabulary } from '../versioning/version-changes';
import { pick } from './course-options';

/** A coded field's values and the words for one of them. */
export type CodedField = readonly [values: readonly string[], label: (value: string) => string];

/** How one kind of record names its fields and coded values, given the translation function. */
export interface FieldWords<Field extends string> {
  /** The label of a field the record has. */
  field: (name: Field) => string;
  /** The coded fields, each with its values and the catalogue group that names them. */
  coded: Record<string, CodedField>;
  item?: FieldVocabulary['item'];
}

/**
 * A record's field names and coded values in words, for the version history, its comparison and
 * the timeline's "changed" lines: an unknown field keeps its name, a value that is not one of the
 * field's codes (free text) has no words. `describe` must be a stable (module-level) function.
 */
export function useFieldVocabulary<Field extends string>(
  fields: readonly Field[],
  describe: (t: TFunction) => FieldWords<Field>,
): FieldVocabulary {
  const { t } = useTranslation();
  return useMemo(() => {
    const words = describe(t);
    return {
      field: (name: string) => {
        const known = pick(fields, name);
        return known ? words.field(known) : name;
      },
      value: (name: string, value: string) => {
        const [values, label] = (Object.hasOwn(words.coded, name) ? words.coded[name] : undefined) ?? [[], () => null];
        return pick(values, value) ? label(value) : null;
      },
      ...(words.item ? { item: words.item } : {}),
    };
  }, [t, fields, describe]);
}

import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { decisionKinds, decisionOutcomes, pick, supportMethods } from '../../course-records/course-options';
import type { FieldVocabulary } from '../../versioning/version-changes';

export const decisionFieldNames = [
  'kind',
  'method',
  'outcome',
  'decidedOn',
  'periodFrom',
  'periodTo',
  'reasons',
  'wishedProvider',
  'wishFollowed',
  'reasonIfNotFollowed',
  'appealGuidance',
] as const;
export type DecisionFieldName = (typeof decisionFieldNames)[number];

/** Decision field names and coded values in words, for the version history and its comparison. */
export function useDecisionVocabulary(): FieldVocabulary {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      field: (name: string) => {
        const known = pick(decisionFieldNames, name);
        return known ? t(`decisions.field.${known}`) : name;
      },
      value: (name: string, value: string) => {
        if (name === 'kind') return pick(decisionKinds, value) ? t(`decisions.kind.${value}`) : null;
        if (name === 'method') return pick(supportMethods, value) ? t(`decisions.method.${value}`) : null;
        if (name === 'outcome') return pick(decisionOutcomes, value) ? t(`decisions.outcome.${value}`) : null;
        return null;
      },
    }),
    [t],
  );
}

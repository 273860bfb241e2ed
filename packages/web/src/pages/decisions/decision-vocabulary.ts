import type { TFunction } from 'i18next';
import { decisionKinds, decisionOutcomes, supportMethods } from '../../course-records/course-options';
import { useFieldVocabulary, type FieldWords } from '../../course-records/use-field-vocabulary';
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

const decisionWords = (t: TFunction): FieldWords<DecisionFieldName> => ({
  field: (name) => t(`decisions.field.${name}`),
  coded: {
    kind: [decisionKinds, (value) => t(`decisions.kind.${value}`)],
    method: [supportMethods, (value) => t(`decisions.method.${value}`)],
    outcome: [decisionOutcomes, (value) => t(`decisions.outcome.${value}`)],
  },
});

/** Decision field names and coded values in words, for the version history and its comparison. */
export function useDecisionVocabulary(): FieldVocabulary {
  return useFieldVocabulary(decisionFieldNames, decisionWords);
}

import type { TFunction } from 'i18next';
import { lifeAreas, planKinds } from '../../course-records/course-options';
import { useFieldVocabulary, type FieldWords } from '../../course-records/use-field-vocabulary';
import type { FieldVocabulary } from '../../versioning/version-changes';

export const planFieldNames = [
  'kind',
  'madeOn',
  'endedOn',
  'goals',
  'lifeArea',
  'goal',
  'note',
  'citizenWishes',
  'responsible',
  'name',
  'unit',
  'task',
  'followUps',
  'dueOn',
  'doneOn',
] as const;
export type PlanFieldName = (typeof planFieldNames)[number];

const planWords = (t: TFunction): FieldWords<PlanFieldName> => ({
  field: (name) => t(`plans.field.${name}`),
  coded: {
    kind: [planKinds, (value) => t(`plans.kind.${value}`)],
    lifeArea: [lifeAreas, (value) => t(`plans.lifeArea.${value}`)],
  },
});

/** Plan field names and coded values in words, for the version history and its comparison. */
export function usePlanVocabulary(): FieldVocabulary {
  return useFieldVocabulary(planFieldNames, planWords);
}

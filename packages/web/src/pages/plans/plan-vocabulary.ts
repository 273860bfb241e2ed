import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { lifeAreas, pick, planKinds } from '../../course-records/course-options';
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

/** Plan field names and coded values in words, for the version history and its comparison. */
export function usePlanVocabulary(): FieldVocabulary {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      field: (name: string) => {
        const known = pick(planFieldNames, name);
        return known ? t(`plans.field.${known}`) : name;
      },
      value: (name: string, value: string) => {
        if (name === 'kind') return pick(planKinds, value) ? t(`plans.kind.${value}`) : null;
        if (name === 'lifeArea') return pick(lifeAreas, value) ? t(`plans.lifeArea.${value}`) : null;
        return null;
      },
    }),
    [t],
  );
}

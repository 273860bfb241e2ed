import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { functionLevels, goalTypes, pick, supportNeeds, vumAreas } from '../../course-records/course-options';
import type { FieldVocabulary } from '../../versioning/version-changes';

const fieldKeys = {
  assessedOn: 'assessments.assessedOn',
  areas: 'assessments.areasLabel',
  area: 'assessments.areaLabel',
  functionLevel: 'assessments.functionLevelLabel',
  supportNeed: 'assessments.supportNeedLabel',
  goalType: 'assessments.goalTypeLabel',
  note: 'assessments.note',
  summary: 'assessments.summary',
  citizenView: 'assessments.citizenView',
} as const;
const fieldNames = Object.keys(fieldKeys) as (keyof typeof fieldKeys)[];

/**
 * Assessment field names and coded values in words, for the version history and its comparison.
 * Every version keeps all VUM areas in the method's order, so item n of `areas` is the nth area.
 */
export function useAssessmentVocabulary(): FieldVocabulary {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      field: (name: string) => {
        const known = pick(fieldNames, name);
        return known ? t(fieldKeys[known]) : name;
      },
      value: (name: string, value: string) => {
        if (name === 'area') return pick(vumAreas, value) ? t(`assessments.area.${value}`) : null;
        if (name === 'functionLevel') return pick(functionLevels, value) ? t(`assessments.functionLevel.${value}`) : null;
        if (name === 'supportNeed') return pick(supportNeeds, value) ? t(`assessments.supportNeed.${value}`) : null;
        if (name === 'goalType') return pick(goalTypes, value) ? t(`assessments.goalType.${value}`) : null;
        return null;
      },
      item: (list: string, index: number) => {
        const area = list === 'areas' ? vumAreas[index] : undefined;
        return area ? t(`assessments.area.${area}`) : null;
      },
    }),
    [t],
  );
}

import type { TFunction } from 'i18next';
import { functionLevels, goalTypes, supportNeeds, vumAreas } from '../../course-records/course-options';
import { useFieldVocabulary, type FieldWords } from '../../course-records/use-field-vocabulary';
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
type AssessmentFieldName = keyof typeof fieldKeys;
const fieldNames = Object.keys(fieldKeys) as AssessmentFieldName[];

// Every version keeps all VUM areas in the method's order, so item n of `areas` is the nth area.
const assessmentWords = (t: TFunction): FieldWords<AssessmentFieldName> => ({
  field: (name) => t(fieldKeys[name]),
  coded: {
    area: [vumAreas, (value) => t(`assessments.area.${value}`)],
    functionLevel: [functionLevels, (value) => t(`assessments.functionLevel.${value}`)],
    supportNeed: [supportNeeds, (value) => t(`assessments.supportNeed.${value}`)],
    goalType: [goalTypes, (value) => t(`assessments.goalType.${value}`)],
  },
  item: (list, index) => {
    const area = list === 'areas' ? vumAreas[index] : undefined;
    return area ? t(`assessments.area.${area}`) : null;
  },
});

/** Assessment field names and coded values in words, for the version history and its comparison. */
export function useAssessmentVocabulary(): FieldVocabulary {
  return useFieldVocabulary(fieldNames, assessmentWords);
}

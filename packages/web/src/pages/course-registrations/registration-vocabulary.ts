import type { TFunction } from 'i18next';
import {
  contactFrequencies,
  exitDestinations,
  exitReasons,
  homelessCategories,
  lifeAreas,
  referralSources,
  registrationHousingStatuses,
  registrationKinds,
  supplementaryServices,
} from '@hjemvej/domain';
import { useFieldVocabulary, type FieldWords } from '../../course-records/use-field-vocabulary';
import type { FieldVocabulary } from '../../versioning/version-changes';

export const registrationFieldNames = [
  'kind',
  'registeredOn',
  'housingStatus',
  'homelessCategory',
  'referralSource',
  'contactFrequency',
  'supplementaryServices',
  'lifeAreas',
  'workerRating',
  'citizenRating',
  'citizenWords',
  'exitReason',
  'exitReasonText',
  'exitDestination',
  'assessmentId',
  'planId',
  'decisionId',
  'note',
] as const;

type RegistrationFieldName = (typeof registrationFieldNames)[number];

// The coded fields, each with the catalogue group that names its values.
const registrationWords = (t: TFunction): FieldWords<RegistrationFieldName> => ({
  field: (name) => t(`courseRegistrations.field.${name}`),
  coded: {
    kind: [registrationKinds, (v) => t(`courseRegistrations.kind.${v}`)],
    housingStatus: [registrationHousingStatuses, (v) => t(`courseRegistrations.housingStatus.${v}`)],
    homelessCategory: [homelessCategories, (v) => t(`housingCategory.${v}`)],
    referralSource: [referralSources, (v) => t(`courseRegistrations.referralSource.${v}`)],
    contactFrequency: [contactFrequencies, (v) => t(`courseRegistrations.contactFrequency.${v}`)],
    supplementaryServices: [supplementaryServices, (v) => t(`courseRegistrations.supplementaryService.${v}`)],
    lifeArea: [lifeAreas, (v) => t(`courseRegistrations.lifeArea.${v}`)],
    exitReason: [exitReasons, (v) => t(`courseRegistrations.exitReason.${v}`)],
    exitDestination: [exitDestinations, (v) => t(`courseRegistrations.exitDestination.${v}`)],
  },
});

/** Course registration field names and coded values in words, for the timeline's "changed" lines. */
export function useRegistrationVocabulary(): FieldVocabulary {
  return useFieldVocabulary(registrationFieldNames, registrationWords);
}

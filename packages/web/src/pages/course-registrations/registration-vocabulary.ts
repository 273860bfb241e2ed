import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
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
import { pick } from '../../course-records/course-options';
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

/** Course registration field names and coded values in words, for the timeline's "changed" lines. */
export function useRegistrationVocabulary(): FieldVocabulary {
  const { t } = useTranslation();
  return useMemo(
    () => ({
      field: (name: string) => {
        const known = pick(registrationFieldNames, name);
        return known ? t(`courseRegistrations.field.${known}`) : name;
      },
      value: (name: string, value: string) => {
        // The coded fields, each with the catalogue group that names its values.
        const coded: Record<string, readonly [readonly string[], (value: string) => string]> = {
          kind: [registrationKinds, (v) => t(`courseRegistrations.kind.${v}`)],
          housingStatus: [registrationHousingStatuses, (v) => t(`courseRegistrations.housingStatus.${v}`)],
          homelessCategory: [homelessCategories, (v) => t(`housingCategory.${v}`)],
          referralSource: [referralSources, (v) => t(`courseRegistrations.referralSource.${v}`)],
          contactFrequency: [contactFrequencies, (v) => t(`courseRegistrations.contactFrequency.${v}`)],
          supplementaryServices: [supplementaryServices, (v) => t(`courseRegistrations.supplementaryService.${v}`)],
          lifeArea: [lifeAreas, (v) => t(`courseRegistrations.lifeArea.${v}`)],
          exitReason: [exitReasons, (v) => t(`courseRegistrations.exitReason.${v}`)],
          exitDestination: [exitDestinations, (v) => t(`courseRegistrations.exitDestination.${v}`)],
        };
        const [values, label] = coded[name] ?? [[], () => null];
        return pick(values, value) ? label(value) : null;
      },
    }),
    [t],
  );
}

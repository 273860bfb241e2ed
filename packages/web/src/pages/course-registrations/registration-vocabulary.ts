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

/** The coded fields of a registration and the catalogue group that names their values. */
const codedFields: Record<string, { readonly values: readonly string[]; readonly group: string }> = {
  kind: { values: registrationKinds, group: 'courseRegistrations.kind' },
  housingStatus: { values: registrationHousingStatuses, group: 'courseRegistrations.housingStatus' },
  homelessCategory: { values: homelessCategories, group: 'housingCategory' },
  referralSource: { values: referralSources, group: 'courseRegistrations.referralSource' },
  contactFrequency: { values: contactFrequencies, group: 'courseRegistrations.contactFrequency' },
  supplementaryServices: { values: supplementaryServices, group: 'courseRegistrations.supplementaryService' },
  lifeArea: { values: lifeAreas, group: 'courseRegistrations.lifeArea' },
  exitReason: { values: exitReasons, group: 'courseRegistrations.exitReason' },
  exitDestination: { values: exitDestinations, group: 'courseRegistrations.exitDestination' },
};

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
        const coded = codedFields[name];
        return coded && pick(coded.values, value) ? t(`${coded.group}.${value}`) : null;
      },
    }),
    [t],
  );
}

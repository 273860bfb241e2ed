import { useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { citizenPageRoutes, type CitizenPage } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizenVersionHistoryKey } from '../../course-records/use-versions';
import { assessmentHooks } from '../assessments/use-assessments';
import { consentsKey } from '../consents/use-consents';
import { courseRegistrationsKey } from '../course-registrations/use-course-registrations';
import { decisionHooks } from '../decisions/use-decisions';
import { citizenEmergencyAccessesKey } from '../emergency-access/use-emergency-access';
import { followUpsKey } from '../follow-ups/use-follow-ups';
import { housingAllocationsKey } from '../housing-allocations/use-housing-allocations';
import { housingProfileKey } from '../housing-supply/use-housing-supply';
import { legalChecksKey } from '../legal-checks/use-legal-checks';
import { networkMeetingsKey } from '../network-meetings/use-network-meetings';
import { planHooks } from '../plans/use-plans';
import { shelterStaysKey } from '../shelter-stays/use-shelter-stays';
import { supportCoursesKey } from '../support-courses/use-support-courses';
import { citizenTasksKey } from '../tasks/use-tasks';
import { citizenDetailKey, housingPeriodsKey } from './use-citizens';

/**
 * Outside the citizens key on purpose: a write refreshes the sections it changed (their own
 * keys, under the citizens key), not the whole page.
 */
export const citizenPageKey = (id: string) => ['citizen-page', id] as const;

/** Each section's data where the section's own hook looks for it (in the shape that hook keeps). */
function seedSections(client: QueryClient, requestedId: string, page: CitizenPage): void {
  const id = page.citizen.id;
  const seed = (key: readonly unknown[], data: unknown) => {
    if (data !== undefined) client.setQueryData(key, data);
  };
  seed(citizenDetailKey(requestedId), page.citizen);
  seed(citizenEmergencyAccessesKey(id), page.emergencyAccesses ?? undefined);
  seed(legalChecksKey(id), page.legalChecks ?? undefined);
  seed(citizenTasksKey(id), page.tasks ?? undefined);
  seed(shelterStaysKey(id), page.stays?.items);
  seed(housingPeriodsKey(id), page.housingPeriods ?? undefined);
  seed(assessmentHooks.key(id), page.assessments?.items);
  seed(planHooks.key(id), page.plans?.items);
  seed(decisionHooks.key(id), page.decisions?.items);
  seed(citizenVersionHistoryKey(id), page.versionHistory?.items);
  seed(housingProfileKey(id), page.housingProfile ?? undefined);
  seed(housingAllocationsKey(id), page.housingAllocations?.items);
  seed(supportCoursesKey(id), page.supportCourses?.items);
  for (const registrations of page.courseRegistrations ?? [])
    seed(courseRegistrationsKey(registrations.supportCourseId), registrations);
  seed(followUpsKey(id), page.followUps ?? undefined);
  seed(networkMeetingsKey(id), page.networkMeetings ?? undefined);
  seed(consentsKey(id), page.consents ?? undefined);
}

/**
 * The citizen page in one request: the server answers every section this reader reads, and
 * each is put in its section's cache before the page renders, so no section asks again.
 */
export function useCitizenPage(id: string) {
  const client = useQueryClient();
  return useQuery({
    queryKey: citizenPageKey(id),
    queryFn: async ({ signal }) => {
      const page = await call(citizenPageRoutes.read, { params: { id }, signal });
      seedSections(client, id, page);
      return page;
    },
  });
}

import { useQuery } from '@tanstack/react-query';
import {
  organisationRoutes,
  supportCoursesRoutes,
  usersRoutes,
  type CreateSupportContactBody,
  type CreateSupportCourseBody,
  type EndSupportCourseBody,
  type UpdateCtiPhaseBody,
  type UpdateSupportCourseBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from '../citizens/use-citizens';

export const supportCoursesKey = (citizenId: string) => [...citizensQueryKey, 'support-courses', citizenId] as const;

/** The citizen's support courses with CTI phases, due dates, checklists and contacts. */
export function useSupportCourses(citizenId: string, enabled = true) {
  return useCitizenSection(
    supportCoursesKey(citizenId),
    async ({ signal }) => (await call(supportCoursesRoutes.list, { params: { id: citizenId }, signal })).items,
    enabled,
  );
}

export function useCreateSupportCourse(citizenId: string) {
  return useCitizensMutation((body: CreateSupportCourseBody) =>
    call(supportCoursesRoutes.create, { params: { id: citizenId }, body }),
  );
}

export function useEndSupportCourse() {
  return useCitizensMutation(
    ({ id, body }: { id: string; body: EndSupportCourseBody }) => call(supportCoursesRoutes.end, { params: { id }, body }),
    { alsoOnError: true },
  );
}

export function useUpdateSupportCourse() {
  return useCitizensMutation(
    ({ id, body }: { id: string; body: UpdateSupportCourseBody }) => call(supportCoursesRoutes.update, { params: { id }, body }),
    { alsoOnError: true },
  );
}

export function useUpdateCtiPhase() {
  return useCitizensMutation(
    ({ id, phase, body }: { id: string; phase: 1 | 2 | 3; body: UpdateCtiPhaseBody }) =>
      call(supportCoursesRoutes.updateCtiPhase, { params: { id, phase }, body }),
    { alsoOnError: true },
  );
}

export function useAddContact() {
  return useCitizensMutation(({ id, body }: { id: string; body: CreateSupportContactBody }) =>
    call(supportCoursesRoutes.addContact, { params: { id }, body }),
  );
}

/** Active teams (units) of the own organisation, for choosing the course's team. */
export function useTeamUnits(enabled: boolean) {
  return useQuery({
    queryKey: ['units'],
    queryFn: async ({ signal }) => (await call(organisationRoutes.units, { signal })).items,
    enabled,
  });
}

/** Active colleagues, for choosing the named worker. */
export function useActiveColleagues(enabled: boolean) {
  return useQuery({
    queryKey: ['users', { search: '', role: null, active: 'true' }],
    queryFn: async ({ signal }) => (await call(usersRoutes.list, { query: { active: 'true' }, signal })).items,
    enabled,
  });
}

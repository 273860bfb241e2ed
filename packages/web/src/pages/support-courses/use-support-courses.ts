import { useQuery } from '@tanstack/react-query';
import { organisationRoutes, supportCoursesRoutes, usersRoutes, type UpdateCtiPhaseBody } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useCitizensMutation } from '../citizens/use-citizens';
import { changeHook, citizenRecordsHook, citizenRecordsKey, createHook } from '../citizens/citizen-record-hooks';

export const supportCoursesKey = citizenRecordsKey('support-courses');

/** The citizen's support courses with CTI phases, due dates, checklists and contacts. */
export const useSupportCourses = citizenRecordsHook(supportCoursesRoutes.list, supportCoursesKey);

export const useCreateSupportCourse = createHook(supportCoursesRoutes.create);

export const useEndSupportCourse = changeHook(supportCoursesRoutes.end);

export const useUpdateSupportCourse = changeHook(supportCoursesRoutes.update);

export function useUpdateCtiPhase() {
  return useCitizensMutation(
    ({ id, phase, body }: { id: string; phase: 1 | 2 | 3; body: UpdateCtiPhaseBody }) =>
      call(supportCoursesRoutes.updateCtiPhase, { params: { id, phase }, body }),
    { alsoOnError: true },
  );
}

export const useAddContact = changeHook(supportCoursesRoutes.addContact, { alsoOnError: false });

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

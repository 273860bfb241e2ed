import { useMutation, useQueryClient } from '@tanstack/react-query';
import {
  programmesRoutes,
  type AddProgrammeMemberBody,
  type CreateProgrammeBody,
  type KeyFigureQuery,
  type LogProgrammeActivityBody,
  type Programme,
  type UpdateProgrammeBody,
  type UpdateProgrammeMemberBody,
} from '@hjemvej/contract';
import { call } from '../../api/client';
import { useRouteQuery } from '../../api/use-route-query';
import { usePeriodFigures } from '../key-figures/use-key-figures';

const programmesKey = ['programmes'] as const;

export function useProgrammes() {
  return useRouteQuery(programmesKey, programmesRoutes.list, {});
}

export function useProgrammeCandidates() {
  return useRouteQuery([...programmesKey, 'candidates'], programmesRoutes.candidates, {}, { staleTime: 60_000 });
}

export function useProgramme(id: string) {
  return useRouteQuery([...programmesKey, id], programmesRoutes.read, { params: { id } });
}

export function useProgrammeFigures(id: string, query: KeyFigureQuery) {
  return usePeriodFigures(
    [...programmesKey, id, 'figures', query],
    programmesRoutes.figures,
    { params: { id }, query },
    { retry: false },
  );
}

/** Every change answers with the programme as it is now: it replaces the cached one, and the list is refetched. */
function useProgrammeChange<Input>(change: (input: Input) => Promise<Programme>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: change,
    onSuccess: (programme) => {
      queryClient.setQueryData([...programmesKey, programme.id], programme);
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: programmesKey }),
  });
}

export function useSaveProgramme() {
  return useProgrammeChange((input: { id: null; body: CreateProgrammeBody } | { id: string; body: UpdateProgrammeBody }) =>
    input.id === null
      ? call(programmesRoutes.create, { body: input.body })
      : call(programmesRoutes.update, { params: { id: input.id }, body: input.body }),
  );
}

export function useSaveMember(programmeId: string) {
  return useProgrammeChange(
    (input: { memberId: null; body: AddProgrammeMemberBody } | { memberId: string; body: UpdateProgrammeMemberBody }) =>
      input.memberId === null
        ? call(programmesRoutes.addMember, { params: { id: programmeId }, body: input.body })
        : call(programmesRoutes.updateMember, { params: { id: programmeId, memberId: input.memberId }, body: input.body }),
  );
}

export function useRemoveMember(programmeId: string) {
  return useProgrammeChange((memberId: string) => call(programmesRoutes.removeMember, { params: { id: programmeId, memberId } }));
}

export function useLogActivity(programmeId: string) {
  return useProgrammeChange((body: LogProgrammeActivityBody) =>
    call(programmesRoutes.logActivity, { params: { id: programmeId }, body }),
  );
}

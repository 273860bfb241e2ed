import { useQuery } from '@tanstack/react-query';
import type { RouteDefinition, RouteInput, RouteResponse } from '@hjemvej/contract';
import type { z } from 'zod';
import { call, type CallInput } from '../../api/client';
import { citizensQueryKey, useCitizensMutation, useCitizenSection } from './use-citizens';

/**
 * The hooks of a citizen's records of one kind, made once from the kind's contract routes: each
 * route takes the citizen's or the record's id as its one path parameter, every query sits under
 * the citizens key and every write refreshes what shows the citizen.
 */

type ListRoute = RouteDefinition & { readonly response: z.ZodType<{ items: readonly unknown[] }> };
type BodyOf<D> = RouteInput<D>['body'];

/** Calls a route whose one path parameter is `id` (the citizen's or the record's). */
function callById<D extends RouteDefinition>(route: D, id: string, rest: { body?: unknown; signal?: AbortSignal }) {
  return call(route, { params: { id }, ...rest } as CallInput<D>);
}

/** The key of the citizen's records of one kind (the citizen page seeds it; a write refreshes it). */
export function citizenRecordsKey(kind: string) {
  return (citizenId: string) => [...citizensQueryKey, kind, citizenId] as const;
}

/** The citizen's records from a list route answering `{ items }`; `enabled`: false when the reader may not read them. */
export function citizenRecordsHook<D extends ListRoute>(route: D, key: (citizenId: string) => readonly unknown[]) {
  return function useCitizenRecords(citizenId: string, enabled = true) {
    return useCitizenSection(
      key(citizenId),
      async ({ signal }) => (await callById(route, citizenId, { signal })).items as RouteResponse<D>['items'],
      enabled,
    );
  };
}

/** A section of the citizen's page answered whole by its own route (not a list of `{ items }`). */
export function citizenSectionHook<D extends RouteDefinition>(route: D, key: (citizenId: string) => readonly unknown[]) {
  return function useCitizenRecordSection(citizenId: string, enabled = true) {
    return useCitizenSection(key(citizenId), ({ signal }) => callById(route, citizenId, { signal }), enabled);
  };
}

/** One record read from its own route, under `[citizens, kind, id]`. */
export function recordHook<D extends RouteDefinition>(route: D, kind: string) {
  return function useRecord(id: string) {
    return useQuery({
      queryKey: [...citizensQueryKey, kind, id],
      queryFn: ({ signal }) => callById(route, id, { signal }),
    });
  };
}

/** A record created under the citizen (or another owner) whose id the hook is given. */
export function createHook<D extends RouteDefinition>(route: D) {
  return function useCreate(ownerId: string) {
    return useCitizensMutation((body: BodyOf<D>) => callById(route, ownerId, { body }));
  };
}

/**
 * A change to the record whose id the hook is given. A 409 (someone else saved first) means
 * our copy is old: the citizen's queries are fetched again so the dialog shows the record as it is now.
 */
export function updateHook<D extends RouteDefinition>(route: D) {
  return function useUpdate(id: string) {
    return useCitizensMutation((body: BodyOf<D>) => callById(route, id, { body }), { alsoOnError: true });
  };
}

/** A change to the record named in each call (`{ id, body }`); a 409 refreshes as `updateHook` does. */
export function changeHook<D extends RouteDefinition>(route: D, { alsoOnError = true } = {}) {
  return function useChange() {
    return useCitizensMutation(({ id, body }: { id: string; body: BodyOf<D> }) => callById(route, id, { body }), {
      alsoOnError,
    });
  };
}

/** The hooks of a versioned course record (assessments, plans, decisions): list, read, create and update. */
export function versionedRecordHooks<
  List extends ListRoute,
  Read extends RouteDefinition,
  Create extends RouteDefinition,
  Update extends RouteDefinition,
  Path extends string,
>(routes: { list: List; read: Read; create: Create; update: Update }, kinds: { list: Path; item: string }) {
  const key = citizenRecordsKey(kinds.list);
  return {
    kinds,
    key,
    useList: citizenRecordsHook(routes.list, key),
    useRecord: recordHook(routes.read, kinds.item),
    useCreate: createHook(routes.create),
    useUpdate: updateHook(routes.update),
  };
}

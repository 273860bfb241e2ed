import { legalChecksRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey, useCitizenSection } from '../citizens/use-citizens';

export const legalChecksKey = (citizenId: string) => [...citizensQueryKey, 'legal-checks', citizenId] as const;

/** The citizen's course checked against the law today; refreshed with every change to the citizen's records. */
export function useLegalChecks(citizenId: string) {
  return useCitizenSection(legalChecksKey(citizenId), ({ signal }) =>
    call(legalChecksRoutes.read, { params: { id: citizenId }, signal }),
  );
}

import { useQuery } from '@tanstack/react-query';
import { decisionsRoutes } from '@hjemvej/contract';
import { call } from '../../api/client';
import { citizensQueryKey } from '../citizens/use-citizens';
import { versionedRecordHooks } from '../citizens/citizen-record-hooks';

/** The citizen's decisions (afgørelser; newest first as the server sends them), one decision, and its writes. */
export const decisionHooks = versionedRecordHooks(decisionsRoutes, { list: 'decisions', item: 'decision' });

/** The decision as a letter to the citizen: `{ subject, html }`, a whole HTML document. */
export function useDecisionLetter(id: string) {
  return useQuery({
    queryKey: [...citizensQueryKey, 'decision', id, 'letter'],
    queryFn: ({ signal }) => call(decisionsRoutes.letter, { params: { id }, signal }),
  });
}

import { decisionsRoutes } from '@hjemvej/contract';
import { useRouteQuery } from '../../api/use-route-query';
import { citizensQueryKey } from '../citizens/use-citizens';
import { versionedRecordHooks } from '../citizens/citizen-record-hooks';

/** The citizen's decisions (afgørelser; newest first as the server sends them), one decision, and its writes. */
export const decisionHooks = versionedRecordHooks(decisionsRoutes, { list: 'decisions', item: 'decision' });

/** The decision as a letter to the citizen: `{ subject, html }`, a whole HTML document. */
export function useDecisionLetter(id: string) {
  return useRouteQuery([...citizensQueryKey, 'decision', id, 'letter'], decisionsRoutes.letter, { params: { id } });
}

import { plansRoutes } from '@hjemvej/contract';
import { versionedRecordHooks } from '../citizens/citizen-record-hooks';

/** The citizen's § 141/§ 142 plans (newest first as the server sends them), one plan, and its writes. */
export const planHooks = versionedRecordHooks(plansRoutes, { list: 'plans', item: 'plan' });

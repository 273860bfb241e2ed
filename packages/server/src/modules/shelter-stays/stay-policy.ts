/** Who may change a § 110 stay: the domain's rule, refused with 403. */
import { stayRules, type StayFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';

export const stayPolicy = policyAbout<StayFacts>()(stayRules);

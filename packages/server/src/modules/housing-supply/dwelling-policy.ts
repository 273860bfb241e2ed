/** Who may work the housing register, report a vacancy, see matches: the domain's rules, refused with 403. */
import { dwellingRules, type DwellingFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';

export const dwellingPolicy = policyAbout<DwellingFacts>()(dwellingRules);

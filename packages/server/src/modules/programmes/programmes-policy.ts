/** Who may manage a programme: the domain's rule, refused with 403. */
import { programmeRules, type ProgrammeFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';

export const programmePolicy = policyAbout<ProgrammeFacts>()(programmeRules);

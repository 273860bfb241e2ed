/** Who may change a collaboration agreement: the domain's rule, refused with 403. */
import { agreementRules, type AgreementFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';

export const agreementPolicy = policyAbout<AgreementFacts>()(agreementRules);

/**
 * Who may record and read a support team's fidelity measurements: the domain's rule. A team the
 * caller does not reach is refused as an unknown team (422 on `unitId`), the same answer as for
 * a team that does not exist, so the refusal tells nothing about other teams.
 */
import { fidelityRules, type FidelityTeamFacts } from '@hjemvej/domain';
import { policyAbout } from '../../access/policy';
import { UnprocessableError } from '../../http/errors';

export const fidelityPolicy = policyAbout<FidelityTeamFacts>()(fidelityRules, {
  record: () => new UnprocessableError('fidelity_team_unknown', 'unitId'),
});

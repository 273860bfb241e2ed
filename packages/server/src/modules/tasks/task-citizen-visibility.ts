/**
 * The ONE place that decides whether a task may show who the citizen is.
 *
 * A task is visible to the members of its unit in any organisation (shelters and partners
 * too), but seeing the task is not the same as seeing the citizen: the citizen is shown only
 * when the actor's own need-to-know scope includes them (municipality staff of the
 * handlekommune, a shelter where the citizen stays). A partner user sees who the citizen is
 * only while the citizen's consent to share their identity with the partner's organisation is
 * valid (consents module, `whereIdentityConsentedToPartner`, computed in SQL); withdrawal or
 * expiry hides the name again on the next request. Nothing else of the citizen comes with it.
 */
import type { Actor } from '../../access/actor';

export interface TaskCitizenFacts {
  /** The citizen is in the actor's citizen scope (computed in SQL with whereCitizenInScope). */
  readonly citizenInScope: boolean;
  /** A valid consent shares the citizen's identity with the actor's partner organisation. */
  readonly identityConsented: boolean;
}

export function canSeeTaskCitizen(actor: Actor, facts: TaskCitizenFacts): boolean {
  if (actor.organisationKind === 'partner') return facts.identityConsented;
  return facts.citizenInScope;
}

/**
 * The ONE place that decides whether a task may show who the citizen is.
 *
 * A task is visible to the members of its unit in any organisation (shelters and partners
 * too), but seeing the task is not the same as seeing the citizen: the citizen is shown only
 * when the actor's own need-to-know scope includes them (municipality staff of the
 * handlekommune, a shelter where the citizen stays). Partner users never see the citizen
 * through a task; consent-based sharing with partners is decided here when it comes.
 */
import type { Actor } from '../../access/actor';

export interface TaskCitizenFacts {
  /** The citizen is in the actor's citizen scope (computed in SQL with whereCitizenInScope). */
  readonly citizenInScope: boolean;
}

export function canSeeTaskCitizen(actor: Actor, facts: TaskCitizenFacts): boolean {
  if (actor.organisationKind === 'partner') return false;
  return facts.citizenInScope;
}

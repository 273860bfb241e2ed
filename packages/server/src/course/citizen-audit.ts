import type { DataContext } from '../http/secured-route';
import type { Person } from './person-queries';

/**
 * What every citizen event carries: the person's id (so the audit search by citizen finds it)
 * and, as the data's owner, the handlekommune (so its data-protection officer sees who opened
 * the file, shelter staff included); the actor's own organisation while none is known.
 */
export function citizenAuditSubject(
  ctx: DataContext,
  person: Pick<Person, 'root'>,
): { citizenId: string; dataOrganisationId: string } {
  return { citizenId: person.root.id, dataOrganisationId: person.root.handlekommuneId ?? ctx.actor.organisationId };
}

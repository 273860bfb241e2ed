import type { AuditSubjectType } from '@hjemvej/contract';
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

/**
 * Describes the route's event as one about a record of the citizen's (or the citizen, with
 * `subjectType` 'citizen'), carrying the citizen's audit subject; `changes` only when given.
 */
export function describeCitizenRecord(
  ctx: DataContext,
  person: Pick<Person, 'root'>,
  subjectType: AuditSubjectType,
  subjectId: string,
  changes?: Record<string, unknown> | null,
): void {
  const subject = { subjectType, subjectId, ...citizenAuditSubject(ctx, person) };
  ctx.describe(changes === undefined ? subject : { ...subject, changes });
}

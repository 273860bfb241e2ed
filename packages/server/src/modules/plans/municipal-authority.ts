import { ForbiddenError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';

/**
 * Assessments, plans and decisions are made by the municipality's authority (myndighed): a
 * § 110 shelter reads them for its residents (it works with the § 142 plan) but does not make
 * them. Called after the citizen is found in scope, so a stranger still gets 404.
 */
export function assertMunicipalAuthority(ctx: DataContext): void {
  if (ctx.actor.organisationKind !== 'municipality') throw new ForbiddenError();
}

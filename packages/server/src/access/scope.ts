/**
 * The scope builder: which organisations' records an actor may reach. Every query of
 * personal data filters through `whereOrganisationInScope`, so need-to-know is enforced in
 * SQL, for single reads, lists, searches and exports alike.
 */
import type { ExpressionBuilder, ExpressionWrapper, ReferenceExpression, SqlBool } from 'kysely';
import type { Actor } from './actor';

export type OrganisationScope =
  { readonly kind: 'all' } | { readonly kind: 'organisations'; readonly organisationIds: readonly string[] };

export function organisationScopeOf(actor: Actor): OrganisationScope {
  if (actor.role === 'system_admin') return { kind: 'all' };
  return { kind: 'organisations', organisationIds: [actor.organisationId] };
}

export function whereOrganisationInScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  column: ReferenceExpression<DB, TB>,
  scope: OrganisationScope,
): ExpressionWrapper<DB, TB, SqlBool> {
  if (scope.kind === 'all') return eb.lit(true);
  if (scope.organisationIds.length === 0) return eb.lit(false);
  return eb(column, 'in', scope.organisationIds as never);
}

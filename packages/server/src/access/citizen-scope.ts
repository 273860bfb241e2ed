/**
 * Need-to-know for citizens, in SQL. Every query of a citizen or of a citizen's records
 * (housing periods, stays, …) filters through `whereCitizenInScope`, for lists, searches
 * and single reads alike, so "not yours" is simply "not found".
 *
 * Who reaches a citizen:
 * - a municipality user with `citizens.read`: citizens whose handlekommune is their municipality;
 * - a § 110 shelter user with `citizens.read`: citizens who have (or had) a stay at their shelter;
 * - nobody else (system administrators, national consultants, partners: consent comes later).
 *
 * Scope is decided per *person*: duplicate records linked into a surviving record
 * (`merged_into_id`) form one person with it, and the person is in scope when any of its
 * records is (a shelter that admitted the duplicate still sees the person after the link).
 */
import { sql, type Expression, type ExpressionBuilder, type SqlBool, type StringReference } from 'kysely';
import { hasPermission } from '@hjemvej/domain';
import type { Actor } from './actor';

export type CitizenScope =
  | { readonly kind: 'handlekommune'; readonly organisationId: string }
  | { readonly kind: 'shelter'; readonly organisationId: string }
  | { readonly kind: 'none' };

export function citizenScopeOf(actor: Actor): CitizenScope {
  if (!hasPermission(actor.role, 'citizens.read')) return { kind: 'none' };
  if (actor.organisationKind === 'municipality') return { kind: 'handlekommune', organisationId: actor.organisationId };
  if (actor.organisationKind === 'shelter') return { kind: 'shelter', organisationId: actor.organisationId };
  return { kind: 'none' };
}

/** True when the actor's scope is a shelter's (they see their own stays, not other shelters'). */
export function isShelterActor(actor: Actor): boolean {
  return citizenScopeOf(actor).kind === 'shelter';
}

/**
 * The condition "the citizen (record) `citizenId` is in the actor's scope". `citizenId` is a
 * column reference such as 'c.id' or 'hp.citizen_id'.
 */
export function whereCitizenInScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  citizenId: StringReference<DB, TB>,
  actor: Actor,
): Expression<SqlBool> {
  const scope = citizenScopeOf(actor);
  const citizen = eb.ref(citizenId);
  switch (scope.kind) {
    case 'none':
      return sql<SqlBool>`false`;
    // One equality on the person key, `coalesce(merged_into_id, id)` (the surviving record's
    // id for every record of the person), indexed by `citizens_person` (0015): no OR over the
    // linked records, so the planner can drive from the municipality's records
    // (`citizens_handlekommune`) or probe per citizen, whichever is cheaper, and a list or
    // search is bounded by the municipality, not the country. Shelters likewise, through the
    // stays (`shelter_stays_shelter`).
    case 'handlekommune':
      return sql<SqlBool>`EXISTS (
        SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        WHERE scope_self.id = ${citizen} AND scope_member.handlekommune_id = ${scope.organisationId})`;
    case 'shelter':
      return sql<SqlBool>`EXISTS (
        SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)
        JOIN shelter_stays scope_stay ON scope_stay.citizen_id = scope_member.id
        WHERE scope_self.id = ${citizen} AND scope_stay.shelter_id = ${scope.organisationId})`;
  }
}

/**
 * The condition "the stay is visible to the actor": its citizen is in scope, and a shelter
 * sees only its own stays (other shelters' stays count in the figures, never in detail).
 */
export function whereStayVisible<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  stay: { readonly citizenId: StringReference<DB, TB>; readonly shelterId: StringReference<DB, TB> },
  actor: Actor,
): Expression<SqlBool> {
  const scope = citizenScopeOf(actor);
  const inScope = whereCitizenInScope(eb, stay.citizenId, actor);
  if (scope.kind !== 'shelter') return inScope;
  return sql<SqlBool>`(${inScope} AND ${eb.ref(stay.shelterId)} = ${scope.organisationId})`;
}

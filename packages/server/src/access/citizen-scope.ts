/**
 * Need-to-know for citizens, in SQL. Every query of a citizen or of a citizen's records
 * (housing periods, stays, assessments, …) filters through `whereCitizenInScope`, for lists,
 * searches and single reads alike, so "not yours" is simply "not found".
 *
 * Who reaches a citizen, and which categories of their data, is the domain's table
 * (`@hjemvej/domain` `access/need-to-know.ts`); this file turns it into SQL:
 * - `municipality`: citizens whose handlekommune is the user's municipality;
 * - `units`: the municipality's citizens one of the user's units works with (an open task, or
 *   one finished in the last `recentWorkDays`; a running or recently ended support course of
 *   the unit's team; the housing allocation unit's register), or opened by emergency access;
 * - `shelter`: citizens who have (or had) a stay at the user's shelter;
 * - a read of a category the user's role does not read reaches only the citizens the user has
 *   opened by emergency access (which opens every category, for a few hours, audited);
 * - nobody else (administrators, national consultants; partners have their consented view).
 *
 * Scope is decided per *person*: duplicate records linked into a surviving record
 * (`merged_into_id`) form one person with it, and the person is in scope when any of its
 * records is (a shelter that admitted the duplicate still sees the person after the link).
 */
import { sql, type Expression, type ExpressionBuilder, type RawBuilder, type SqlBool, type StringReference } from 'kysely';
import { hasPermission, mayRead, needToKnowOf, recentWorkDays, type DataCategory, type NeedToKnow } from '@hjemvej/domain';
import type { Actor } from './actor';

export type CitizenScope =
  | { readonly kind: 'handlekommune'; readonly organisationId: string }
  | {
      readonly kind: 'units';
      readonly organisationId: string;
      readonly userId: string;
      readonly unitIds: readonly string[];
      readonly housingRegister: boolean;
    }
  | { readonly kind: 'emergency'; readonly organisationId: string; readonly userId: string }
  | { readonly kind: 'shelter'; readonly organisationId: string }
  | { readonly kind: 'none' };

/** The actor's need-to-know (reach and categories), from the domain's table. */
export function needToKnowOfActor(actor: Actor): NeedToKnow {
  if (!hasPermission(actor.role, 'citizens.read'))
    return { reach: 'none', categories: [], reachesHousingRegister: false, mayUseEmergencyAccess: false };
  return needToKnowOf({
    role: actor.role,
    organisationKind: actor.organisationKind,
    unitKinds: actor.units.map((unit) => unit.kind),
  });
}

/** The scope of the actor's reads of `category` (without one: of the citizen at all, i.e. identity). */
export function citizenScopeOf(actor: Actor, category: DataCategory = 'identity'): CitizenScope {
  const needToKnow = needToKnowOfActor(actor);
  const readsCategory = needToKnow.categories.includes(category);
  if (!readsCategory)
    return needToKnow.mayUseEmergencyAccess
      ? { kind: 'emergency', organisationId: actor.organisationId, userId: actor.userId }
      : { kind: 'none' };
  switch (needToKnow.reach) {
    case 'municipality':
      return { kind: 'handlekommune', organisationId: actor.organisationId };
    case 'units':
      return {
        kind: 'units',
        organisationId: actor.organisationId,
        userId: actor.userId,
        unitIds: actor.units.map((unit) => unit.id),
        housingRegister: needToKnow.reachesHousingRegister,
      };
    case 'shelter_residents':
      return { kind: 'shelter', organisationId: actor.organisationId };
    case 'none':
      return { kind: 'none' };
  }
}

/** True when the actor's scope is a shelter's (they see their own stays, not other shelters'). */
export function isShelterActor(actor: Actor): boolean {
  return citizenScopeOf(actor).kind === 'shelter';
}

/** The actor reads `category` of every citizen it reaches (not only by emergency access). */
export function readsCategory(actor: Actor, category: DataCategory): boolean {
  return mayRead(needToKnowOfActor(actor), category);
}

/** `scope_member` is a record the user opened by an emergency access that has not run out. */
function emergencyGrant(userId: string) {
  return sql<SqlBool>`EXISTS (
    SELECT 1 FROM emergency_accesses scope_grant
    WHERE scope_grant.citizen_id = scope_member.id AND scope_grant.user_id = ${userId} AND scope_grant.expires_at > now())`;
}

/**
 * The records that put a person in the scope (`scope_member`, with what the kind joins to it)
 * and the condition on them; null when the scope reaches nobody. Both forms below are built
 * from it, so they cannot disagree.
 */
function scopeMembers(scope: CitizenScope): { readonly join: RawBuilder<unknown>; readonly where: RawBuilder<SqlBool> } | null {
  const none = sql``;
  switch (scope.kind) {
    case 'none':
      return null;
    case 'handlekommune':
      return { join: none, where: sql<SqlBool>`scope_member.handlekommune_id = ${scope.organisationId}` };
    case 'emergency':
      return {
        join: none,
        where: sql<SqlBool>`scope_member.handlekommune_id = ${scope.organisationId}
          AND ${emergencyGrant(scope.userId)}`,
      };
    case 'units': {
      // The units' work: tasks and support courses by citizen (tasks_citizen, support_courses_citizen).
      const unitIds = scope.unitIds.length > 0 ? scope.unitIds : ['00000000-0000-0000-0000-000000000000'];
      const register = scope.housingRegister
        ? sql`OR EXISTS (SELECT 1 FROM housing_profiles scope_profile
              WHERE scope_profile.citizen_id = scope_member.id AND scope_profile.organisation_id = ${scope.organisationId})`
        : sql``;
      return {
        join: none,
        where: sql<SqlBool>`scope_member.handlekommune_id = ${scope.organisationId}
          AND (
            EXISTS (SELECT 1 FROM tasks scope_task
              WHERE scope_task.citizen_id = scope_member.id AND scope_task.unit_id = ANY (${unitIds}::uuid[])
                AND (scope_task.status NOT IN ('done', 'cancelled')
                  OR coalesce(scope_task.done_at, scope_task.updated_at) > now() - make_interval(days => ${recentWorkDays})))
            OR EXISTS (SELECT 1 FROM support_courses scope_course
              WHERE scope_course.citizen_id = scope_member.id AND scope_course.team_unit_id = ANY (${unitIds}::uuid[])
                AND (scope_course.ended_on IS NULL OR scope_course.ended_on > current_date - ${recentWorkDays}::int))
            ${register}
            OR ${emergencyGrant(scope.userId)})`,
      };
    }
    case 'shelter':
      return {
        join: sql`
        JOIN shelter_stays scope_stay ON scope_stay.citizen_id = scope_member.id`,
        where: sql<SqlBool>`scope_stay.shelter_id = ${scope.organisationId}`,
      };
  }
}

/**
 * The condition "the citizen (record) `citizenId` is in the actor's scope for `category`".
 * `citizenId` is a column reference such as 'c.id' or 'hp.citizen_id'.
 */
export function whereCitizenInScope<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  citizenId: StringReference<DB, TB>,
  actor: Actor,
  category: DataCategory = 'identity',
): Expression<SqlBool> {
  const members = scopeMembers(citizenScopeOf(actor, category));
  if (!members) return sql<SqlBool>`false`;
  // Every kind joins the person: one equality on the person key, `coalesce(merged_into_id,
  // id)` (the surviving record's id for every record of the person), indexed by
  // `citizens_person` (0015): no OR over the linked records, so the planner can drive from the
  // municipality's records (`citizens_handlekommune`) or probe per citizen, whichever is
  // cheaper, and a list or search is bounded by the municipality, not the country.
  return sql<SqlBool>`EXISTS (SELECT 1 FROM citizens scope_self
        JOIN citizens scope_member
          ON coalesce(scope_member.merged_into_id, scope_member.id) = coalesce(scope_self.merged_into_id, scope_self.id)${members.join}
        WHERE scope_self.id = ${eb.ref(citizenId)} AND ${members.where})`;
}

/**
 * The persons in the actor's scope for `category`, as a subquery of person keys (`person_id`,
 * the surviving record's id; a key may repeat): read from the records that put a person in
 * scope, so it is driven by the municipality's records (`citizens_handlekommune`), the
 * shelter's stays or the units' work, never by the country's citizens. Equivalent to
 * `whereCitizenInScope` on surviving records (a person's records all point at one surviving
 * record: a link moves every record of the person, `linkCitizens`).
 */
export function personKeysInScope(actor: Actor, category: DataCategory = 'identity'): RawBuilder<{ person_id: string }> {
  const members = scopeMembers(citizenScopeOf(actor, category));
  if (!members) return sql<{ person_id: string }>`SELECT NULL::uuid AS person_id WHERE false`;
  return sql<{ person_id: string }>`SELECT coalesce(scope_member.merged_into_id, scope_member.id) AS person_id
        FROM citizens scope_member${members.join}
        WHERE ${members.where}`;
}

/**
 * The condition "the stay is visible to the actor": its citizen is in scope for stays, and a
 * shelter sees only its own stays (other shelters' stays count in the figures, never in detail).
 */
export function whereStayVisible<DB, TB extends keyof DB>(
  eb: ExpressionBuilder<DB, TB>,
  stay: { readonly citizenId: StringReference<DB, TB>; readonly shelterId: StringReference<DB, TB> },
  actor: Actor,
): Expression<SqlBool> {
  const scope = citizenScopeOf(actor, 'stays');
  const inScope = whereCitizenInScope(eb, stay.citizenId, actor, 'stays');
  if (scope.kind !== 'shelter') return inScope;
  return sql<SqlBool>`(${inScope} AND ${eb.ref(stay.shelterId)} = ${scope.organisationId})`;
}

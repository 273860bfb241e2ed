/**
 * The citizen's housing profile (what matching reads: areas wished and excluded, household,
 * affordable rent, accessibility and other needs, ready-to-move date, support planned), shown on
 * the citizen page with the citizen's offers and eviction warnings.
 */
import type { HousingProfile, UpdateHousingProfileBody } from '@hjemvej/contract';
import { abilitiesFor, authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { citizenAuditSubject } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import type { DataContext } from '../../http/secured-route';
import { requirePerson } from '../../course/person-reads';
import { assertSeenVersion } from '../versioning/version-conflict';
import { findOfferRowsOfPerson, findProfileRow, unsafeHasSupportDecision, upsertProfileRow } from './housing-offer-queries';
import { findWarningRowsOfPerson } from './housing-risk-queries';
import { presentOffers } from './offer-service';

function stringsOf(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((s): s is string => typeof s === 'string') : [];
}

async function presentProfile(ctx: DataContext, person: Person): Promise<HousingProfile> {
  const row = await findProfileRow(ctx.tx, person.root.id);
  const offers = await presentOffers(ctx, await findOfferRowsOfPerson(ctx.tx, ctx.actor, person.recordIds));
  const warnings = await findWarningRowsOfPerson(ctx.tx, ctx.actor, person.recordIds);
  return {
    citizenId: person.root.id,
    exists: row !== null,
    wishedAreas: stringsOf(row?.wished_areas),
    excludedAreas: stringsOf(row?.excluded_areas),
    householdSize: row?.household_size ?? 1,
    affordableRent: row?.affordable_rent ?? null,
    needsAccessible: row?.needs_accessible ?? false,
    needs: row?.needs ?? '',
    readyToMoveOn: row?.ready_to_move_on ?? null,
    supportPlanned: row?.support_planned ?? false,
    supportInPlace: await unsafeHasSupportDecision(ctx.tx, person.recordIds),
    offers,
    evictionWarnings: warnings.map((w) => ({
      id: w.id,
      receivedOn: w.receivedOn,
      landlordName: w.landlordName,
      courtDate: w.courtDate,
    })),
    canEdit: abilitiesFor(ctx, citizenPolicy, person.root).canWriteCourse,
    version: row?.version ?? 0,
  };
}

export async function getProfile(ctx: DataContext, citizenId: string): Promise<HousingProfile> {
  const person = await requirePerson(ctx, citizenId, { category: 'housing' });
  const profile = await presentProfile(ctx, person);
  ctx.describe({ subjectType: 'housing_profile', subjectId: person.root.id, ...citizenAuditSubject(ctx, person) });
  return profile;
}

export async function updateProfile(
  ctx: DataContext,
  citizenId: string,
  body: UpdateHousingProfileBody,
): Promise<HousingProfile> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'housing' });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const before = await presentProfile(ctx, person);
  await assertSeenVersion(
    ctx,
    { id: person.root.id, version: before.version },
    body.version,
    'housing_profile.update',
    () => before,
  );
  await upsertProfileRow(ctx.tx, {
    citizen_id: person.root.id,
    organisation_id: ctx.actor.organisationId,
    wished_areas: JSON.stringify(body.wishedAreas),
    excluded_areas: JSON.stringify(body.excludedAreas),
    household_size: body.householdSize,
    affordable_rent: body.affordableRent,
    needs_accessible: body.needsAccessible,
    needs: body.needs,
    ready_to_move_on: body.readyToMoveOn,
    support_planned: body.supportPlanned,
    updated_by_user_id: ctx.actor.userId,
    version: before.version + 1,
  });
  const after = await presentProfile(ctx, person);
  ctx.describe({
    subjectType: 'housing_profile',
    subjectId: person.root.id,
    ...citizenAuditSubject(ctx, person),
    changes: { ...body, version: { from: before.version, to: after.version } },
  });
  return after;
}

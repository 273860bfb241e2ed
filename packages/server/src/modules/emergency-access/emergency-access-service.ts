/**
 * Emergency access ("break the glass"): a user of the municipality outside a citizen's
 * need-to-know circle opens the citizen by CPR number with a stated reason. The grant lasts
 * `emergencyAccessHours`, opens every category for reading (never for writing: the abilities
 * stay the role's), is audited as `emergency_access.start`, shows on the citizen's page for
 * their caseworker, and waits in the data-protection officer's review list.
 */
import { dataCategories, emergencyAccessEndsAt, parseCpr } from '@hjemvej/domain';
import type {
  CitizenAccess,
  EmergencyAccess,
  EmergencyAccessBody,
  EmergencyAccessList,
  ReviewEmergencyAccessBody,
} from '@hjemvej/contract';
import { NotFoundError, UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { needToKnowOfActor } from '../../access/citizen-scope';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { findPerson, type Person } from '../../course/person-queries';
import {
  findActiveGrant,
  findEmergencyAccess,
  findEmergencyAccessesOfOrganisation,
  findEmergencyAccessesOfPerson,
  insertEmergencyAccess,
  markEmergencyAccessReviewed,
  presentEmergencyAccess,
  systemFindCitizenByCpr,
} from './emergency-access-queries';

/** What the caller reads of a person it found in scope: the role's categories, or all while a grant runs. */
export async function citizenAccessOf(ctx: DataContext, person: Pick<Person, 'recordIds'>): Promise<CitizenAccess> {
  const needToKnow = needToKnowOfActor(ctx.actor);
  const grant = needToKnow.mayUseEmergencyAccess ? await findActiveGrant(ctx.tx, ctx.actor.userId, person.recordIds) : null;
  return {
    categories: grant ? [...dataCategories] : [...needToKnow.categories],
    emergency: grant ? { expiresAt: grant.expiresAt.toISOString(), reason: grant.reason } : null,
    seesEmergencyAccesses: needToKnow.reach === 'municipality',
  };
}

export async function startEmergencyAccess(ctx: DataContext, body: EmergencyAccessBody): Promise<EmergencyAccess> {
  const needToKnow = needToKnowOfActor(ctx.actor);
  if (!needToKnow.mayUseEmergencyAccess) throw new UnprocessableError('emergency_access_not_allowed', 'cpr');
  const cpr = parseCpr(body.cpr);
  if (!cpr.ok) throw new UnprocessableError(cpr.error, 'cpr');
  const personId = await systemFindCitizenByCpr(ctx.tx, ctx.actor.organisationId, cpr.cpr.digits);
  if (!personId) throw new UnprocessableError('emergency_access_no_citizen', 'cpr');
  const inCircle = await findPerson(ctx.tx, ctx.actor, personId);
  // Reading every category already (the authority's caseworker): nothing to break.
  if (inCircle && needToKnow.categories.length === dataCategories.length)
    throw new UnprocessableError('emergency_access_not_needed', 'cpr');
  const id = await insertEmergencyAccess(ctx.tx, {
    organisationId: ctx.actor.organisationId,
    userId: ctx.actor.userId,
    citizenId: personId,
    reason: body.reason.trim(),
    expiresAt: emergencyAccessEndsAt(new Date()),
  });
  const row = requireFound(await findEmergencyAccess(ctx.tx, ctx.actor.organisationId, id));
  ctx.describe({
    subjectType: 'citizen',
    subjectId: personId,
    citizenId: personId,
    dataOrganisationId: ctx.actor.organisationId,
    changes: { emergencyAccessId: id, reason: 'named', expiresAt: row.expiresAt.toISOString() },
  });
  return presentEmergencyAccess(row);
}

export async function listEmergencyAccesses(ctx: DataContext, status: 'unreviewed' | 'all'): Promise<EmergencyAccessList> {
  const rows = await findEmergencyAccessesOfOrganisation(ctx.tx, ctx.actor.organisationId, status === 'unreviewed');
  ctx.describe({ subjectType: 'organisation', subjectId: ctx.actor.organisationId, changes: { count: rows.length, status } });
  return { items: rows.map(presentEmergencyAccess) };
}

export async function reviewEmergencyAccess(
  ctx: DataContext,
  id: string,
  body: ReviewEmergencyAccessBody,
): Promise<EmergencyAccess> {
  const current = requireFound(await findEmergencyAccess(ctx.tx, ctx.actor.organisationId, id, true));
  if (current.reviewedAt !== null) throw new UnprocessableError('emergency_access_already_reviewed', 'id');
  const note = body.note?.trim() ?? '';
  await markEmergencyAccessReviewed(ctx.tx, id, ctx.actor.userId, note === '' ? null : note);
  const row = requireFound(await findEmergencyAccess(ctx.tx, ctx.actor.organisationId, id));
  ctx.describe({
    subjectType: 'citizen',
    subjectId: row.citizenId,
    citizenId: row.citizenId,
    changes: { emergencyAccessId: id },
  });
  return presentEmergencyAccess(row);
}

/** The accesses to a citizen, for the one who carries the case (the municipality-wide reach); else 404. */
export async function listEmergencyAccessesOfCitizen(ctx: DataContext, citizenId: string): Promise<EmergencyAccessList> {
  const person = await findPerson(ctx.tx, ctx.actor, citizenId);
  if (!person || needToKnowOfActor(ctx.actor).reach !== 'municipality') throw new NotFoundError();
  const rows = await findEmergencyAccessesOfPerson(ctx.tx, person.recordIds);
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { count: rows.length });
  return { items: rows.map(presentEmergencyAccess) };
}

/**
 * Finding, registering and changing citizens; linking duplicate records into one person and
 * splitting them again. Every read goes through the citizen scope (citizen-queries.ts).
 *
 * Audit events never hold a full CPR number: changes record it masked.
 */
import {
  citizenSchema,
  type Citizen,
  type CitizenDetail,
  type CreateCitizenBody,
  type ResponsibleCaseworkers,
  type UpdateCitizenBody,
} from '@hjemvej/contract';
import {
  maskCpr,
  mayBeResponsibleCaseworker,
  mayRegisterCitizens,
  parseCpr,
  type DataCategory,
  type IsoDate,
} from '@hjemvej/domain';
import { isShelterActor, needToKnowOfActor } from '../../access/citizen-scope';
import { abilitiesFor } from '../../access/policy';
import { diffChanges } from '../../audit/audit-event';
import { ForbiddenError, NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { requirePerson } from '../../course/person-reads';
import { insertAdmission, presentStayOfPerson } from '../shelter-stays/shelter-stay-service';
import { findStayRowById, findStayRowsOfPerson } from '../shelter-stays/shelter-stay-queries';
import { citizenAuditSubject, describeCitizenRecord } from '../../course/citizen-audit';
import {
  findColleaguesWithUnitKinds,
  findOrganisationKind,
  findPossibleDuplicates,
  insertCitizen,
  insertDistinctPair,
  isMarkedDistinct,
  orderedPair,
  presentCitizen,
  updateCitizenDetached,
  updateCitizenIfVersion,
  updateCitizenRecordsMergedInto,
} from './citizen-queries';
import { findPerson, type Person } from '../../course/person-queries';
import { todayInDenmark } from '../../calendar/danish-time';
import { findHousingPeriodsOfPerson } from '../housing-periods/housing-period-queries';
import { citizenAccessOf } from '../emergency-access/emergency-access-service';
import { housingSituationOf } from '../housing-periods/housing-period-service';
import { staleVersionError } from '../versioning/version-conflict';
import { citizenPolicy } from '../../access/citizen-policy';

/** The stored digits and the birth date a CPR number gives, or a 422 naming `cpr`. */
function cprFacts(input: string, today: IsoDate): { digits: string; birthDate: IsoDate } {
  const parsed = parseCpr(input, { today });
  if (!parsed.ok) throw new UnprocessableError(parsed.error, 'cpr');
  return { digits: parsed.cpr.digits, birthDate: parsed.cpr.birthDate };
}

/** An approximate birth date from a year: stored as 1 January, flagged approximate. */
const approximateBirthDate = (year: number): IsoDate => `${String(year).padStart(4, '0')}-01-01`;

/**
 * A municipality registers and keeps its own citizens (handlekommune = itself); a shelter may
 * name any municipality, or none while it is not known.
 */
async function assertHandlekommuneAllowed(ctx: DataContext, handlekommuneId: string | null | undefined): Promise<void> {
  if (handlekommuneId === undefined) return;
  if (ctx.actor.organisationKind === 'municipality') {
    if (handlekommuneId !== ctx.actor.organisationId)
      throw new UnprocessableError('handlekommune_must_be_own', 'handlekommuneId');
    return;
  }
  if (handlekommuneId === null) return;
  const organisation = await findOrganisationKind(ctx.tx, handlekommuneId);
  if (organisation?.kind !== 'municipality') throw new UnprocessableError('handlekommune_not_municipality', 'handlekommuneId');
}

/** The colleagues of a municipality who may carry a citizen's case (`mayBeResponsibleCaseworker`). */
async function findResponsibleCandidates(ctx: DataContext, organisationId: string, userId?: string) {
  const users = await findColleaguesWithUnitKinds(ctx.tx, organisationId, userId);
  return users.filter((user) =>
    mayBeResponsibleCaseworker({ role: user.role, organisationKind: 'municipality', unitKinds: user.unitKinds }),
  );
}

/** Only a user of the citizen's handlekommune who carries cases may be responsible; else 422 naming the field. */
async function assertResponsibleAllowed(ctx: DataContext, userId: string, handlekommuneId: string | null): Promise<void> {
  const found =
    handlekommuneId === null || (await findOrganisationKind(ctx.tx, handlekommuneId))?.kind !== 'municipality'
      ? []
      : await findResponsibleCandidates(ctx, handlekommuneId, userId);
  if (found.length === 0) throw new UnprocessableError('responsible_not_caseworker', 'responsibleUserId');
}

/** The own municipality's colleagues who may be a citizen's responsible caseworker (for the edit form). */
export async function listResponsibleCaseworkers(ctx: DataContext): Promise<ResponsibleCaseworkers> {
  const items =
    ctx.actor.organisationKind === 'municipality'
      ? (await findResponsibleCandidates(ctx, ctx.actor.organisationId)).map((user) => ({ id: user.id, name: user.name }))
      : [];
  ctx.describe({ subjectType: 'user', changes: { purpose: 'responsible_caseworker', count: items.length } });
  return { items };
}

function auditView(citizen: Citizen) {
  return {
    cpr: citizen.cpr,
    firstName: citizen.firstName,
    lastName: citizen.lastName,
    alias: citizen.alias,
    birthDate: citizen.birthDate,
    birthDateIsApproximate: citizen.birthDateIsApproximate,
    phone: citizen.phone,
    email: citizen.email,
    contactNote: citizen.contactNote,
    handlekommuneId: citizen.handlekommune?.id ?? null,
    responsibleUserId: citizen.responsible?.id ?? null,
    version: citizen.version,
  };
}

/** The citizen page's data: the person, today's housing situation, the open stay, possible duplicates. */
export async function buildCitizenDetail(ctx: DataContext, person: Person): Promise<CitizenDetail> {
  // Need-to-know: a field of a category the caller does not read does not leave the server.
  const access = await citizenAccessOf(ctx, person);
  const reads = (category: DataCategory) => access.categories.includes(category);
  const periods = reads('housing') ? await findHousingPeriodsOfPerson(ctx.tx, ctx.actor, person.recordIds) : null;
  const stays = reads('stays') ? await findStayRowsOfPerson(ctx.tx, ctx.actor, person.recordIds) : [];
  const open = stays.find((stay) => stay.dischargedOn === null) ?? null;
  const citizen = presentCitizen(person.root, person.linked);
  return {
    ...citizen,
    ...(reads('contact') ? {} : { phone: null, email: null, contactNote: null }),
    resolvedFromId: person.resolvedFromId,
    housing: periods ? housingSituationOf(periods, person.root.id, todayInDenmark()) : null,
    openStay: open ? await presentStayOfPerson(ctx, open, person) : null,
    possibleDuplicates: await findPossibleDuplicates(ctx.tx, ctx.actor, person),
    abilities: abilitiesFor(ctx, citizenPolicy, person.root),
    access,
  };
}

export async function getCitizenDetail(ctx: DataContext, citizenId: string): Promise<CitizenDetail> {
  const person = await requirePerson(ctx, citizenId);
  describeCitizenRecord(
    ctx,
    person,
    'citizen',
    person.root.id,
    person.resolvedFromId ? { resolvedFromId: person.resolvedFromId } : null,
  );
  return buildCitizenDetail(ctx, person);
}

export async function createCitizen(ctx: DataContext, body: CreateCitizenBody) {
  if (!mayRegisterCitizens(needToKnowOfActor(ctx.actor))) throw new ForbiddenError();
  const today = todayInDenmark();
  const cpr = body.cpr ? cprFacts(body.cpr, today) : null;
  const isShelter = isShelterActor(ctx.actor);
  if (isShelter && !body.admission) throw new UnprocessableError('admission_required_for_shelter', 'admission');
  if (!isShelter && body.admission) throw new UnprocessableError('admission_only_for_shelters', 'admission');
  await assertHandlekommuneAllowed(ctx, body.handlekommuneId);
  const handlekommuneId = body.handlekommuneId !== undefined ? body.handlekommuneId : isShelter ? null : ctx.actor.organisationId;
  // A caseworker who registers a citizen of their own municipality carries the case until someone else does.
  const registrarCarriesCase =
    handlekommuneId === ctx.actor.organisationId &&
    mayBeResponsibleCaseworker({
      role: ctx.actor.role,
      organisationKind: ctx.actor.organisationKind,
      unitKinds: ctx.actor.units.map((unit) => unit.kind),
    });

  const { id } = await insertCitizen(ctx.tx, {
    handlekommune_id: handlekommuneId,
    responsible_user_id: registrarCarriesCase ? ctx.actor.userId : null,
    cpr: cpr?.digits ?? null,
    birth_date: cpr?.birthDate ?? (body.birthYear !== undefined ? approximateBirthDate(body.birthYear) : null),
    birth_date_is_approximate: cpr === null && body.birthYear !== undefined,
    first_name: body.firstName ?? null,
    last_name: body.lastName ?? null,
    alias: body.alias ?? null,
    phone: body.phone ?? null,
    email: body.email ?? null,
    contact_note: body.contactNote ?? null,
    created_by_organisation_id: ctx.actor.organisationId,
    updated_by_user_id: ctx.actor.userId,
  });
  // A shelter's new citizen is in its scope through the stay: both in this one transaction.
  const stayId = body.admission
    ? await insertAdmission(ctx, { rootId: id, recordIds: [id] }, body.admission, 'admission.')
    : null;

  const person = await requirePerson(ctx, id);
  const citizen = presentCitizen(person.root, person.linked);
  const stayRow = stayId ? await findStayRowById(ctx.tx, ctx.actor, stayId) : null;
  const stay = stayRow ? await presentStayOfPerson(ctx, stayRow, person) : null;
  const possibleDuplicates = await findPossibleDuplicates(ctx.tx, ctx.actor, person);
  const subject = citizenAuditSubject(ctx, person);
  ctx.describe({
    subjectType: 'citizen',
    subjectId: id,
    ...subject,
    changes: { ...auditView(citizen), possibleDuplicateIds: possibleDuplicates.map((d) => d.id) },
  });
  if (stay && body.admission) {
    ctx.audit({
      action: 'stay.admit',
      subjectType: 'stay',
      subjectId: stay.id,
      ...subject,
      changes: { admittedOn: stay.admittedOn, referral: stay.referral, shelterId: stay.shelter.id },
    });
  }
  return { citizen, stay, possibleDuplicates };
}

export async function updateCitizen(ctx: DataContext, citizenId: string, body: UpdateCitizenBody): Promise<Citizen> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true });
  const root = person.root;
  const before = presentCitizen(root, person.linked);
  const stale = () =>
    staleVersionError(
      ctx.tx,
      ctx.locale,
      { id: root.id, actions: ['citizen.update'], sinceVersion: body.version },
      citizenSchema.parse(before),
    );
  if (body.version !== root.version) throw await stale();

  const today = todayInDenmark();
  const cpr = body.cpr ? cprFacts(body.cpr, today) : null;
  const keepsCpr = body.cpr === undefined && root.cpr !== null;
  if (keepsCpr && body.birthYear !== undefined && body.birthYear !== null)
    throw new UnprocessableError('birth_year_with_cpr', 'birthYear');
  await assertHandlekommuneAllowed(ctx, body.handlekommuneId);
  const handlekommuneId = body.handlekommuneId !== undefined ? body.handlekommuneId : root.handlekommuneId;
  // A new handlekommune's case is not carried by the old one's caseworker unless someone says so.
  const responsibleUserId =
    body.responsibleUserId !== undefined
      ? body.responsibleUserId
      : handlekommuneId !== root.handlekommuneId
        ? null
        : root.responsibleUserId;
  if (responsibleUserId !== null && responsibleUserId !== root.responsibleUserId)
    await assertResponsibleAllowed(ctx, responsibleUserId, handlekommuneId);

  const next = {
    cpr: body.cpr === undefined ? root.cpr : (cpr?.digits ?? null),
    firstName: body.firstName !== undefined ? body.firstName : root.firstName,
    lastName: body.lastName !== undefined ? body.lastName : root.lastName,
    alias: body.alias !== undefined ? body.alias : root.alias,
  };
  if (next.cpr === null && !next.firstName && !next.lastName && !next.alias)
    throw new UnprocessableError('citizen_identity_required', 'alias');

  let birth: { birth_date: IsoDate | null; birth_date_is_approximate: boolean } | null = null;
  if (cpr) birth = { birth_date: cpr.birthDate, birth_date_is_approximate: false };
  else if (body.birthYear !== undefined) {
    birth =
      body.birthYear === null
        ? { birth_date: null, birth_date_is_approximate: false }
        : { birth_date: approximateBirthDate(body.birthYear), birth_date_is_approximate: true };
  }

  const updated = await updateCitizenIfVersion(ctx.tx, root.id, body.version, {
    cpr: next.cpr,
    first_name: next.firstName,
    last_name: next.lastName,
    alias: next.alias,
    ...(birth ?? {}),
    ...(body.phone !== undefined ? { phone: body.phone } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.contactNote !== undefined ? { contact_note: body.contactNote } : {}),
    ...(body.handlekommuneId !== undefined ? { handlekommune_id: body.handlekommuneId } : {}),
    responsible_user_id: responsibleUserId,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
  });
  if (!updated) throw await stale();

  const after = await requirePerson(ctx, root.id);
  const citizen = presentCitizen(after.root, after.linked);
  describeCitizenRecord(ctx, after, 'citizen', root.id, diffChanges(auditView(before), auditView(citizen)));
  return citizen;
}

/** The full CPR number, for users whose role may see it; every reveal is its own audit event. */
export async function revealCpr(ctx: DataContext, citizenId: string) {
  const person = await requirePerson(ctx, citizenId);
  const cpr = person.root.cpr;
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { cpr: cpr === null ? null : maskCpr(cpr) });
  return { id: person.root.id, cpr: cpr === null ? null : `${cpr.slice(0, 6)}-${cpr.slice(6)}` };
}

/**
 * Links `otherCitizenId`'s person into `citizenId`'s (which survives). Nothing is copied or
 * deleted: the records stay as they were, so a split restores them exactly.
 */
export async function linkCitizens(ctx: DataContext, citizenId: string, otherCitizenId: string): Promise<CitizenDetail> {
  const survivor = await findPerson(ctx.tx, ctx.actor, citizenId, { forUpdate: true });
  const other = await findPerson(ctx.tx, ctx.actor, otherCitizenId, { forUpdate: true });
  if (!survivor || !other) throw new NotFoundError();
  if (survivor.root.id === other.root.id) throw new UnprocessableError('citizen_link_self', 'otherCitizenId');
  if (await isMarkedDistinct(ctx.tx, survivor.recordIds, other.recordIds))
    throw new UnprocessableError('citizens_marked_distinct', 'otherCitizenId');
  await updateCitizenRecordsMergedInto(ctx.tx, other.recordIds, survivor.root.id);
  const linked = await requirePerson(ctx, survivor.root.id);
  const changes = { survivorId: survivor.root.id, linkedRecordIds: other.recordIds };
  describeCitizenRecord(ctx, survivor, 'citizen', survivor.root.id, changes);
  ctx.audit({
    action: 'citizen.link',
    subjectType: 'citizen',
    subjectId: other.root.id,
    ...citizenAuditSubject(ctx, other),
    citizenId: other.root.id,
    changes,
  });
  return buildCitizenDetail(ctx, linked);
}

/** Undoes a link and remembers that the two records are different people. */
export async function splitCitizens(ctx: DataContext, citizenId: string, otherCitizenId: string): Promise<CitizenDetail> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true });
  const detachId =
    otherCitizenId === person.root.id && person.resolvedFromId !== null
      ? person.resolvedFromId
      : person.linked.some((record) => record.id === otherCitizenId)
        ? otherCitizenId
        : null;
  if (detachId === null) throw new UnprocessableError('citizens_not_linked', 'otherCitizenId');
  await updateCitizenDetached(ctx.tx, detachId);
  const [a, b] = orderedPair(person.root.id, detachId);
  await insertDistinctPair(ctx.tx, a, b, ctx.actor.userId);
  const changes = { survivorId: person.root.id, detachedRecordId: detachId };
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, changes);
  ctx.audit({
    action: 'citizen.split',
    subjectType: 'citizen',
    subjectId: detachId,
    ...citizenAuditSubject(ctx, person),
    citizenId: detachId,
    changes,
  });
  // After the split the user may see only one of the two (a shelter that knew just one of them).
  const remaining = (await findPerson(ctx.tx, ctx.actor, person.root.id)) ?? (await findPerson(ctx.tx, ctx.actor, detachId));
  if (!remaining) throw new NotFoundError();
  return buildCitizenDetail(ctx, remaining);
}

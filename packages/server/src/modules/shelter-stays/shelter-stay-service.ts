/**
 * § 110 stays: the shelter registers the admission with the intake conversation, records when
 * it notified the handlekommune, and the discharge. Only the shelter where the stay is may
 * change it (§ 110 stk. 4: the shelter's leader decides admission and discharge); the
 * handlekommune reads it. A discharge to own housing is refused until the § 110 stk. 5 conditions
 * hold (legal-checks), with the list of what is missing.
 */
import { unsafeFindStayDatesOfPerson } from '../../course/person-queries';
import { addDays, addMonths, evaluateNotification, type IsoDate } from '@hjemvej/domain';
import type {
  AdmissionBody,
  ShelterResidentsSummary,
  ShelterStay,
  StayDischargeBody,
  StayNotificationBody,
  UpdateShelterStayBody,
} from '@hjemvej/contract';
import type { DataContext } from '../../http/secured-route';
import { requirePerson, requireRowOfPerson } from '../../course/person-reads';
import { isShelterActor } from '../../access/citizen-scope';
import { diffChanges } from '../../audit/audit-event';
import { UnprocessableError, requireFound } from '../../http/errors';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { stayPolicy } from './stay-policy';
import { assertDischargeAllowed } from '../legal-checks/legal-check-service';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { writeOptimisticChange, type OptimisticValues } from '../versioning/optimistic-update';
import {
  completeIntake,
  findResidentStayRows,
  findStayRowById,
  findStayRowsOfPerson,
  insertStay,
  presentStay,
  type StayRow,
} from './shelter-stay-queries';
import { madeBy } from '../../database/record-stamps';

const stayChangeActions = ['stay.update', 'stay.notify', 'stay.discharge'] as const;

/** The stay as answered, with its deadline, nights and the person's reimbursement days. */
export async function presentStayOfPerson(
  ctx: DataContext,
  row: StayRow,
  person: Pick<Person, 'recordIds'>,
): Promise<ShelterStay> {
  const dates = await unsafeFindStayDatesOfPerson(ctx.tx, person.recordIds);
  return presentStay(row, dates, todayInDenmark(), ctx.actor);
}

async function loadStay(ctx: DataContext, stayId: string): Promise<{ row: StayRow; person: Person }> {
  return requireRowOfPerson(ctx, await findStayRowById(ctx.tx, ctx.actor, stayId), { forUpdate: true });
}

function assertNotFuture(date: string, field: string): void {
  if (date > todayInDenmark()) throw new UnprocessableError('date_in_future', field);
}

/** A new stay at the actor's shelter may not overlap another stay there. */
async function assertNoOverlappingStay(
  ctx: DataContext,
  person: Pick<Person, 'recordIds'>,
  admittedOn: string,
  exceptStayId: string | null,
  field = 'admittedOn',
): Promise<void> {
  const stays = await findStayRowsOfPerson(ctx.tx, ctx.actor, person.recordIds);
  const clash = stays.find(
    (s) =>
      s.id !== exceptStayId &&
      s.shelterId === ctx.actor.organisationId &&
      (s.dischargedOn === null || s.dischargedOn > admittedOn),
  );
  if (clash) throw new UnprocessableError('stay_overlap', field, { admittedOn: formatDate(ctx.locale, clash.admittedOn) });
}

/**
 * Registers an admission at the actor's shelter. `fieldPrefix` names the fields in errors when
 * the admission is part of a larger body (registering a citizen).
 */
export async function insertAdmission(
  ctx: DataContext,
  person: { readonly rootId: string; readonly recordIds: string[] },
  body: AdmissionBody,
  fieldPrefix = '',
): Promise<string> {
  if (!isShelterActor(ctx.actor))
    throw new UnprocessableError('admission_only_for_shelters', fieldPrefix ? fieldPrefix.replace(/\.$/, '') : 'admittedOn');
  assertNotFuture(body.admittedOn, `${fieldPrefix}admittedOn`);
  await assertNoOverlappingStay(ctx, person, body.admittedOn, null, `${fieldPrefix}admittedOn`);
  return insertStay(ctx.tx, {
    citizen_id: person.rootId,
    shelter_id: ctx.actor.organisationId,
    admitted_on: body.admittedOn,
    referral: body.referral,
    referred_by: body.referral === 'referred' ? (body.referredBy ?? null) : null,
    intake: JSON.stringify(completeIntake(body.intake)),
    ...madeBy(ctx.actor.userId),
  });
}

export async function admitCitizen(ctx: DataContext, citizenId: string, body: AdmissionBody): Promise<ShelterStay> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'stays' });
  // The citizen is yours to see, but only a § 110 shelter admits.
  authorize(ctx, citizenPolicy.admit, person.root);
  const stayId = await insertAdmission(ctx, { rootId: person.root.id, recordIds: person.recordIds }, body);
  const row = requireFound(await findStayRowById(ctx.tx, ctx.actor, stayId));
  describeCitizenRecord(ctx, person, 'stay', stayId, {
    admittedOn: body.admittedOn,
    referral: body.referral,
    shelterId: ctx.actor.organisationId,
  });
  return presentStayOfPerson(ctx, row, person);
}

export async function listStays(ctx: DataContext, citizenId: string): Promise<{ items: ShelterStay[] }> {
  const person = await requirePerson(ctx, citizenId, { category: 'stays' });
  const rows = await findStayRowsOfPerson(ctx.tx, ctx.actor, person.recordIds);
  const dates = await unsafeFindStayDatesOfPerson(ctx.tx, person.recordIds);
  const today = todayInDenmark();
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { count: rows.length });
  return { items: rows.map((row) => presentStay(row, dates, today, ctx.actor)) };
}

/** Writes a change when the version is still the one the user saw; else 409 with what changed. */
function writeStayChange(
  ctx: DataContext,
  row: StayRow,
  person: Person,
  expectedVersion: number,
  values: OptimisticValues<'shelter_stays'>,
): Promise<StayRow> {
  return writeOptimisticChange(ctx, {
    table: 'shelter_stays',
    id: row.id,
    expectedVersion,
    values,
    actions: stayChangeActions,
    current: () => presentStayOfPerson(ctx, row, person),
    reload: () => findStayRowById(ctx.tx, ctx.actor, row.id),
  });
}

export async function updateStay(ctx: DataContext, stayId: string, body: UpdateShelterStayBody): Promise<ShelterStay> {
  const { row, person } = await loadStay(ctx, stayId);
  authorize(ctx, stayPolicy.edit, row);
  if (body.version === row.version) {
    // Checked only when the version is current, so a stale edit is answered with the conflict.
    const admittedOn = body.admittedOn ?? row.admittedOn;
    assertNotFuture(admittedOn, 'admittedOn');
    if (row.dischargedOn !== null && admittedOn > row.dischargedOn) {
      throw new UnprocessableError('admission_after_discharge', 'admittedOn', {
        dischargedOn: formatDate(ctx.locale, row.dischargedOn),
      });
    }
    if (row.handlekommuneNotifiedOn !== null && admittedOn > row.handlekommuneNotifiedOn) {
      throw new UnprocessableError('admission_after_notification', 'admittedOn', {
        notifiedOn: formatDate(ctx.locale, row.handlekommuneNotifiedOn),
      });
    }
    if (body.admittedOn !== undefined && body.admittedOn !== row.admittedOn && row.dischargedOn === null) {
      await assertNoOverlappingStay(ctx, person, body.admittedOn, row.id);
    }
  }
  const referral = body.referral ?? row.referral;
  const before = presentStay(row, [], todayInDenmark(), ctx.actor);
  const after = await writeStayChange(ctx, row, person, body.version, {
    ...(body.admittedOn !== undefined ? { admitted_on: body.admittedOn } : {}),
    referral,
    referred_by: referral === 'referred' ? (body.referredBy !== undefined ? body.referredBy : row.referredBy) : null,
    ...(body.intake !== undefined ? { intake: JSON.stringify(completeIntake(body.intake, before.intake)) } : {}),
  });
  const presented = await presentStayOfPerson(ctx, after, person);
  const pick = (s: ShelterStay) => ({
    admittedOn: s.admittedOn,
    referral: s.referral,
    referredBy: s.referredBy,
    intake: s.intake,
    version: s.version,
  });
  describeCitizenRecord(ctx, person, 'stay', stayId, diffChanges(pick(before), pick(presented)));
  return presented;
}

export async function recordNotification(ctx: DataContext, stayId: string, body: StayNotificationBody): Promise<ShelterStay> {
  const { row, person } = await loadStay(ctx, stayId);
  authorize(ctx, stayPolicy.edit, row);
  const expectedVersion = body.version ?? row.version;
  if (expectedVersion === row.version) {
    if (body.sentOn < row.admittedOn) {
      throw new UnprocessableError('notification_before_admission', 'sentOn', {
        admittedOn: formatDate(ctx.locale, row.admittedOn),
      });
    }
    assertNotFuture(body.sentOn, 'sentOn');
  }
  const after = await writeStayChange(ctx, row, person, expectedVersion, { handlekommune_notified_on: body.sentOn });
  const presented = await presentStayOfPerson(ctx, after, person);
  describeCitizenRecord(ctx, person, 'stay', stayId, {
    handlekommuneNotifiedOn: { from: row.handlekommuneNotifiedOn, to: body.sentOn },
    deadline: presented.notification.deadline,
    state: presented.notification.state,
    version: { from: row.version, to: after.version },
  });
  return presented;
}

/**
 * Destinations that are a discharge to own housing in the sense of § 110 stk. 5. Other ways out
 * (the citizen left, hospital, another shelter, a §§ 107/108 offer) are recorded as they happened.
 */
export function dischargeNeedsConditions(destination: StayDischargeBody['destination']): boolean {
  return destination === 'own_home_with_lease';
}

export async function dischargeStay(ctx: DataContext, stayId: string, body: StayDischargeBody): Promise<ShelterStay> {
  const { row, person } = await loadStay(ctx, stayId);
  authorize(ctx, stayPolicy.edit, row);
  const expectedVersion = body.version ?? row.version;
  if (expectedVersion === row.version) {
    if (row.dischargedOn !== null) {
      throw new UnprocessableError('stay_already_discharged', 'dischargedOn', {
        dischargedOn: formatDate(ctx.locale, row.dischargedOn),
      });
    }
    if (body.dischargedOn < row.admittedOn) {
      throw new UnprocessableError('discharge_before_admission', 'dischargedOn', {
        admittedOn: formatDate(ctx.locale, row.admittedOn),
      });
    }
    assertNotFuture(body.dischargedOn, 'dischargedOn');
    // § 110 stk. 5: a discharge to own housing waits for plan, housing, support decision and lease.
    if (dischargeNeedsConditions(body.destination)) await assertDischargeAllowed(ctx, person, row.id, body.dischargedOn);
  }
  const after = await writeStayChange(ctx, row, person, expectedVersion, {
    discharged_on: body.dischargedOn,
    discharge_reason: body.reason,
    discharge_destination: body.destination,
  });
  const presented = await presentStayOfPerson(ctx, after, person);
  describeCitizenRecord(ctx, person, 'stay', stayId, {
    dischargedOn: body.dischargedOn,
    reason: body.reason,
    destination: body.destination,
    nights: presented.nights,
    version: { from: row.version, to: after.version },
  });
  return presented;
}

/** The own shelter's residents now and what is due about them (counts only). */
/** How far ahead the start page tells a shelter of residents moving into their own home. */
const dischargeHorizonDays = 14;

/** Residents with a home allocated and a planned move-in within two weeks (or already past and not moved): discharges coming. */
function dischargesComing(plannedMoveIns: readonly (string | null)[], today: IsoDate) {
  const horizon = addDays(today, dischargeHorizonDays);
  const coming = plannedMoveIns.filter((day): day is string => day !== null && day <= horizon).sort();
  return { dischargesComing: coming.length, nextDischargeOn: coming[0] ?? null };
}

export async function getResidentsSummary(ctx: DataContext): Promise<ShelterResidentsSummary> {
  const today = todayInDenmark();
  const rows = await findResidentStayRows(ctx.tx, ctx.actor);
  const notifications = rows.map((row) => evaluateNotification(row, today).details);
  const due = notifications.filter((n) => n.state === 'pending');
  const staysSince = (months: number) => rows.filter((row) => row.admittedOn <= addMonths(today, -months)).length;
  ctx.describe({ subjectType: 'shelter_stay', changes: { residents: rows.length } });
  return {
    asOf: today,
    residents: rows.length,
    notificationsDue: due.length,
    nextNotificationDeadline: due.map((n) => n.deadline).sort()[0] ?? null,
    notificationsMissing: notifications.filter((n) => n.state === 'missing').length,
    pastTwoMonths: staysSince(2),
    pastFourMonths: staysSince(4),
    withoutPlan142: rows.filter((row) => !row.hasPlan142).length,
    ...dischargesComing(
      rows.map((row) => row.plannedMoveInOn),
      today,
    ),
  };
}

/**
 * Housing allocations (anvisning) of own housing: the offer, the signed lease, the move-in,
 * or the offer declined/withdrawn. Impossible sequences are refused naming the field. Recording
 * the move-in ends the current housing period and starts "own home with lease" in the same
 * transaction (the citizens module's housing-period service does the move).
 */
import type { CreateHousingAllocationBody, HousingAllocation, MoveInBody, UpdateHousingAllocationBody } from '@hjemvej/contract';
import type { IsoDate } from '@hjemvej/domain';
import { diffChanges } from '../../audit/audit-event';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson } from '../../course/person-reads';
import { citizenAuditSubject } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { formatDate } from '../../calendar/danish-time';
import { createHousingPeriod } from '../housing-periods/housing-period-service';
import { writeOptimisticChange, type OptimisticValues } from '../versioning/optimistic-update';
import {
  findAllocationRowById,
  findAllocationRowsOfPerson,
  insertAllocation,
  isHousingAssociationPartner,
  presentAllocation,
  updateAllocationRow,
  type AllocationRow,
} from './housing-allocation-queries';
import { asOwnAuditEvent, assertNotFuture, readdressed } from '../../course/course-writes';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';

const allocationChangeActions = ['housing_allocation.update', 'housing_allocation.move_in'] as const;

interface AllocationDates {
  readonly allocatedOn: IsoDate;
  readonly leaseSignedOn: IsoDate | null;
  readonly plannedMoveInOn: IsoDate | null;
  readonly moveInOn: IsoDate | null;
  readonly withdrawnOn: IsoDate | null;
}

/**
 * allocation ≤ lease ≤ move-in (planned and actual); a move-in needs a signed lease; a
 * withdrawal is after the allocation and never after a move-in. Facts (allocation, lease,
 * move-in, withdrawal) cannot be ahead of today; the planned move-in may be. When two dates
 * disagree, the error names the one the user changed (`changed`).
 */
function assertAllocationSequence(ctx: DataContext, d: AllocationDates, changed: ReadonlySet<string>): void {
  const date = (value: IsoDate) => formatDate(ctx.locale, value);
  const blame = (earlier: string, later: string) => (changed.has(later) || !changed.has(earlier) ? later : earlier);
  for (const field of ['allocatedOn', 'leaseSignedOn', 'moveInOn', 'withdrawnOn'] as const) {
    if (changed.has(field)) assertNotFuture(d[field], field);
  }
  if (d.leaseSignedOn !== null && d.leaseSignedOn < d.allocatedOn) {
    throw new UnprocessableError('lease_before_allocation', blame('allocatedOn', 'leaseSignedOn'), {
      leaseSignedOn: date(d.leaseSignedOn),
      allocatedOn: date(d.allocatedOn),
    });
  }
  for (const field of ['plannedMoveInOn', 'moveInOn'] as const) {
    const moveIn = d[field];
    if (moveIn === null) continue;
    if (moveIn < d.allocatedOn)
      throw new UnprocessableError('move_in_before_allocation', blame('allocatedOn', field), {
        moveInOn: date(moveIn),
        allocatedOn: date(d.allocatedOn),
      });
    if (d.leaseSignedOn !== null && moveIn < d.leaseSignedOn) {
      throw new UnprocessableError('move_in_before_lease', blame('leaseSignedOn', field), {
        moveInOn: date(moveIn),
        leaseSignedOn: date(d.leaseSignedOn),
      });
    }
  }
  if (d.moveInOn !== null && d.leaseSignedOn === null) throw new UnprocessableError('move_in_requires_lease', 'leaseSignedOn');
  if (d.withdrawnOn !== null) {
    if (d.withdrawnOn < d.allocatedOn) {
      throw new UnprocessableError('withdrawn_before_allocation', blame('allocatedOn', 'withdrawnOn'), {
        withdrawnOn: date(d.withdrawnOn),
        allocatedOn: date(d.allocatedOn),
      });
    }
    if (d.moveInOn !== null)
      throw new UnprocessableError('allocation_moved_in', changed.has('moveInOn') ? 'moveInOn' : 'withdrawnOn', {
        moveInOn: date(d.moveInOn),
      });
  }
}

async function assertPartner(ctx: DataContext, partnerId: string | null | undefined): Promise<void> {
  if (partnerId === null || partnerId === undefined) return;
  if (!(await isHousingAssociationPartner(ctx.tx, ctx.actor.organisationId, partnerId)))
    throw new UnprocessableError('partner_not_housing_association', 'partnerId');
}

/**
 * The move: the open housing period ends on the move-in day and "own home with lease" begins.
 * Audited as a housing-period event of its own; a clash with recorded periods names `moveInOn`.
 */
async function startOwnHome(ctx: DataContext, citizenId: string, allocationId: string, moveInOn: IsoDate): Promise<string> {
  let periodId: string;
  try {
    const period = await createHousingPeriod(asOwnAuditEvent(ctx, 'housing_period.create'), citizenId, {
      category: 'own_home_with_lease',
      fromDate: moveInOn,
      toDate: null,
      note: null,
    });
    periodId = period.id;
  } catch (error) {
    throw readdressed(error, 'moveInOn');
  }
  await updateAllocationRow(ctx.tx, allocationId, { move_in_housing_period_id: periodId });
  return periodId;
}

async function loadAllocation(ctx: DataContext, allocationId: string): Promise<{ row: AllocationRow; person: Person }> {
  const row = await findAllocationRowById(ctx.tx, ctx.actor, allocationId);
  if (!row) throw new NotFoundError();
  const person = await requirePerson(ctx, row.citizenId, { forUpdate: true });
  return { row, person };
}

/** An allocation the actor may see, with the person it belongs to (for other modules). */
export async function findVisibleAllocation(ctx: DataContext, allocationId: string, options: { forUpdate?: boolean } = {}) {
  const row = await findAllocationRowById(ctx.tx, ctx.actor, allocationId);
  if (!row) throw new NotFoundError();
  const person = await requirePerson(ctx, row.citizenId, options);
  return { row, person };
}

export async function listAllocations(ctx: DataContext, citizenId: string): Promise<{ items: HousingAllocation[] }> {
  const person = await requirePerson(ctx, citizenId, { category: 'housing' });
  const rows = await readRowsOfPerson(ctx, person, findAllocationRowsOfPerson);
  return { items: rows.map(presentAllocation) };
}

export async function getAllocation(ctx: DataContext, allocationId: string): Promise<HousingAllocation> {
  const { row, person } = await findVisibleAllocation(ctx, allocationId);
  ctx.describe({ subjectType: 'housing_allocation', subjectId: row.id, ...citizenAuditSubject(ctx, person) });
  return presentAllocation(row);
}

export async function createAllocation(
  ctx: DataContext,
  citizenId: string,
  body: CreateHousingAllocationBody,
): Promise<HousingAllocation> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'housing' });
  authorize(ctx, citizenPolicy.writeHousing, person.root);
  const dates: AllocationDates = {
    allocatedOn: body.allocatedOn,
    leaseSignedOn: body.leaseSignedOn ?? null,
    plannedMoveInOn: body.plannedMoveInOn ?? null,
    moveInOn: body.moveInOn ?? null,
    withdrawnOn: null,
  };
  assertAllocationSequence(ctx, dates, new Set(Object.keys(body)));
  await assertPartner(ctx, body.partnerId);
  const id = await insertAllocation(ctx.tx, {
    citizen_id: person.root.id,
    address: body.address,
    landlord: body.landlord ?? null,
    partner_id: body.partnerId ?? null,
    monthly_rent: body.monthlyRent ?? null,
    rooms: body.rooms ?? null,
    allocated_on: dates.allocatedOn,
    lease_signed_on: dates.leaseSignedOn,
    planned_move_in_on: dates.plannedMoveInOn,
    move_in_on: dates.moveInOn,
    withdrawn_on: null,
    withdrawal_reason: null,
    move_in_housing_period_id: null,
    note: body.note ?? null,
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  const housingPeriodId = dates.moveInOn !== null ? await startOwnHome(ctx, person.root.id, id, dates.moveInOn) : null;
  const row = await findAllocationRowById(ctx.tx, ctx.actor, id);
  if (!row) throw new NotFoundError();
  const created = presentAllocation(row);
  ctx.describe({
    subjectType: 'housing_allocation',
    subjectId: id,
    ...citizenAuditSubject(ctx, person),
    changes: { ...auditView(created), ...(housingPeriodId ? { housingPeriodId } : {}) },
  });
  return created;
}

function auditView(a: HousingAllocation) {
  return {
    address: a.address,
    landlord: a.landlord,
    partnerId: a.partner?.id ?? null,
    monthlyRent: a.monthlyRent,
    rooms: a.rooms,
    allocatedOn: a.allocatedOn,
    leaseSignedOn: a.leaseSignedOn,
    plannedMoveInOn: a.plannedMoveInOn,
    moveInOn: a.moveInOn,
    withdrawnOn: a.withdrawnOn,
    withdrawalReason: a.withdrawalReason,
    note: a.note,
    version: a.version,
  };
}

/** Writes a change when the version is still the one the user saw; else 409 with what changed. */
function writeAllocationChange(
  ctx: DataContext,
  row: AllocationRow,
  expectedVersion: number,
  values: OptimisticValues<'housing_allocations'>,
): Promise<AllocationRow> {
  return writeOptimisticChange(ctx, {
    table: 'housing_allocations',
    id: row.id,
    expectedVersion,
    values,
    actions: allocationChangeActions,
    current: () => presentAllocation(row),
    reload: () => findAllocationRowById(ctx.tx, ctx.actor, row.id),
  });
}

export async function updateAllocation(
  ctx: DataContext,
  allocationId: string,
  body: UpdateHousingAllocationBody,
): Promise<HousingAllocation> {
  const { row, person } = await loadAllocation(ctx, allocationId);
  authorize(ctx, citizenPolicy.writeHousing, person.root);
  const withdrawnOn = body.withdrawnOn !== undefined ? body.withdrawnOn : row.withdrawnOn;
  if (body.version === row.version) {
    // Checked only when the version is current, so a stale edit is answered with the conflict.
    const dates: AllocationDates = {
      allocatedOn: body.allocatedOn ?? row.allocatedOn,
      leaseSignedOn: body.leaseSignedOn !== undefined ? body.leaseSignedOn : row.leaseSignedOn,
      plannedMoveInOn: body.plannedMoveInOn !== undefined ? body.plannedMoveInOn : row.plannedMoveInOn,
      moveInOn: row.moveInOn,
      withdrawnOn,
    };
    const changed = new Set(
      Object.entries(body)
        .filter(([, value]) => value !== undefined)
        .map(([key]) => key),
    );
    assertAllocationSequence(ctx, dates, changed);
    if (body.partnerId !== undefined && body.partnerId !== row.partnerId) await assertPartner(ctx, body.partnerId);
  }
  const before = presentAllocation(row);
  const after = await writeAllocationChange(ctx, row, body.version, {
    ...(body.address !== undefined ? { address: body.address } : {}),
    ...(body.landlord !== undefined ? { landlord: body.landlord } : {}),
    ...(body.partnerId !== undefined ? { partner_id: body.partnerId } : {}),
    ...(body.monthlyRent !== undefined ? { monthly_rent: body.monthlyRent } : {}),
    ...(body.rooms !== undefined ? { rooms: body.rooms } : {}),
    ...(body.allocatedOn !== undefined ? { allocated_on: body.allocatedOn } : {}),
    ...(body.leaseSignedOn !== undefined ? { lease_signed_on: body.leaseSignedOn } : {}),
    ...(body.plannedMoveInOn !== undefined ? { planned_move_in_on: body.plannedMoveInOn } : {}),
    ...(body.withdrawnOn !== undefined ? { withdrawn_on: body.withdrawnOn } : {}),
    // The reason belongs to a withdrawal: cleared with it.
    ...(body.withdrawalReason !== undefined || withdrawnOn === null
      ? { withdrawal_reason: withdrawnOn === null ? null : (body.withdrawalReason ?? null) }
      : {}),
    ...(body.note !== undefined ? { note: body.note } : {}),
  });
  const presented = presentAllocation(after);
  ctx.describe({
    subjectType: 'housing_allocation',
    subjectId: row.id,
    ...citizenAuditSubject(ctx, person),
    changes: diffChanges(auditView(before), auditView(presented)),
  });
  return presented;
}

export async function recordMoveIn(ctx: DataContext, allocationId: string, body: MoveInBody): Promise<HousingAllocation> {
  const { row, person } = await loadAllocation(ctx, allocationId);
  authorize(ctx, citizenPolicy.writeHousing, person.root);
  if (body.version === row.version) {
    if (row.moveInOn !== null)
      throw new UnprocessableError('move_in_already_recorded', 'moveInOn', { moveInOn: formatDate(ctx.locale, row.moveInOn) });
    if (row.withdrawnOn !== null)
      throw new UnprocessableError('allocation_withdrawn', 'moveInOn', { withdrawnOn: formatDate(ctx.locale, row.withdrawnOn) });
    assertAllocationSequence(ctx, { ...row, moveInOn: body.moveInOn }, new Set(['moveInOn']));
  }
  await writeAllocationChange(ctx, row, body.version, { move_in_on: body.moveInOn });
  const housingPeriodId = await startOwnHome(ctx, person.root.id, row.id, body.moveInOn);
  const after = await findAllocationRowById(ctx.tx, ctx.actor, row.id);
  if (!after) throw new NotFoundError();
  ctx.describe({
    subjectType: 'housing_allocation',
    subjectId: row.id,
    ...citizenAuditSubject(ctx, person),
    changes: { moveInOn: { from: null, to: body.moveInOn }, housingPeriodId, version: { from: row.version, to: after.version } },
  });
  return presentAllocation(after);
}

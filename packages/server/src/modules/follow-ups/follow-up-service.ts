/**
 * Outcome follow-ups 3, 6 and 12 months after the move-in: does the citizen keep the home?
 * Recording that the home was lost puts the citizen back on the homeless list in the same
 * transaction: the housing-period service ends the own-home period and opens the situation the
 * citizen is in now (default 'unknown'), and the follow-up is counted as "returned from housing".
 */
import {
  followUpMilestones,
  type CreateFollowUpBody,
  type FollowUp,
  type FollowUpSchedule,
  type UpdateFollowUpBody,
} from '@hjemvej/contract';
import { addMonths, followUpState, type IsoDate } from '@hjemvej/domain';
import { diffChanges } from '../../audit/audit-event';
import { NotFoundError, UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { requirePerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { findPerson } from '../../course/person-queries';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import { createHousingPeriod } from '../housing-periods/housing-period-service';
import { writeOptimisticChange } from '../versioning/optimistic-update';
import { findAllocationRowById, findAllocationRowsOfPerson } from '../housing-allocations/housing-allocation-queries';
import { findVisibleAllocation } from '../housing-allocations/housing-allocation-service';
import { asOwnAuditEvent, assertNotFuture, readdressed } from '../../course/course-writes';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { findFollowUpById, findFollowUpsOfAllocations, insertFollowUp } from './follow-up-queries';
import { madeBy } from '../../database/record-stamps';

export async function listFollowUps(ctx: DataContext, citizenId: string): Promise<FollowUpSchedule> {
  const person = await requirePerson(ctx, citizenId, { category: 'support' });
  const allocations = (await findAllocationRowsOfPerson(ctx.tx, ctx.actor, person.recordIds)).filter(
    (a): a is typeof a & { moveInOn: IsoDate } => a.moveInOn !== null && a.withdrawnOn === null,
  );
  const followUps = await findFollowUpsOfAllocations(
    ctx.tx,
    ctx.actor,
    allocations.map((a) => a.id),
  );
  const today = todayInDenmark();
  const items = allocations.map((allocation) => {
    const own = followUps.filter((f) => f.housingAllocationId === allocation.id);
    const homeLost = own.some((f) => !f.keepsHome);
    return {
      housingAllocationId: allocation.id,
      address: allocation.address,
      moveInOn: allocation.moveInOn,
      milestones: followUpMilestones.map((milestone) => {
        const dueOn = addMonths(allocation.moveInOn, milestone);
        const followUp = own.find((f) => f.milestone === milestone) ?? null;
        return { milestone, dueOn, state: followUpState(dueOn, followUp !== null, homeLost, today), followUp };
      }),
    };
  });
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { count: followUps.length });
  return { items, returnedFromHousing: followUps.some((f) => f.returnedFromHousing) };
}

export async function createFollowUp(ctx: DataContext, allocationId: string, body: CreateFollowUpBody): Promise<FollowUp> {
  const { row: allocation, person } = await findVisibleAllocation(ctx, allocationId, { forUpdate: true });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const date = (value: IsoDate) => formatDate(ctx.locale, value);
  const moveInOn = allocation.moveInOn;
  if (moveInOn === null) throw new UnprocessableError('follow_up_requires_move_in', 'checkedOn');
  if (body.checkedOn < moveInOn)
    throw new UnprocessableError('follow_up_before_move_in', 'checkedOn', { moveInOn: date(moveInOn) });
  assertNotFuture(body.checkedOn, 'checkedOn');
  const existing = await findFollowUpsOfAllocations(ctx.tx, ctx.actor, [allocation.id]);
  if (existing.some((f) => f.milestone === body.milestone))
    throw new UnprocessableError('follow_up_exists', 'milestone', { milestone: body.milestone });
  const lost = existing.find((f) => !f.keepsHome);
  if (lost?.lostHomeOn) throw new UnprocessableError('home_already_lost', 'keepsHome', { lostHomeOn: date(lost.lostHomeOn) });

  let lostHomeOn: IsoDate | null = null;
  let returnedHousingPeriodId: string | null = null;
  if (!body.keepsHome) {
    lostHomeOn = body.lostHomeOn ?? body.checkedOn;
    if (lostHomeOn < moveInOn)
      throw new UnprocessableError('lost_home_before_move_in', 'lostHomeOn', { moveInOn: date(moveInOn) });
    if (lostHomeOn > body.checkedOn)
      throw new UnprocessableError('lost_home_after_check', 'lostHomeOn', { checkedOn: date(body.checkedOn) });
    try {
      const period = await createHousingPeriod(asOwnAuditEvent(ctx, 'housing_period.create'), person.root.id, {
        category: body.returnCategory ?? 'unknown',
        fromDate: lostHomeOn,
        toDate: null,
        note: `Mistet boligen ${allocation.address} (opfølgning efter ${body.milestone} måneder)`,
      });
      returnedHousingPeriodId = period.id;
    } catch (error) {
      throw readdressed(error, 'lostHomeOn');
    }
  }
  const id = await insertFollowUp(ctx.tx, {
    citizen_id: person.root.id,
    housing_allocation_id: allocation.id,
    milestone: body.milestone,
    checked_on: body.checkedOn,
    keeps_home: body.keepsHome,
    lost_home_on: lostHomeOn,
    returned_from_housing: !body.keepsHome,
    returned_housing_period_id: returnedHousingPeriodId,
    note: body.note ?? null,
    ...madeBy(ctx.actor.userId),
  });
  const created = requireFound(await findFollowUpById(ctx.tx, ctx.actor, id));
  describeCitizenRecord(ctx, person, 'follow_up', id, {
    housingAllocationId: allocation.id,
    milestone: body.milestone,
    checkedOn: body.checkedOn,
    keepsHome: body.keepsHome,
    ...(body.keepsHome
      ? {}
      : {
          lostHomeOn,
          returnedFromHousing: true,
          returnCategory: body.returnCategory ?? 'unknown',
          housingPeriodId: returnedHousingPeriodId,
        }),
  });
  return created;
}

export async function updateFollowUp(ctx: DataContext, followUpId: string, body: UpdateFollowUpBody): Promise<FollowUp> {
  const before = requireFound(await findFollowUpById(ctx.tx, ctx.actor, followUpId));
  const person = await findPerson(ctx.tx, ctx.actor, before.citizenId, { forUpdate: true });
  const allocation = await findAllocationRowById(ctx.tx, ctx.actor, before.housingAllocationId);
  if (!person || !allocation) throw new NotFoundError();
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  if (body.version === before.version && body.checkedOn !== undefined && body.checkedOn !== before.checkedOn) {
    const date = (value: IsoDate) => formatDate(ctx.locale, value);
    if (allocation.moveInOn !== null && body.checkedOn < allocation.moveInOn)
      throw new UnprocessableError('follow_up_before_move_in', 'checkedOn', { moveInOn: date(allocation.moveInOn) });
    if (before.lostHomeOn !== null && body.checkedOn < before.lostHomeOn)
      throw new UnprocessableError('lost_home_after_check', 'checkedOn', { checkedOn: date(body.checkedOn) });
    assertNotFuture(body.checkedOn, 'checkedOn');
  }
  const after = await writeOptimisticChange(ctx, {
    table: 'outcome_follow_ups',
    id: followUpId,
    expectedVersion: body.version,
    values: {
      ...(body.checkedOn !== undefined ? { checked_on: body.checkedOn } : {}),
      ...(body.note !== undefined ? { note: body.note } : {}),
    },
    actions: ['follow_up.update'],
    current: () => before,
    reload: () => findFollowUpById(ctx.tx, ctx.actor, followUpId),
  });
  const pick = (f: FollowUp) => ({ checkedOn: f.checkedOn, note: f.note, version: f.version });
  describeCitizenRecord(ctx, person, 'follow_up', followUpId, diffChanges(pick(before), pick(after)));
  return after;
}

/**
 * The partner's consented view reads records of citizens who are outside every citizen scope
 * a partner has (`citizen-scope.ts` gives partners nothing). These reads are therefore named
 * `unsafe…`: each is called ONLY by partner-view-service after `findValidConsentsForPartner`
 * found a consent valid today for the category the read belongs to, and each selects only the
 * fields the sharing rules list for that category.
 */
import type { Transaction } from 'kysely';
import { lifeAreas, type IsoDate, type LifeArea } from '@hjemvej/domain';
import type { Database } from '../../database/schema';

type Tx = Transaction<Database>;

export async function unsafeFindCitizenForPartner(tx: Tx, rootId: string) {
  return tx
    .selectFrom('citizens')
    .select(['id', 'first_name as firstName', 'last_name as lastName', 'alias', 'birth_date as birthDate', 'phone', 'email'])
    .where('id', '=', rootId)
    .executeTakeFirst();
}

export async function unsafeFindHousingNow(tx: Tx, recordIds: readonly string[], today: IsoDate) {
  return (
    (await tx
      .selectFrom('housing_periods')
      .select(['category', 'from_date as fromDate'])
      .where('citizen_id', 'in', [...recordIds])
      .where('from_date', '<=', today)
      .where((eb) => eb.or([eb('to_date', 'is', null), eb('to_date', '>=', today)]))
      .orderBy('from_date', 'desc')
      .executeTakeFirst()) ?? null
  );
}

export async function unsafeFindAllocationsForPartner(tx: Tx, recordIds: readonly string[]) {
  return tx
    .selectFrom('housing_allocations')
    .select(['address', 'allocated_on as allocatedOn', 'planned_move_in_on as plannedMoveInOn', 'move_in_on as moveInOn'])
    .where('citizen_id', 'in', [...recordIds])
    .where('withdrawn_on', 'is', null)
    .orderBy('allocated_on', 'desc')
    .execute();
}

/** The goals (life area and goal only, no notes) and wishes of the plan in force today. */
export async function unsafeFindPlanGoalsForPartner(
  tx: Tx,
  recordIds: readonly string[],
  today: IsoDate,
): Promise<{ goals: { lifeArea: LifeArea; goal: string }[]; citizenWishes: string | null }> {
  const plan = await tx
    .selectFrom('plans')
    .select(['content'])
    .where('citizen_id', 'in', [...recordIds])
    .where('made_on', '<=', today)
    .where((eb) => eb.or([eb('ended_on', 'is', null), eb('ended_on', '>=', today)]))
    .orderBy('made_on', 'desc')
    .executeTakeFirst();
  if (!plan || typeof plan.content !== 'object' || plan.content === null) return { goals: [], citizenWishes: null };
  const content = plan.content as { goals?: unknown; citizenWishes?: unknown };
  const goals = Array.isArray(content.goals)
    ? content.goals.flatMap((g: unknown) => {
        if (typeof g !== 'object' || g === null) return [];
        const { lifeArea, goal } = g as { lifeArea?: unknown; goal?: unknown };
        const area = lifeAreas.find((a) => a === lifeArea);
        return area && typeof goal === 'string' ? [{ lifeArea: area, goal }] : [];
      })
    : [];
  return { goals, citizenWishes: typeof content.citizenWishes === 'string' ? content.citizenWishes : null };
}

export async function unsafeFindSupportForPartner(tx: Tx, recordIds: readonly string[]) {
  return tx
    .selectFrom('support_courses as sc')
    .leftJoin('units as u', 'u.id', 'sc.team_unit_id')
    .select(['sc.method', 'u.name as teamName', 'sc.started_on as startedOn', 'sc.ended_on as endedOn'])
    .where('sc.citizen_id', 'in', [...recordIds])
    .orderBy('sc.started_on', 'desc')
    .execute();
}

/** Meetings: when, title, and the decisions with their owner unit; never notes or participants. */
export async function unsafeFindMeetingsForPartner(tx: Tx, recordIds: readonly string[]) {
  const meetings = await tx
    .selectFrom('network_meetings')
    .select(['id', 'held_at as heldAt', 'title'])
    .where('citizen_id', 'in', [...recordIds])
    .orderBy('held_at', 'desc')
    .execute();
  if (meetings.length === 0) return [];
  const decisions = await tx
    .selectFrom('network_meeting_decisions as d')
    .innerJoin('units as u', 'u.id', 'd.owner_unit_id')
    .select(['d.meeting_id as meetingId', 'd.text', 'u.name as ownerUnitName', 'd.due_on as dueOn'])
    .where(
      'd.meeting_id',
      'in',
      meetings.map((m) => m.id),
    )
    .orderBy('d.created_at')
    .execute();
  return meetings.map((m) => ({
    heldAt: m.heldAt.toISOString(),
    title: m.title,
    decisions: decisions.filter((d) => d.meetingId === m.id).map(({ meetingId: _, ...d }) => d),
  }));
}

/**
 * The housing situation over time: periods may follow each other but never overlap, so the
 * situation on any day (and today) is always one period or none. Adding a period while an
 * open-ended one runs closes that one on the new period's first day (a move).
 */
import type { CreateHousingPeriodBody, HousingPeriod, UpdateHousingPeriodBody } from '@hjemvej/contract';
import {
  currentHomelessSpell,
  housingCategoryLabelDa,
  situationAt,
  validateHousingPeriods,
  type HousingPeriod as DomainHousingPeriod,
  type IsoDate,
} from '@hjemvej/domain';
import { diffChanges } from '../../audit/audit-event';
import { UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson } from '../../course/person-reads';
import type { Person } from '../../course/person-queries';
import { describeCitizenRecord } from '../../course/citizen-audit';
import { formatDate, todayInDenmark } from '../../calendar/danish-time';
import {
  findHousingPeriodById,
  findHousingPeriodsOfPerson,
  insertHousingPeriod,
  updateHousingPeriodRow,
} from './housing-period-queries';

export interface HousingSituation {
  current: HousingPeriod | null;
  homelessSince: IsoDate | null;
  homelessDays: number | null;
}

const asDomain = (p: Pick<HousingPeriod, 'category' | 'fromDate' | 'toDate'>): DomainHousingPeriod => ({
  category: p.category,
  from: p.fromDate,
  to: p.toDate,
});

/**
 * The situation today. Periods of one record never overlap; periods of two linked duplicates
 * might (each was recorded on its own), and then the surviving record's own periods decide.
 */
export function housingSituationOf(periods: readonly HousingPeriod[], rootId: string, today: IsoDate): HousingSituation {
  let usable = periods;
  if (validateHousingPeriods(usable.map(asDomain)).length > 0) usable = periods.filter((p) => p.citizenId === rootId);
  if (validateHousingPeriods(usable.map(asDomain)).length > 0) return { current: null, homelessSince: null, homelessDays: null };
  const domainPeriods = usable.map(asDomain);
  const current = situationAt(domainPeriods, today);
  const spell = currentHomelessSpell(domainPeriods, today);
  return {
    current: current
      ? (usable.find((p) => p.fromDate === current.from && p.category === current.category && p.toDate === current.to) ?? null)
      : null,
    homelessSince: spell?.since ?? null,
    homelessDays: spell?.days ?? null,
  };
}

export async function listHousingPeriods(ctx: DataContext, citizenId: string) {
  const person = await requirePerson(ctx, citizenId, { category: 'housing' });
  const items = await readRowsOfPerson(ctx, person, findHousingPeriodsOfPerson);
  return { items, ...housingSituationOf(items, person.root.id, todayInDenmark()) };
}

interface Candidate {
  readonly id: string | null;
  readonly category: HousingPeriod['category'];
  readonly fromDate: IsoDate;
  readonly toDate: IsoDate | null;
}

function assertDates(candidate: Candidate): void {
  if (candidate.toDate !== null && candidate.toDate < candidate.fromDate)
    throw new UnprocessableError('housing_period_ends_before_start', 'toDate');
  if (candidate.fromDate > todayInDenmark()) throw new UnprocessableError('date_in_future', 'fromDate');
}

/** Refuses the candidate when it overlaps any of `others`, naming the other period. */
function assertNoOverlap(ctx: DataContext, candidate: Candidate, others: readonly Candidate[]): void {
  const all = [candidate, ...others];
  const issue = validateHousingPeriods(all.map(asDomain)).find(
    (i) => i.code === 'period_overlap' && (i.index === 0 || i.otherIndex === 0),
  );
  if (!issue || issue.code !== 'period_overlap') return;
  const other = all[issue.index === 0 ? issue.otherIndex : issue.index];
  if (!other) return;
  const field = other.fromDate <= candidate.fromDate ? 'fromDate' : 'toDate';
  throw new UnprocessableError('housing_period_overlap', field, {
    category: ctx.locale === 'da' ? housingCategoryLabelDa(other.category) : other.category,
    from: formatDate(ctx.locale, other.fromDate),
    to: other.toDate === null ? (ctx.locale === 'da' ? 'nu' : 'now') : formatDate(ctx.locale, other.toDate),
  });
}

async function lockedPerson(ctx: DataContext, citizenId: string): Promise<Person> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: 'housing' });
  return person;
}

export async function createHousingPeriod(
  ctx: DataContext,
  citizenId: string,
  body: CreateHousingPeriodBody,
): Promise<HousingPeriod> {
  const person = await lockedPerson(ctx, citizenId);
  const candidate: Candidate = { id: null, category: body.category, fromDate: body.fromDate, toDate: body.toDate ?? null };
  assertDates(candidate);
  const existing = await findHousingPeriodsOfPerson(ctx.tx, ctx.actor, person.recordIds);
  // A move: when the new situation is open-ended, the open-ended period that began before it
  // ends where it begins.
  const toClose =
    candidate.toDate === null ? (existing.find((p) => p.toDate === null && p.fromDate < candidate.fromDate) ?? null) : null;
  const others: Candidate[] = existing.map((p) => (p.id === toClose?.id ? { ...p, toDate: candidate.fromDate } : p));
  assertNoOverlap(ctx, candidate, others);
  if (toClose) {
    await updateHousingPeriodRow(ctx.tx, toClose.id, { to_date: candidate.fromDate, updated_at: new Date() });
  }
  const { id } = await insertHousingPeriod(ctx.tx, {
    citizen_id: person.root.id,
    category: body.category,
    from_date: body.fromDate,
    to_date: body.toDate ?? null,
    note: body.note ?? null,
    created_by_user_id: ctx.actor.userId,
  });
  const created = requireFound(await findHousingPeriodById(ctx.tx, ctx.actor, id));
  describeCitizenRecord(ctx, person, 'housing_period', id, {
    category: body.category,
    fromDate: body.fromDate,
    toDate: body.toDate ?? null,
    ...(toClose ? { closedPeriodId: toClose.id } : {}),
  });
  return created;
}

export async function updateHousingPeriod(
  ctx: DataContext,
  periodId: string,
  body: UpdateHousingPeriodBody,
): Promise<HousingPeriod> {
  const before = requireFound(await findHousingPeriodById(ctx.tx, ctx.actor, periodId));
  const person = await lockedPerson(ctx, before.citizenId);
  const candidate: Candidate = {
    id: before.id,
    category: body.category ?? before.category,
    fromDate: body.fromDate ?? before.fromDate,
    toDate: body.toDate !== undefined ? body.toDate : before.toDate,
  };
  assertDates(candidate);
  const others = (await findHousingPeriodsOfPerson(ctx.tx, ctx.actor, person.recordIds)).filter((p) => p.id !== before.id);
  assertNoOverlap(ctx, candidate, others);
  await updateHousingPeriodRow(ctx.tx, periodId, {
    category: candidate.category,
    from_date: candidate.fromDate,
    to_date: candidate.toDate,
    ...(body.note !== undefined ? { note: body.note } : {}),
    updated_at: new Date(),
  });
  const after = requireFound(await findHousingPeriodById(ctx.tx, ctx.actor, periodId));
  const pick = (p: HousingPeriod) => ({ category: p.category, fromDate: p.fromDate, toDate: p.toDate, note: p.note });
  describeCitizenRecord(ctx, person, 'housing_period', periodId, diffChanges(pick(before), pick(after)));
  return after;
}

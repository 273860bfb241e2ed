import type { Agreement, MeasureFigure } from '@hjemvej/contract';

/** One of the leader's few figures on the start page, opening onto the page it comes from. */
export interface LeaderFigure {
  readonly key: 'homelessNow' | 'housedThisMonth' | 'leadTime' | 'overdueTasks' | 'agreementsDue';
  /** Null when there is nothing to measure yet (e.g. no one moved in, so no median). */
  readonly value: number | null;
  readonly path: string;
}

/** What the figures are read from; a source the leader may not open is left out (undefined). */
export interface LeaderFigureSources {
  /** The by-name list's count: citizens homeless now. */
  readonly byNameTotal?: number;
  /** K1 over this month so far: who moved in (members) — the lead time's cohort. */
  readonly monthLeadTime?: MeasureFigure;
  /** K1 over the last twelve months, as the dashboard opens: its median lead time. */
  readonly yearLeadTime?: MeasureFigure;
  /** Open tasks past their deadline in the leader's units. */
  readonly overdueTasks?: number;
  readonly agreements?: readonly Agreement[];
}

/**
 * The few figures that matter to a leader (homeless now, housed this month, lead time, overdue
 * tasks, agreements to revisit), in that order, each with the page it opens onto. Pure, so the
 * choice of figures is tested without a server.
 */
export function leaderFigures(sources: LeaderFigureSources): LeaderFigure[] {
  const figures: LeaderFigure[] = [];
  if (sources.byNameTotal !== undefined) figures.push({ key: 'homelessNow', value: sources.byNameTotal, path: '/by-name-list' });
  if (sources.monthLeadTime)
    figures.push({ key: 'housedThisMonth', value: sources.monthLeadTime.period.members, path: '/key-figures' });
  if (sources.yearLeadTime) figures.push({ key: 'leadTime', value: sources.yearLeadTime.period.median, path: '/key-figures' });
  if (sources.overdueTasks !== undefined) figures.push({ key: 'overdueTasks', value: sources.overdueTasks, path: '/oversight' });
  if (sources.agreements) {
    const due = sources.agreements.filter((agreement) => agreement.reminders.some((reminder) => reminder.kind === 'revisit_due'));
    figures.push({ key: 'agreementsDue', value: due.length, path: '/agreements' });
  }
  return figures;
}

/** The first day of the month of an ISO date. */
export function monthStart(today: string): string {
  return `${today.slice(0, 7)}-01`;
}

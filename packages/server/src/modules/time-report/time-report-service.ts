/**
 * "Where time goes": for a period, the lead time from first contact to move-in (median, 75th
 * percentile, share within the municipality's goal), and the time tasks waited in each
 * flowcard step and each unit, so leaders see the bottleneck; each bar opens the people
 * behind it (scoped like every other list of citizens).
 */
import { daysBetween, summariseLeadTimes } from '@hjemvej/domain';
import type { TimeReport, TimeReportCitizens, TimeReportCitizensQuery, TimeReportQuery } from '@hjemvej/contract';
import { UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { todayInDenmark } from '../../calendar/danish-time';
import {
  findBarLabel,
  findLeadTimes,
  findOfferStepBars,
  findOfferStepPeople,
  findWaitBarPeople,
  findWaitBars,
  offerSteps,
  type OfferStep,
  type WaitBarFilter,
} from './time-report-queries';

const maxPeriodDays = 731;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const manualLabel = { da: 'Opgaver oprettet i hånden', en: 'Tasks created by hand' } as const;
const leadTimeLabel = { da: 'Fra første kontakt til indflytning', en: 'From first contact to move-in' } as const;
const offerContext = { da: 'Boligtilbud', en: 'Housing offers' } as const;
const offerStepLabels: Readonly<Record<OfferStep, { readonly da: string; readonly en: string }>> = {
  answer: { da: 'Fra tilbud til svar', en: 'From offer to answer' },
  lease: { da: 'Fra accept til lejekontrakt', en: 'From acceptance to lease' },
  move_in: { da: 'Fra lejekontrakt til indflytning', en: 'From lease to move-in' },
};

function assertPeriod(query: TimeReportQuery): void {
  if (query.to < query.from) throw new UnprocessableError('time_report_period_reversed', 'to');
  if (daysBetween(query.from, query.to) > maxPeriodDays)
    throw new UnprocessableError('time_report_period_too_long', 'to', { days: maxPeriodDays });
}

async function goalDaysOf(ctx: DataContext): Promise<number> {
  return (await findCollaborationSettings(ctx.tx, ctx.actor.organisationId)).housingGoalDays;
}

const round1 = (n: number) => Math.round(n * 10) / 10;

export async function getTimeReport(ctx: DataContext, query: TimeReportQuery): Promise<TimeReport> {
  assertPeriod(query);
  const goalDays = await goalDaysOf(ctx);
  const leadTimes = await findLeadTimes(ctx.tx, ctx.actor, query.from, query.to);
  const bars = await findWaitBars(ctx.tx, ctx.actor, query.from, query.to, new Date());
  const offerBars = await findOfferStepBars(ctx.tx, ctx.actor, query.from, query.to, todayInDenmark());
  const present = (r: (typeof bars.steps)[number]) => ({
    ...r,
    label: r.key === 'manual' ? manualLabel[ctx.locale] : r.label,
    meanDays: round1(r.meanDays),
    medianDays: round1(r.medianDays),
    totalDays: round1(r.totalDays),
  });
  ctx.describe({
    subjectType: 'time_report',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { from: query.from, to: query.to, people: leadTimes.length },
  });
  return {
    from: query.from,
    to: query.to,
    goalDays,
    leadTime: summariseLeadTimes(
      leadTimes.map((r) => r.days),
      goalDays,
    ),
    steps: bars.steps.map(present),
    units: bars.units.map(present),
    // The offer steps, in their order (not by length): where a home waits between offer and move-in.
    offerSteps: offerBars.map(({ step, ...r }) =>
      present({ ...r, key: `offer:${step}`, label: offerStepLabels[step][ctx.locale], context: offerContext[ctx.locale] }),
    ),
  };
}

function parseBar(bar: string): WaitBarFilter | 'lead_time' | { readonly kind: 'offer'; readonly step: OfferStep } | null {
  if (bar === 'lead_time') return 'lead_time';
  const offerStep = offerSteps.find((step) => bar === `offer:${step}`);
  if (offerStep !== undefined) return { kind: 'offer', step: offerStep };
  if (bar === 'manual') return { kind: 'manual' };
  const [kind, id, ...rest] = bar.split(':');
  if (!id || !uuidPattern.test(id)) return null;
  if (kind === 'unit' && rest.length === 0) return { kind: 'unit', unitId: id };
  if (kind === 'step' && rest.length > 0) return { kind: 'step', flowcardId: id, stepKey: rest.join(':') };
  return null;
}

export async function getTimeReportCitizens(ctx: DataContext, query: TimeReportCitizensQuery): Promise<TimeReportCitizens> {
  assertPeriod(query);
  const bar = parseBar(query.bar);
  if (bar === null) throw new UnprocessableError('time_report_bar_unknown', 'bar');
  let label: string;
  let items: TimeReportCitizens['items'];
  if (bar === 'lead_time') {
    label = leadTimeLabel[ctx.locale];
    const rows = await findLeadTimes(ctx.tx, ctx.actor, query.from, query.to);
    items = rows.map((r) => ({
      id: r.personId,
      firstName: r.firstName,
      lastName: r.lastName,
      alias: r.alias,
      days: r.days,
      isOpen: false,
    }));
  } else if (bar.kind === 'offer') {
    label = `${offerContext[ctx.locale]}: ${offerStepLabels[bar.step][ctx.locale]}`;
    const rows = await findOfferStepPeople(ctx.tx, ctx.actor, query.from, query.to, todayInDenmark(), bar.step);
    items = rows.map((r) => ({
      id: r.personId,
      firstName: r.firstName,
      lastName: r.lastName,
      alias: r.alias,
      days: round1(r.days),
      isOpen: r.isOpen,
    }));
  } else {
    const found = await findBarLabel(ctx.tx, ctx.actor, bar);
    if (found === null) throw new UnprocessableError('time_report_bar_unknown', 'bar');
    label = bar.kind === 'manual' ? manualLabel[ctx.locale] : found;
    const rows = await findWaitBarPeople(ctx.tx, ctx.actor, query.from, query.to, new Date(), bar);
    items = rows.map((r) => ({
      id: r.personId,
      firstName: r.firstName,
      lastName: r.lastName,
      alias: r.alias,
      days: round1(r.days),
      isOpen: r.isOpen,
    }));
  }
  ctx.describe({
    subjectType: 'time_report',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { from: query.from, to: query.to, bar: query.bar, citizenIds: items.map((i) => i.id) },
  });
  return { bar: query.bar, label, items };
}

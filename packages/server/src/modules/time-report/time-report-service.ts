/**
 * "Where time goes": for a period, the lead time from first contact to move-in (median, 75th
 * percentile, share within the municipality's goal), and the time tasks waited in each
 * flowcard step and each unit, so leaders see the bottleneck; each bar opens the people
 * behind it (scoped like every other list of citizens).
 */
import {
  compareWithLegalDeadline,
  daysBetween,
  formatParagraphDa,
  legalDeadlineOfSignal,
  summariseLeadTimes,
  type FlowcardCourseSignal,
} from '@hjemvej/domain';
import type {
  TimeReport,
  TimeReportCitizens,
  TimeReportCitizensQuery,
  TimeReportLegalDeadline,
  TimeReportQuery,
} from '@hjemvej/contract';
import { UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { findCollaborationSettings } from '../collaboration-settings/collaboration-settings-queries';
import { todayInDenmark } from '../../calendar/danish-time';
import {
  findBarLabel,
  findLeadTimes,
  findOfferStepBars,
  findOfferStepPeople,
  findStepSignals,
  findWaitBarPeople,
  findWaitBars,
  offerSteps,
  type OfferStep,
  type WaitBarFilter,
  type WaitBarRow,
} from './time-report-queries';

const maxPeriodDays = 731;
const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The bar of a unit's tasks made by hand under a title used once (the unit is its context). */
const manualLabel = { da: 'Øvrige opgaver oprettet i hånden', en: 'Other tasks created by hand' } as const;
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

const stepKeyPattern = /^step:([^:]+):(.+)$/;

/** The legal deadline of a flowcard step's bar (none for other bars), from the domain's rules. */
function legalDeadlineOf(
  bar: Pick<WaitBarRow, 'key' | 'meanDays' | 'medianDays'>,
  signals: ReadonlyMap<string, FlowcardCourseSignal | null>,
): TimeReportLegalDeadline | null {
  const match = stepKeyPattern.exec(bar.key);
  const deadline = match ? legalDeadlineOfSignal(signals.get(`${match[1]}:${match[2]}`) ?? null) : null;
  if (!deadline) return null;
  return {
    days: deadline.days,
    kind: deadline.kind,
    law: deadline.source.lawName,
    paragraph: formatParagraphDa(deadline.source),
    ...compareWithLegalDeadline(deadline, { meanDays: round1(bar.meanDays), medianDays: round1(bar.medianDays) }),
  };
}

export async function getTimeReport(ctx: DataContext, query: TimeReportQuery): Promise<TimeReport> {
  assertPeriod(query);
  const goalDays = await goalDaysOf(ctx);
  const leadTimes = await findLeadTimes(ctx.tx, ctx.actor, query.from, query.to);
  const bars = await findWaitBars(ctx.tx, ctx.actor, query.from, query.to, new Date());
  const offerBars = await findOfferStepBars(ctx.tx, ctx.actor, query.from, query.to, todayInDenmark());
  const flowcardIds = [...new Set(bars.steps.flatMap((bar) => stepKeyPattern.exec(bar.key)?.[1] ?? []))];
  const signals = await findStepSignals(ctx.tx, flowcardIds);
  const present = (r: WaitBarRow) => ({
    ...r,
    label: r.label ?? manualLabel[ctx.locale],
    meanDays: round1(r.meanDays),
    medianDays: round1(r.medianDays),
    totalDays: round1(r.totalDays),
    legalDeadline: legalDeadlineOf(r, signals),
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
  const manualTitle = /^manual:title:(.+)$/.exec(bar)?.[1];
  if (manualTitle !== undefined) return { kind: 'manual_title', titleKey: manualTitle };
  const manualUnit = /^manual:unit:(.+)$/.exec(bar)?.[1];
  if (manualUnit !== undefined) return uuidPattern.test(manualUnit) ? { kind: 'manual_unit', unitId: manualUnit } : null;
  const [kind, id, ...rest] = bar.split(':');
  if (!id || !uuidPattern.test(id)) return null;
  if (kind === 'unit' && rest.length === 0) return { kind: 'unit', unitId: id };
  if (kind === 'step' && rest.length > 0) return { kind: 'step', flowcardId: id, stepKey: rest.join(':') };
  return null;
}

type PersonOnBar = TimeReportCitizens['items'][number];

/** A person on an offer or wait bar as the list shows them: the days to one decimal, open while still waiting. */
function personOnBar(r: Omit<PersonOnBar, 'id'> & { readonly personId: string }): PersonOnBar {
  return { id: r.personId, firstName: r.firstName, lastName: r.lastName, alias: r.alias, days: round1(r.days), isOpen: r.isOpen };
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
    items = rows.map(personOnBar);
  } else {
    const found = await findBarLabel(ctx.tx, ctx.actor, bar);
    if (found === null) throw new UnprocessableError('time_report_bar_unknown', 'bar');
    label = bar.kind === 'manual_unit' ? `${manualLabel[ctx.locale]}: ${found}` : found;
    const rows = await findWaitBarPeople(ctx.tx, ctx.actor, query.from, query.to, new Date(), bar);
    items = rows.map(personOnBar);
  }
  ctx.describe({
    subjectType: 'time_report',
    dataOrganisationId: ctx.actor.organisationId,
    changes: { from: query.from, to: query.to, bar: query.bar, citizenIds: items.map((i) => i.id) },
  });
  return { bar: query.bar, label, items };
}

/**
 * From facts about the municipality's support courses and their citizens to one method's
 * counts for one period (the status report's input, `status-report.ts`). Pure: the server reads
 * the facts (scoped to the municipality's handlekommune citizens) and passes them here.
 *
 * Conventions: a course is "in" a period when it runs on some day of it (started on or before
 * the last day, not ended before the first); "active at the end" when it has not ended by the
 * period's last day; a housing period covers [from, to) as in `citizen/housing-situation.ts`.
 */
import { type IsoDate } from '../calendar/iso-date';
import { type HousingCategory, isHomeless } from '../citizen/housing-situation';
import { type LegalSex } from '../citizen/cpr';
import { type SupportMethod } from '../course/snapshot';
import { type VumArea } from '../course/vum';
import { ageBandOn } from '../key-figures/summarise';
import { type CourseEndReason } from '../key-figures/timeline';
import {
  emptyMethodPeriodCounts,
  type MethodPeriodCounts,
  type ReportContactKind,
  type ReportCtiPhase,
  type ReportHousingGroup,
  type ReportPeriod,
  type RetentionHorizon,
  type ShareCounts,
} from './status-report';

export interface ReportCourseFact {
  readonly id: string;
  readonly personId: string;
  readonly method: SupportMethod;
  readonly teamUnitId: string;
  readonly workerUserId: string | null;
  readonly startedOn: IsoDate;
  readonly endedOn: IsoDate | null;
  readonly endReason: CourseEndReason | null;
  readonly hasDecision: boolean;
  readonly phases: readonly { readonly phase: 1 | 2 | 3; readonly startedOn: IsoDate }[];
}

export interface ReportPersonFact {
  readonly personId: string;
  readonly birthDate: IsoDate | null;
  readonly sex: LegalSex | null;
  readonly housing: readonly { readonly category: HousingCategory; readonly from: IsoDate; readonly to: IsoDate | null }[];
  /** § 141 handleplans. */
  readonly plans: readonly { readonly madeOn: IsoDate; readonly endedOn: IsoDate | null }[];
  /** VUM 2.0 assessments with the areas found severely or completely reduced. */
  readonly assessments: readonly { readonly assessedOn: IsoDate; readonly severeAreas: readonly VumArea[] }[];
}

export interface ReportDecisionFact {
  readonly method: SupportMethod;
  readonly outcome: 'granted' | 'refused';
  readonly decidedOn: IsoDate;
}

export interface ReportFacts {
  readonly courses: readonly ReportCourseFact[];
  readonly people: ReadonlyMap<string, ReportPersonFact>;
  readonly decisions: readonly ReportDecisionFact[];
}

export function housingGroupOf(category: HousingCategory | null): ReportHousingGroup {
  if (category === null || category === 'unknown') return 'unknown';
  if (category === 'own_home_with_lease') return 'own_home';
  if (category === 'residential_offer_107_108') return 'residential_offer';
  if (category === 'shelter_110') return 'shelter_110';
  return isHomeless(category) ? 'other_homeless' : 'unknown';
}

function housingOn(person: ReportPersonFact | undefined, day: IsoDate): ReportHousingGroup {
  const period = person?.housing.find((h) => h.from <= day && (h.to === null || h.to > day));
  return housingGroupOf(period?.category ?? null);
}

const inPeriod = (day: IsoDate | null, p: ReportPeriod) => day !== null && day >= p.from && day <= p.to;
const runsIn = (c: ReportCourseFact, p: ReportPeriod) => c.startedOn <= p.to && (c.endedOn === null || c.endedOn >= p.from);
const activeAtEnd = (c: ReportCourseFact, p: ReportPeriod) => c.startedOn <= p.to && (c.endedOn === null || c.endedOn > p.to);

function ctiPhaseOn(course: ReportCourseFact, day: IsoDate): ReportCtiPhase {
  const started = course.phases.filter((ph) => ph.startedOn <= day).map((ph) => ph.phase);
  if (started.length === 0) return 'none';
  return `phase_${Math.max(...started)}` as ReportCtiPhase;
}

const increment = <K extends string>(record: Partial<Record<K, number>>, key: K) => {
  record[key] = (record[key] ?? 0) + 1;
};

/**
 * One method's counts for one period. `contacts` (registered contacts by kind) and `retention`
 * (K3 for the method) come already counted: the server counts contacts in SQL and takes
 * retention from the key figures' member rows.
 */
export function countMethodPeriod(
  facts: ReportFacts,
  method: SupportMethod,
  period: ReportPeriod,
  counted: {
    readonly contacts: Readonly<Partial<Record<ReportContactKind, number>>>;
    readonly retention: Readonly<Record<RetentionHorizon, ShareCounts>>;
  },
): MethodPeriodCounts {
  const base = emptyMethodPeriodCounts();
  const courses = facts.courses.filter((c) => c.method === method);
  const running = courses.filter((c) => runsIn(c, period));
  const atEnd = courses.filter((c) => activeAtEnd(c, period));
  const started = courses.filter((c) => inPeriod(c.startedOn, period));
  const ended = courses.filter((c) => inPeriod(c.endedOn, period));
  const personIds = [...new Set(running.map((c) => c.personId))];
  const people = personIds.map((id) => facts.people.get(id));

  const housingAtStart: Record<ReportHousingGroup, number> = { ...base.housingAtStart };
  for (const c of started) increment(housingAtStart, housingOn(facts.people.get(c.personId), c.startedOn));
  const housingAtEnd: Record<ReportHousingGroup, number> = { ...base.housingAtEnd };
  for (const c of atEnd) increment(housingAtEnd, housingOn(facts.people.get(c.personId), period.to));

  const sex = { ...base.sex };
  const ageBands = { ...base.ageBands };
  let assessed = 0;
  const severeAreas: Partial<Record<VumArea, number>> = {};
  for (const person of people) {
    increment(sex, person?.sex ?? 'unknown');
    increment(ageBands, ageBandOn(person?.birthDate ?? null, period.to) ?? 'unknown');
    const latest = (person?.assessments ?? [])
      .filter((a) => a.assessedOn <= period.to)
      .reduce<ReportPersonFact['assessments'][number] | null>(
        (a, b) => (a === null || b.assessedOn >= a.assessedOn ? b : a),
        null,
      );
    if (latest) {
      assessed += 1;
      for (const area of new Set(latest.severeAreas)) increment(severeAreas, area);
    }
  }

  const endReasons: Partial<Record<CourseEndReason, number>> = {};
  for (const c of ended) increment(endReasons, c.endReason ?? 'other');

  const hasPlanOn = (personId: string, day: IsoDate) =>
    (facts.people.get(personId)?.plans ?? []).some((p) => p.madeOn <= day && (p.endedOn === null || p.endedOn > day));
  const ctiPhaseAtEnd = { ...base.ctiPhaseAtEnd };
  if (method === 'cti') for (const c of atEnd) increment(ctiPhaseAtEnd, ctiPhaseOn(c, period.to));

  const decisions = facts.decisions.filter((d) => d.method === method && inPeriod(d.decidedOn, period));
  return {
    ...base,
    activeAtEnd: atEnd.length,
    started: started.length,
    ended: ended.length,
    citizens: personIds.length,
    teams: new Set(running.map((c) => c.teamUnitId)).size,
    workers: new Set(running.map((c) => c.workerUserId).filter((w) => w !== null)).size,
    decisionsGranted: decisions.filter((d) => d.outcome === 'granted').length,
    decisionsRefused: decisions.filter((d) => d.outcome === 'refused').length,
    housingAtStart,
    housingAtEnd,
    sex,
    ageBands,
    assessed,
    severeAreas,
    endReasons,
    withPlan: atEnd.filter((c) => hasPlanOn(c.personId, period.to)).length,
    withDecision: atEnd.filter((c) => c.hasDecision).length,
    contacts: { ...base.contacts, ...counted.contacts },
    ctiPhaseAtEnd,
    retention: counted.retention,
  };
}

/**
 * Method fidelity (K14) from fidelity measurements: the rules that check a measurement's answers
 * against its instruments, score it per core element as % of full fidelity (as the Danish
 * reports do: "100 pct. betyder fuld trofasthed", next-wave §C.1), and compute K14 — per team
 * (and so per method) the latest measurement's score per core element with the previous one
 * beside it as the trend. Pure: the server loads the measurements, this decides.
 */
import { addMonths, type IsoDate } from '../calendar/iso-date';
import type { SupportMethod } from '../course/snapshot';
import { registrationDueState } from '../course/course-registrations';
import {
  type FidelityAnswer,
  type FidelityCollectionMethod,
  type FidelityInstrument,
  type FidelityInstrumentId,
  type FidelityRaterType,
  fidelityAnswerPoints,
  fidelityAnswers,
  fidelityIntervalMonths,
  fidelityMaxPoints,
  findFidelityInstrument,
} from './instruments';

export interface FidelityAnswerEntry {
  readonly itemId: string;
  readonly answer: FidelityAnswer;
}

/** A measurement as the rules see it: a team, a date, the two instruments' versions and the answers. */
export interface FidelityMeasurementInput {
  readonly id: string;
  readonly unitId: string;
  readonly unitName: string;
  readonly method: SupportMethod;
  readonly measuredOn: IsoDate;
  readonly raterType: FidelityRaterType;
  readonly collectionMethod: FidelityCollectionMethod;
  /** The method module's version and the common Housing First module's version. */
  readonly methodVersion: number;
  readonly commonVersion: number;
  readonly answers: readonly FidelityAnswerEntry[];
}

/** The instruments a measurement was answered in: the common module first, then the method's. */
export function instrumentsOfMeasurement(
  m: Pick<FidelityMeasurementInput, 'method' | 'methodVersion' | 'commonVersion'>,
): FidelityInstrument[] | null {
  const common = findFidelityInstrument('housing_first', m.commonVersion);
  const method = findFidelityInstrument(m.method, m.methodVersion);
  return common && method ? [common, method] : null;
}

export type FidelityRefusal =
  | { readonly code: 'fidelity_instrument_unknown'; readonly field: 'methodVersion' | 'commonVersion' }
  | { readonly code: 'fidelity_item_unknown'; readonly field: string; readonly itemId: string }
  | { readonly code: 'fidelity_item_twice'; readonly field: string; readonly itemId: string }
  | { readonly code: 'fidelity_answer_not_on_scale'; readonly field: string }
  | { readonly code: 'fidelity_no_answers'; readonly field: 'answers' };

/**
 * Why a measurement's answers are refused, or null: an instrument version that does not exist,
 * an item that is not in the measurement's instruments, an item answered twice, an answer not
 * on the scale, or no answers at all. The field names the answer's place (`answers.3.itemId`).
 */
export function refuseFidelityAnswers(
  m: Pick<FidelityMeasurementInput, 'method' | 'methodVersion' | 'commonVersion'>,
  answers: readonly { readonly itemId: string; readonly answer: string }[],
): FidelityRefusal | null {
  if (!findFidelityInstrument('housing_first', m.commonVersion))
    return { code: 'fidelity_instrument_unknown', field: 'commonVersion' };
  const instruments = instrumentsOfMeasurement(m);
  if (!instruments) return { code: 'fidelity_instrument_unknown', field: 'methodVersion' };
  if (answers.length === 0) return { code: 'fidelity_no_answers', field: 'answers' };
  const known = new Set(instruments.flatMap((i) => i.items.map((item) => item.id)));
  const seen = new Set<string>();
  for (const [index, a] of answers.entries()) {
    if (!known.has(a.itemId)) return { code: 'fidelity_item_unknown', field: `answers.${index}.itemId`, itemId: a.itemId };
    if (seen.has(a.itemId)) return { code: 'fidelity_item_twice', field: `answers.${index}.itemId`, itemId: a.itemId };
    if (!(fidelityAnswers as readonly string[]).includes(a.answer))
      return { code: 'fidelity_answer_not_on_scale', field: `answers.${index}.answer` };
    seen.add(a.itemId);
  }
  return null;
}

export interface FidelityElementScore {
  readonly instrumentId: FidelityInstrumentId;
  readonly coreElementId: string;
  readonly nameDa: string;
  readonly nameEn: string;
  /** Items answered and items in the element (an unanswered item counts neither way). */
  readonly answered: number;
  readonly items: number;
  /** % of full fidelity over the answered items, one decimal; null when none was answered. */
  readonly percent: number | null;
}

export interface FidelityScore {
  readonly elements: readonly FidelityElementScore[];
  /** % over every answered item of both modules. */
  readonly total: number | null;
}

const percentOf = (points: number, answered: number) =>
  answered === 0 ? null : Math.round((points / (answered * fidelityMaxPoints)) * 1000) / 10;

/** A measurement's score per core element of its instruments and in total. */
export function scoreFidelityMeasurement(
  m: Pick<FidelityMeasurementInput, 'method' | 'methodVersion' | 'commonVersion' | 'answers'>,
): FidelityScore {
  const instruments = instrumentsOfMeasurement(m) ?? [];
  const answerOf = new Map(m.answers.map((a) => [a.itemId, a.answer]));
  let allPoints = 0;
  let allAnswered = 0;
  const elements = instruments.flatMap((instrument) =>
    instrument.coreElements.map((element) => {
      const items = instrument.items.filter((i) => i.coreElement === element.id);
      const given = items.map((i) => answerOf.get(i.id)).filter((a): a is FidelityAnswer => a !== undefined);
      const points = given.reduce((sum, a) => sum + fidelityAnswerPoints[a], 0);
      allPoints += points;
      allAnswered += given.length;
      return {
        instrumentId: instrument.id,
        coreElementId: element.id,
        nameDa: element.nameDa,
        nameEn: element.nameEn,
        answered: given.length,
        items: items.length,
        percent: percentOf(points, given.length),
      };
    }),
  );
  return { elements, total: percentOf(allPoints, allAnswered) };
}

// ── K14 ────────────────────────────────────────────────────────────────────────────────────

export interface K14MeasurementRef {
  readonly id: string;
  readonly measuredOn: IsoDate;
  readonly raterType: FidelityRaterType;
  readonly collectionMethod: FidelityCollectionMethod;
}

export interface K14ElementFigure {
  readonly instrumentId: FidelityInstrumentId;
  readonly coreElementId: string;
  readonly nameDa: string;
  readonly nameEn: string;
  readonly latest: number | null;
  readonly previous: number | null;
  /** Latest minus previous in percentage points; null when either is missing. */
  readonly change: number | null;
}

export interface K14TeamFigure {
  readonly unitId: string;
  readonly unitName: string;
  readonly method: SupportMethod;
  readonly latest: K14MeasurementRef;
  readonly previous: K14MeasurementRef | null;
  readonly elements: readonly K14ElementFigure[];
  readonly total: { readonly latest: number | null; readonly previous: number | null; readonly change: number | null };
  /** The next measurement falls due 6 months after the latest. */
  readonly nextDueOn: IsoDate;
}

const refOf = (m: FidelityMeasurementInput): K14MeasurementRef => ({
  id: m.id,
  measuredOn: m.measuredOn,
  raterType: m.raterType,
  collectionMethod: m.collectionMethod,
});

const changeOf = (latest: number | null, previous: number | null) =>
  latest === null || previous === null ? null : Math.round((latest - previous) * 10) / 10;

/** When a team's next fidelity measurement is due: 6 months after its latest. */
export const fidelityDueOn = (latestOn: IsoDate): IsoDate => addMonths(latestOn, fidelityIntervalMonths);

/**
 * Whether the team's next measurement has fallen due on `today` (the latest measured on
 * `latestOn`): from the moment the page's badge says "due" (the course registrations' 14 days
 * ahead, `registrationDueState`), so the inbox task and the badge agree.
 */
export const isFidelityMeasurementDue = (latestOn: IsoDate, today: IsoDate): boolean =>
  registrationDueState(fidelityDueOn(latestOn), today) !== 'upcoming';

/**
 * K14 as known on `asOf`: per team (unit and method) with a measurement on or before that day,
 * the latest measurement's % per core element, and the previous measurement's beside it. The
 * elements are the latest measurement's (a newer instrument version may have others; an element
 * the previous one did not have shows no trend). Same-day measurements: the one given last in
 * `measurements` counts as the later. Teams are ordered by method, then name.
 */
export function computeK14(measurements: readonly FidelityMeasurementInput[], asOf: IsoDate): K14TeamFigure[] {
  const teams = new Map<string, FidelityMeasurementInput[]>();
  measurements.forEach((m) => {
    if (m.measuredOn > asOf) return;
    const key = `${m.unitId}\u0000${m.method}`;
    teams.set(key, [...(teams.get(key) ?? []), m]);
  });
  const figures: K14TeamFigure[] = [];
  for (const list of teams.values()) {
    // A stable sort keeps the given order among same-day measurements; the last is the latest.
    const ordered = [...list].sort((a, b) => (a.measuredOn < b.measuredOn ? -1 : a.measuredOn > b.measuredOn ? 1 : 0));
    const latest = ordered.at(-1);
    if (!latest) continue;
    const previous = ordered.at(-2) ?? null;
    const latestScore = scoreFidelityMeasurement(latest);
    const previousScore = previous ? scoreFidelityMeasurement(previous) : null;
    const previousOf = (instrumentId: FidelityInstrumentId, coreElementId: string) =>
      previousScore?.elements.find((e) => e.instrumentId === instrumentId && e.coreElementId === coreElementId)?.percent ?? null;
    figures.push({
      unitId: latest.unitId,
      unitName: latest.unitName,
      method: latest.method,
      latest: refOf(latest),
      previous: previous ? refOf(previous) : null,
      elements: latestScore.elements.map((e) => {
        const before = previousOf(e.instrumentId, e.coreElementId);
        return {
          instrumentId: e.instrumentId,
          coreElementId: e.coreElementId,
          nameDa: e.nameDa,
          nameEn: e.nameEn,
          latest: e.percent,
          previous: before,
          change: changeOf(e.percent, before),
        };
      }),
      total: {
        latest: latestScore.total,
        previous: previousScore?.total ?? null,
        change: changeOf(latestScore.total, previousScore?.total ?? null),
      },
      nextDueOn: fidelityDueOn(latest.measuredOn),
    });
  }
  const methodOrder = ['cti', 'icm', 'act', 'm_act'];
  return figures.sort(
    (a, b) => methodOrder.indexOf(a.method) - methodOrder.indexOf(b.method) || a.unitName.localeCompare(b.unitName, 'da'),
  );
}

export interface K14PooledElement {
  readonly instrumentId: FidelityInstrumentId;
  readonly coreElementId: string;
  readonly nameDa: string;
  readonly nameEn: string;
  /** The mean of the teams' latest % for this element (teams whose latest measurement scored it); null when none did. */
  readonly latest: number | null;
}

export interface K14Pooled {
  readonly method: SupportMethod;
  /** The teams of this method with a measurement on or before the reference date. */
  readonly teams: number;
  /** The newest of the teams' latest measurements. */
  readonly latestOn: IsoDate;
  readonly total: number | null;
  readonly elements: readonly K14PooledElement[];
}

const meanOf = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : Math.round((known.reduce((a, b) => a + b, 0) / known.length) * 10) / 10;
};

/**
 * K14 for a municipality in the national view: per method, the mean over its teams of each
 * team's latest % per core element (`computeK14`), unweighted (a team is a team, whatever its
 * size). Team-level scores, no person behind them; the elements in the order the teams list them.
 */
export function poolK14ByMethod(teams: readonly K14TeamFigure[]): K14Pooled[] {
  const pooled: K14Pooled[] = [];
  for (const method of ['cti', 'icm', 'act', 'm_act'] as const) {
    const ofMethod = teams.filter((team) => team.method === method);
    if (ofMethod.length === 0) continue;
    const elements = new Map<string, { first: K14ElementFigure; values: (number | null)[] }>();
    for (const team of ofMethod)
      for (const e of team.elements) {
        const key = `${e.instrumentId}.${e.coreElementId}`;
        const entry = elements.get(key);
        if (entry) entry.values.push(e.latest);
        else elements.set(key, { first: e, values: [e.latest] });
      }
    pooled.push({
      method,
      teams: ofMethod.length,
      latestOn: ofMethod.map((team) => team.latest.measuredOn).reduce((a, b) => (a > b ? a : b)),
      total: meanOf(ofMethod.map((team) => team.total.latest)),
      elements: [...elements.values()].map(({ first, values }) => ({
        instrumentId: first.instrumentId,
        coreElementId: first.coreElementId,
        nameDa: first.nameDa,
        nameEn: first.nameEn,
        latest: meanOf(values),
      })),
    });
  }
  return pooled;
}

/**
 * Key figures (nøgletal): the municipal dashboard (figures for a period and reference date,
 * the quarterly trend, one breakdown, each figure opening onto the citizens behind it) and
 * the national view (every municipality side by side, suppressed, no person-level data).
 * The definitions travel with the figures, so every number is shown beside what it counts.
 */
import { z } from 'zod';
import { breakdowns, keyFigureIds, measureIds, memberOutcomes, supportMethods } from '@hjemvej/domain';
import { caseDateSchema, idSchema, isoDateSchema, isoDateTimeSchema } from './common';
import { defineRoute } from './route';
import { citizenNameFields } from './shared';

export const keyFigurePartSchema = z.enum(memberOutcomes);

/**
 * The period a dashboard opens on: the year to the reference date (the same day a year before,
 * 29 February falling back to the 28th). The server keeps a roll-up for exactly this period and
 * today's trend quarters, so the first view is read from it.
 */
export function defaultKeyFigurePeriod(referenceDate: string): { from: string; to: string } {
  const year = String(Number(referenceDate.slice(0, 4)) - 1).padStart(4, '0');
  const monthDay = referenceDate.slice(4) === '-02-29' ? '-02-28' : referenceDate.slice(4);
  return { from: `${year}${monthDay}`, to: referenceDate };
}

/**
 * Where the figures came from and when they were computed, so they are never older than the
 * screen says. `summaries`: today's stored summaries of a municipality, computed at `computedAt`
 * (`changesPending`: records changed since, which the key-figure job adds within minutes); `rollup`: the maintained roll-up of today's member rows (built at `computedAt`,
 * the persons whose records changed since recomputed on this read: `updatedPersons`); `daily`:
 * the national view's answer computed once a day at `computedAt` (later changes come with the
 * next day's); `live`: computed from the records on this read (another reference date or period).
 */
export const figuresComputedSchema = z.object({
  source: z.enum(['summaries', 'rollup', 'daily', 'live']),
  computedAt: isoDateTimeSchema,
  updatedPersons: z.number().int(),
  /** `summaries` only: records changed since `computedAt` are not in the figures yet (the job adds them within minutes). */
  changesPending: z.boolean(),
});
export type FiguresComputed = z.infer<typeof figuresComputedSchema>;

export const breakdownSchema = z.enum(breakdowns);
export const measureIdSchema = z.enum(measureIds);

/** How a measure is shown (a share, median days or a count) and whether a higher value is better (null: neither). */
export const measureDisplayFields = {
  display: z.enum(['share', 'days', 'count']),
  higherIsBetter: z.boolean().nullable(),
};

/**
 * `breakdown` and `version` are checked by the server (a clear message naming the field),
 * not by the schema, so an unknown value is answered in the user's words.
 */
export const keyFigureQuerySchema = z.object({
  from: caseDateSchema,
  to: caseDateSchema,
  referenceDate: caseDateSchema,
  version: z.coerce.number().int().min(1).max(1000).optional(),
  breakdown: z.string().trim().min(1).max(40).optional(),
});
export type KeyFigureQuery = z.infer<typeof keyFigureQuerySchema>;

export const keyFigureDefinitionSchema = z.object({
  id: z.enum(keyFigureIds),
  version: z.number().int(),
  name: z.string(),
  /**
   * The plain explanation; this and the definition's texts below (cohort … exclusions, note) are in
   * English on the English screen where the definition has them written (K9, K11, K15, K16), else Danish.
   */
  explanationDa: z.string(),
  cohort: z.string(),
  anchor: z.string(),
  window: z.string(),
  numerator: z.string(),
  denominator: z.string(),
  exclusions: z.string(),
  breakdowns: z.array(breakdownSchema),
  measures: z.array(measureIdSchema),
  source: z.string(),
  sourceUrl: z.string().nullable(),
  /** Null when the figure is computed; else why not (in the user's language). */
  notComputedReason: z.string().nullable(),
  note: z.string().nullable(),
});
export type KeyFigureDefinitionOutput = z.infer<typeof keyFigureDefinitionSchema>;

/** What a set of figures counts: the period, the reference date, and the definitions in the version used. */
export const figuresBasisFields = {
  from: isoDateSchema,
  to: isoDateSchema,
  referenceDate: isoDateSchema,
  version: z.number().int(),
  definitions: z.array(keyFigureDefinitionSchema),
};

/** Published (suppressed) figures also name the threshold below which a count is hidden. */
export const publishedFiguresBasisFields = { ...figuresBasisFields, threshold: z.number().int() };

/** One window of a figure's trend (a quarter): its key ('q2026-4') and days. */
const trendWindowFields = { window: z.string(), from: isoDateSchema, to: isoDateSchema };

export const measureSummarySchema = z.object({
  members: z.number().int(),
  numerator: z.number().int(),
  denominator: z.number().int(),
  unknown: z.number().int(),
  excluded: z.number().int(),
  share: z.number().nullable(),
  median: z.number().nullable(),
  p75: z.number().nullable(),
  mean: z.number().nullable(),
});
export type MeasureSummaryOutput = z.infer<typeof measureSummarySchema>;

export const measureFigureSchema = z.object({
  id: measureIdSchema,
  figure: z.enum(keyFigureIds),
  name: z.string(),
  kind: z.enum(['cohort', 'point']),
  ...measureDisplayFields,
  period: measureSummarySchema,
  trend: z.array(z.object({ ...trendWindowFields, summary: measureSummarySchema })),
  /** `label`: a team's or shelter's name; null for method, age band and sex (the web names those). */
  groups: z.array(z.object({ key: z.string(), label: z.string().nullable(), summary: measureSummarySchema })),
  /** K4: first return per band of days; K15: registration delay per band. */
  bands: z.array(z.object({ key: z.string(), count: z.number().int() })).nullable(),
  /**
   * K3: of the period's cohort, the persons with an eviction warning received after moving in
   * (a risk to keeping the home, counted whatever the outcome); null for other figures.
   */
  evictionWarnings: z.number().int().nullable(),
});
export type MeasureFigure = z.infer<typeof measureFigureSchema>;

export const keyFiguresSchema = z.object({
  ...figuresBasisFields,
  breakdown: breakdownSchema,
  organisationName: z.string(),
  computed: figuresComputedSchema,
  measures: z.array(measureFigureSchema),
  /**
   * The housing offers' steps inside the lead time to move-in (K1): offers sent in the period,
   * days from offer to answer, acceptance to lease, lease to move-in (open steps count to the
   * reference date). Empty for a shelter, which makes no offers.
   */
  offerSteps: z.array(
    z.object({
      step: z.enum(['answer', 'lease', 'move_in']),
      count: z.number().int(),
      openCount: z.number().int(),
      medianDays: z.number(),
      meanDays: z.number(),
    }),
  ),
});
export type KeyFigures = z.infer<typeof keyFiguresSchema>;

export const keyFigureCitizensQuerySchema = keyFigureQuerySchema.extend({
  measure: z.string().trim().min(1).max(60),
  /** 'numerator': counted; 'denominator': everyone the share is of (numerator included); 'unknown', 'excluded'. */
  part: keyFigurePartSchema.default('denominator'),
  /** The period ('period', default) or a trend quarter's key ('q2026-4'). */
  window: z.string().trim().min(1).max(20).optional(),
  /** With `breakdown`: only the rows of this group ('none' for rows without one). */
  group: z.string().trim().min(1).max(60).optional(),
});
export type KeyFigureCitizensQuery = z.infer<typeof keyFigureCitizensQuerySchema>;

export const keyFigureCitizensSchema = z.object({
  measure: measureIdSchema,
  label: z.string(),
  part: keyFigurePartSchema,
  /** Rows behind the figure (persons, stays, move-ins … as the measure counts). */
  rowCount: z.number().int(),
  /** People behind the rows who are outside the caller's citizen scope (counted, never named). */
  outsideScope: z.number().int(),
  items: z.array(
    z.object({
      id: idSchema,
      ...citizenNameFields,
      /** How many rows of the figure are this person's (two stays, two move-ins …). */
      rows: z.number().int(),
      /** The measure's value for the person's first row (days, nights, stays), if any. */
      value: z.number().nullable(),
      anchorOn: isoDateSchema,
    }),
  ),
});
export type KeyFigureCitizens = z.infer<typeof keyFigureCitizensSchema>;

/** A published count: the number, or hidden as "<k" / ".." (suppression). */
export const publishedCountSchema = z.union([
  z.object({ kind: z.literal('value'), value: z.number().int() }),
  z.object({ kind: z.literal('suppressed'), label: z.string() }),
]);
export type PublishedCount = z.infer<typeof publishedCountSchema>;

export const publishedFigureSchema = z.object({
  numerator: publishedCountSchema,
  denominator: publishedCountSchema,
  /** The share, or null when hidden (numerator, denominator or complement below the threshold) or empty. */
  share: z.number().nullable(),
  /** Median days (days measures), hidden when fewer rows than the threshold. */
  median: z.number().nullable(),
  shareLabel: z.string().nullable(),
});
export type PublishedFigure = z.infer<typeof publishedFigureSchema>;

export const nationalMunicipalitySchema = z.object({
  id: idSchema,
  name: z.string(),
  /** Size band by citizens registered: small < 100, medium < 500, large. */
  sizeBand: z.enum(['small', 'medium', 'large']),
  methods: z.array(z.enum(supportMethods)),
  figures: z.record(z.string(), publishedFigureSchema),
});

/**
 * K14 (method fidelity) of one municipality and method: the mean of its teams' latest % per core
 * element (domain `poolK14ByMethod`). Team scores, no person, no drill-down, not suppressed.
 */
export const nationalFidelitySchema = z.object({
  municipalityId: idSchema,
  method: z.enum(supportMethods),
  teams: z.number().int(),
  latestOn: isoDateSchema,
  total: z.number().nullable(),
  elements: z.array(
    z.object({
      instrumentId: z.string(),
      coreElementId: z.string(),
      name: z.string(),
      latest: z.number().nullable(),
    }),
  ),
});
export type NationalFidelity = z.infer<typeof nationalFidelitySchema>;

export const nationalFiguresSchema = z.object({
  ...publishedFiguresBasisFields,
  computed: figuresComputedSchema,
  measures: z.array(
    z.object({
      id: measureIdSchema,
      name: z.string(),
      ...measureDisplayFields,
    }),
  ),
  municipalities: z.array(nationalMunicipalitySchema),
  /** K14 per municipality and method, as known on the reference date (read live: team scores are few). */
  fidelity: z.array(nationalFidelitySchema),
  country: z.record(z.string(), publishedFigureSchema),
  /** The country per quarter, per measure. */
  trend: z.array(z.object({ ...trendWindowFields, figures: z.record(z.string(), publishedFigureSchema) })),
});
export type NationalFigures = z.infer<typeof nationalFiguresSchema>;

export const keyFiguresRoutes = {
  read: defineRoute({
    name: 'getKeyFigures',
    method: 'GET',
    path: '/api/key-figures',
    summary: "The own organisation's key figures for a period and reference date: quarterly trend and one breakdown",
    tags: ['key figures'],
    permission: 'statistics.municipal',
    audit: 'key_figures.read',
    shape: 'collection',
    query: keyFigureQuerySchema,
    response: keyFiguresSchema,
  }),
  citizens: defineRoute({
    name: 'listKeyFigureCitizens',
    method: 'GET',
    path: '/api/key-figures/citizens',
    summary: 'The citizens behind one figure (numerator, denominator, unknown or excluded), within the caller’s citizen scope',
    tags: ['key figures'],
    permission: 'statistics.municipal',
    audit: 'key_figures.citizens',
    shape: 'collection',
    query: keyFigureCitizensQuerySchema,
    response: keyFigureCitizensSchema,
  }),
  national: defineRoute({
    name: 'getNationalFigures',
    method: 'GET',
    path: '/api/national-figures',
    summary: 'Key figures of every municipality side by side and for the country, suppressed; no person-level data',
    tags: ['key figures'],
    permission: 'statistics.national',
    audit: 'national_figures.read',
    shape: 'collection',
    query: keyFigureQuerySchema,
    response: nationalFiguresSchema,
  }),
};

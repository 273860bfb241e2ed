/**
 * Versions, shared by every versioned record (assessments, plans, decisions, course
 * registrations): the list of
 * versions, one version in full, two compared, and the citizen's version history. The three
 * version routes of a kind are declared once by `versionRoutes`.
 */
import { z } from 'zod';
import { idParamsSchema, idSchema, isoDateTimeSchema } from './common';
import { defineRoute } from './route';
import { recordStamps } from './record-stamps';

/** Who saved a version, and when. */
export const savedBySchema = z.object({ name: z.string().nullable(), at: isoDateTimeSchema });

export const versionParamsSchema = z.object({ id: idSchema, version: z.coerce.number().int().min(1).max(100_000) });
export const compareQuerySchema = z.object({
  from: z.coerce.number().int().min(1).max(100_000),
  to: z.coerce.number().int().min(1).max(100_000),
});
export type CompareQuery = z.infer<typeof compareQuerySchema>;

export const versionSummarySchema = z.object({
  version: z.number().int(),
  savedBy: savedBySchema,
  /** Top-level fields that differ from the version before (empty for the first). */
  changedFields: z.array(z.string()),
});
export const versionListSchema = z.object({ id: idSchema, items: z.array(versionSummarySchema) });
export type VersionList = z.infer<typeof versionListSchema>;

/** One field that differs between two versions; `path` such as 'goals.1.goal'. */
export const fieldChangeSchema = z.object({
  path: z.string(),
  change: z.enum(['added', 'removed', 'changed']),
  from: z.unknown(),
  to: z.unknown(),
});
export type FieldChange = z.infer<typeof fieldChangeSchema>;

export const versionComparisonSchema = z.object({
  id: idSchema,
  from: versionSummarySchema.omit({ changedFields: true }),
  to: versionSummarySchema.omit({ changedFields: true }),
  changes: z.array(fieldChangeSchema),
});
export type VersionComparison = z.infer<typeof versionComparisonSchema>;

/** Who wrote a versioned record first and last, its version and when: on every versioned record. */
export const versionedRecordStamps = {
  createdBy: z.string().nullable(),
  updatedBy: z.string().nullable(),
  ...recordStamps,
};

/** One version of a record in full: who saved it, when, and the content as it was. */
export const versionOf = <C extends z.ZodType>(content: C) =>
  z.object({ id: idSchema, version: z.number().int(), savedBy: savedBySchema, content });

/** The kinds of record that keep every version: what the citizen's version history lists. */
export const versionedRecordKinds = ['assessment', 'plan', 'decision', 'course_registration'] as const;
export const versionedRecordKindSchema = z.enum(versionedRecordKinds);
export type VersionedRecordKind = z.infer<typeof versionedRecordKindSchema>;
/** Every kind that keeps its versions through the shared helper: all of them are on the timeline. */
export type VersionedStoreKind = VersionedRecordKind;

/**
 * Every saved version of the citizen's assessments, plans, decisions and course registrations,
 * oldest first (the timeline's events). Each kind only as far as the reader may read it.
 */
export const citizenVersionHistorySchema = z.object({
  items: z.array(versionSummarySchema.extend({ kind: versionedRecordKindSchema, recordId: idSchema })),
});
export type CitizenVersionHistory = z.infer<typeof citizenVersionHistorySchema>;

/**
 * The three version routes of a versioned record kind: `<base>/:id/versions`,
 * `…/versions/:version` and `…/compare?from=&to=`.
 */
export type VersionRouteDefinitions<R extends z.ZodType> = ReturnType<typeof versionRoutes<string, string, R>>;

export function versionRoutes<const N extends string, const B extends string, R extends z.ZodType>(spec: {
  /** e.g. 'Plan': operationIds listPlanVersions, getPlanVersion, comparePlanVersions */
  readonly name: N;
  /** e.g. '/api/plans' */
  readonly base: B;
  readonly tag: string;
  /** The record in words for the API reference ('plan'). */
  readonly noun: string;
  readonly response: R;
}) {
  return {
    list: defineRoute({
      name: `list${spec.name}Versions`,
      method: 'GET',
      path: `${spec.base}/:id/versions`,
      summary: `Every version of the ${spec.noun}: who saved it, when, and which fields it changed`,
      tags: [spec.tag],
      permission: 'citizens.read',
      params: idParamsSchema,
      response: versionListSchema,
    }),
    read: defineRoute({
      name: `get${spec.name}Version`,
      method: 'GET',
      path: `${spec.base}/:id/versions/:version`,
      summary: `One version of the ${spec.noun}, in full`,
      tags: [spec.tag],
      permission: 'citizens.read',
      params: versionParamsSchema,
      response: spec.response,
    }),
    compare: defineRoute({
      name: `compare${spec.name}Versions`,
      method: 'GET',
      path: `${spec.base}/:id/compare`,
      summary: `Two versions of the ${spec.noun} compared field by field (?from=1&to=2)`,
      tags: [spec.tag],
      permission: 'citizens.read',
      params: idParamsSchema,
      query: compareQuerySchema,
      response: versionComparisonSchema,
    }),
  };
}

/** The summaries of a versioned record's own routes, in the API reference. */
export interface VersionedRecordSummaries {
  readonly list: string;
  readonly create: string;
  readonly read: string;
  readonly update: string;
}

/**
 * The routes of a citizen's record kind that keeps every version (assessments, plans,
 * decisions): the citizen's list and a new record under `/api/citizens/:id/<tag>`, one record
 * and a change under `/api/<tag>/:id`, each with the kind's audit action (`<kind>.list`, …), and
 * the three version routes.
 */
export function versionedRecordRoutes<
  const N extends string,
  const T extends string,
  const K extends 'assessment' | 'plan' | 'decision',
  L extends z.ZodType,
  R extends z.ZodType,
  CB extends z.ZodType,
  UB extends z.ZodType,
  V extends z.ZodType,
>(spec: {
  /** e.g. 'Plan': operationIds listPlans, createPlan, getPlan, updatePlan and the version routes'. */
  readonly name: N;
  /** e.g. 'plans': the tag and the paths' segment. */
  readonly tag: T;
  /** e.g. 'plan': the audit actions' prefix. */
  readonly kind: K;
  /** The record in words for the version routes' summaries ('plan'). */
  readonly noun: string;
  readonly summaries: VersionedRecordSummaries;
  readonly list: L;
  readonly record: R;
  readonly createBody: CB;
  readonly updateBody: UB;
  readonly version: V;
}) {
  const item = { tags: [spec.tag], shape: 'item', params: idParamsSchema } as const;
  return {
    list: defineRoute({
      name: `list${spec.name}s`,
      method: 'GET',
      path: `/api/citizens/:id/${spec.tag}`,
      summary: spec.summaries.list,
      permission: 'citizens.read',
      audit: `${spec.kind}.list`,
      ...item,
      response: spec.list,
    }),
    create: defineRoute({
      name: `create${spec.name}`,
      method: 'POST',
      path: `/api/citizens/:id/${spec.tag}`,
      summary: spec.summaries.create,
      permission: 'citizens.write',
      audit: `${spec.kind}.create`,
      ...item,
      body: spec.createBody,
      response: spec.record,
      status: 201,
    }),
    read: defineRoute({
      name: `get${spec.name}`,
      method: 'GET',
      path: `/api/${spec.tag}/:id`,
      summary: spec.summaries.read,
      permission: 'citizens.read',
      audit: `${spec.kind}.read`,
      ...item,
      response: spec.record,
    }),
    update: defineRoute({
      name: `update${spec.name}`,
      method: 'PATCH',
      path: `/api/${spec.tag}/:id`,
      summary: spec.summaries.update,
      permission: 'citizens.write',
      audit: `${spec.kind}.update`,
      ...item,
      body: spec.updateBody,
      response: spec.record,
    }),
    versions: versionRoutes({
      name: spec.name,
      base: `/api/${spec.tag}`,
      tag: spec.tag,
      noun: spec.noun,
      response: spec.version,
    }),
  };
}

export const versioningRoutes = {
  citizenVersionHistory: defineRoute({
    name: 'getCitizenVersionHistory',
    method: 'GET',
    path: '/api/citizens/:id/version-history',
    summary:
      'Every saved version of the citizen’s assessments, plans, decisions and course registrations (who, when, what changed), oldest first',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.version_history',
    shape: 'item',
    params: idParamsSchema,
    response: citizenVersionHistorySchema,
  }),
};

/**
 * The three version routes every versioned record has, declared once: the list of versions,
 * one version in full, and two versions compared (`<base>/:id/versions`, `…/versions/:version`,
 * `…/compare?from=&to=`). Each kind names its own audit actions and its version's output schema.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import {
  citizenVersionHistorySchema,
  compareQuerySchema,
  idParamsSchema,
  versionComparisonSchema,
  versionListSchema,
  versionParamsSchema,
  type AuditAction,
  type VersionedRecordKind,
} from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import type { DataContext } from '../../http/secured-route';
import { registerSecuredRoute } from '../../http/secured-route';
import { getCitizenVersionHistory } from './citizen-version-history';
import type { VersionAnswer } from './version-answers';
import { versionReads, type VersionedRecordRef } from './versioned-record';

export interface VersionRoutesSpec<C> {
  readonly kind: VersionedRecordKind;
  /** e.g. '/api/plans' */
  readonly base: string;
  readonly tag: string;
  /** The record in words for the API reference ('plan', 'assessment'). */
  readonly noun: string;
  readonly actions: { readonly list: AuditAction; readonly read: AuditAction; readonly compare: AuditAction };
  readonly response: z.ZodType<VersionAnswer<C>, VersionAnswer<C>>;
  /** Reads a version's stored content defensively (null: not readable, answered as not found). */
  readonly read: (value: unknown) => C | null;
  /** Finds the record in the actor's scope (NotFoundError otherwise). */
  readonly load: (ctx: DataContext, id: string) => Promise<VersionedRecordRef>;
}

export function registerVersionRoutes<C>(app: FastifyInstance, db: Db, spec: VersionRoutesSpec<C>): void {
  const reads = versionReads(spec.kind, spec.read);
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: `${spec.base}/:id/versions`,
    summary: `Every version of the ${spec.noun}: who saved it, when, and which fields it changed`,
    tags: [spec.tag],
    permission: 'citizens.read',
    audit: spec.actions.list,
    shape: 'item',
    params: idParamsSchema,
    response: versionListSchema,
    handler: async (ctx, { params }) => reads.list(ctx, await spec.load(ctx, params.id)),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: `${spec.base}/:id/versions/:version`,
    summary: `One version of the ${spec.noun}, in full`,
    tags: [spec.tag],
    permission: 'citizens.read',
    audit: spec.actions.read,
    shape: 'item',
    params: versionParamsSchema,
    response: spec.response,
    handler: async (ctx, { params }) => reads.one(ctx, await spec.load(ctx, params.id), params.version),
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: `${spec.base}/:id/compare`,
    summary: `Two versions of the ${spec.noun} compared field by field (?from=1&to=2)`,
    tags: [spec.tag],
    permission: 'citizens.read',
    audit: spec.actions.compare,
    shape: 'item',
    params: idParamsSchema,
    querystring: compareQuerySchema,
    response: versionComparisonSchema,
    handler: async (ctx, { params, query }) => reads.compare(ctx, await spec.load(ctx, params.id), query),
  });
}

/** The citizen's versions of all versioned records at once, for the timeline. */
export function registerCitizenVersionHistoryRoute(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/citizens/:id/version-history',
    summary: 'Every saved version of the citizen’s assessments, plans and decisions (who, when, what changed), oldest first',
    tags: ['citizens'],
    permission: 'citizens.read',
    audit: 'citizen.version_history',
    shape: 'item',
    params: idParamsSchema,
    response: citizenVersionHistorySchema,
    handler: (ctx, { params }) => getCitizenVersionHistory(ctx, params.id),
  });
}

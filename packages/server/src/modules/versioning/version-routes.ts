/**
 * The three version routes every versioned record has, declared once: the list of versions,
 * one version in full, and two versions compared (`<base>/:id/versions`, `…/versions/:version`,
 * `…/compare?from=&to=`). Each kind names its own audit actions and its version's output schema.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { versioningRoutes, type AuditAction, type VersionedStoreKind, type VersionRouteDefinitions } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import type { RouteBody, RouteResult } from '@hjemvej/contract';
import type { DataContext, DeclaredRoute } from '../../http/secured-route';
import { registerSecuredRoute } from '../../http/secured-route';
import { getCitizenVersionHistory } from './citizen-version-history';
import type { VersionAnswer } from './version-answers';
import { versionReads, type VersionedRecordRef } from './versioned-record';

export interface VersionRoutesSpec<C> {
  readonly kind: VersionedStoreKind;
  /** The kind's three routes from the contract (`versionRoutes(…)`). */
  readonly routes: VersionRouteDefinitions<z.ZodType<VersionAnswer<C>, VersionAnswer<C>>>;
  readonly actions: { readonly list: AuditAction; readonly read: AuditAction; readonly compare: AuditAction };
  /** Reads a version's stored content defensively (null: not readable, answered as not found). */
  readonly read: (value: unknown) => C | null;
  /** Finds the record in the actor's scope (NotFoundError otherwise). */
  readonly load: (ctx: DataContext, id: string) => Promise<VersionedRecordRef>;
}

export function registerVersionRoutes<C>(app: FastifyInstance, db: Db, spec: VersionRoutesSpec<C>): void {
  const reads = versionReads(spec.kind, spec.read);
  registerSecuredRoute(app, db, spec.routes.list, {
    audit: spec.actions.list,
    shape: 'item',
    handler: async (ctx, { params }) => reads.list(ctx, await spec.load(ctx, params.id)),
  });

  registerSecuredRoute(app, db, spec.routes.read, {
    audit: spec.actions.read,
    shape: 'item',
    handler: async (ctx, { params }) => reads.one(ctx, await spec.load(ctx, params.id), params.version),
  });

  registerSecuredRoute(app, db, spec.routes.compare, {
    audit: spec.actions.compare,
    shape: 'item',
    handler: async (ctx, { params, query }) => reads.compare(ctx, await spec.load(ctx, params.id), query),
  });
}

/** A route of a record or a citizen addressed by `:id`. */
type IdRoute = DeclaredRoute & { readonly params: z.ZodType<{ id: string }> };

/** A versioned record's own four routes (from the contract) besides its version routes. */
export interface VersionedRecordRoutes<L extends IdRoute, C extends IdRoute, R extends IdRoute, U extends IdRoute, V> {
  readonly list: L;
  readonly create: C;
  readonly read: R;
  readonly update: U;
  readonly versions: VersionRoutesSpec<V>['routes'];
}

/** The service functions behind them: the citizen's records, a new one, one record, a change; and the record's lookup. */
export interface VersionedRecordService<L extends IdRoute, C extends IdRoute, R extends IdRoute, U extends IdRoute> {
  readonly list: (ctx: DataContext, citizenId: string) => Promise<RouteResult<L>>;
  readonly create: (ctx: DataContext, citizenId: string, body: RouteBody<C>) => Promise<RouteResult<C>>;
  readonly read: (ctx: DataContext, id: string) => Promise<RouteResult<R>>;
  readonly update: (ctx: DataContext, id: string, body: RouteBody<U>) => Promise<RouteResult<U>>;
  readonly load: VersionRoutesSpec<unknown>['load'];
}

/**
 * The routes of a record kind that keeps every version (assessments, plans, decisions): the
 * citizen's list, create, read and update, then the three version routes with the kind's audit
 * actions (`<kind>.version_list`, `<kind>.version_read`, `<kind>.compare`).
 */
export function registerVersionedRecordRoutes<
  const L extends IdRoute,
  const C extends IdRoute,
  const R extends IdRoute,
  const U extends IdRoute,
  V,
>(
  app: FastifyInstance,
  db: Db,
  kind: VersionedStoreKind,
  routes: VersionedRecordRoutes<L, C, R, U, V>,
  service: VersionedRecordService<L, C, R, U>,
  readVersion: VersionRoutesSpec<V>['read'],
): void {
  const idOf = (params: unknown): string => (params as { id: string }).id;
  registerSecuredRoute(app, db, routes.list, (ctx, { params }) => service.list(ctx, idOf(params)));
  registerSecuredRoute(app, db, routes.create, (ctx, { params, body }) => service.create(ctx, idOf(params), body));
  registerSecuredRoute(app, db, routes.read, (ctx, { params }) => service.read(ctx, idOf(params)));
  registerSecuredRoute(app, db, routes.update, (ctx, { params, body }) => service.update(ctx, idOf(params), body));
  registerVersionRoutes(app, db, {
    kind,
    routes: routes.versions,
    actions: { list: `${kind}.version_list`, read: `${kind}.version_read`, compare: `${kind}.compare` },
    read: readVersion,
    load: service.load,
  });
}

/** The citizen's versions of all versioned records at once, for the timeline. */
export function registerCitizenVersionHistoryRoute(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, versioningRoutes.citizenVersionHistory, (ctx, { params }) =>
    getCitizenVersionHistory(ctx, params.id),
  );
}

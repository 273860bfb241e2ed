/**
 * The three version routes every versioned record has, declared once: the list of versions,
 * one version in full, and two versions compared (`<base>/:id/versions`, `…/versions/:version`,
 * `…/compare?from=&to=`). Each kind names its own audit actions and its version's output schema.
 */
import type { FastifyInstance } from 'fastify';
import type { z } from 'zod';
import { versioningRoutes, type AuditAction, type VersionedStoreKind, type VersionRouteDefinitions } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import type { DataContext } from '../../http/secured-route';
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

/** The citizen's versions of all versioned records at once, for the timeline. */
export function registerCitizenVersionHistoryRoute(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, versioningRoutes.citizenVersionHistory, (ctx, { params }) =>
    getCitizenVersionHistory(ctx, params.id),
  );
}

/**
 * The one path to personal data. A secured route reads as a pipeline:
 * authenticate → authorise (permission) → validate (zod) → transaction → handler
 * (queries scoped to the actor) → "course changed" listeners (course/course-changes.ts) →
 * audit event in the same transaction → response filtered through its output schema.
 *
 * Modules never get a database handle of their own: the transaction and the actor's
 * scope arrive in the DataContext, and the route's audit event is written whether or not
 * the handler remembers. A refusal (403/404) rolls the work back and is audited on its own.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import type { Transaction } from 'kysely';
import { z } from 'zod';
import { errorBodySchema, type AuditAction, type Locale, type RouteDefinition, type RouteResult } from '@hjemvej/contract';
import { hasPermission, type Permission } from '@hjemvej/domain';
import type { Actor } from '../access/actor';
import { organisationScopeOf, type OrganisationScope } from '../access/scope';
import { snapshotOf, type AuditEventInput } from '../audit/audit-event';
import { appendAuditEvents } from '../audit/audit-writer';
import { announceCourseChanges, startNoticingCourseChanges } from '../course/course-changes';
import type { Db } from '../database/connection';
import type { Database } from '../database/schema';
import { ForbiddenError, NotFoundError, UnauthorizedError } from './errors';
import { FileDownload } from './file-download';
import { requestLocale } from './locale';
import { inputOf, inputSchemasOf, type RouteInput } from './route-input';
import { escapeUnstorableText } from './storable-text';

export interface DataContext {
  readonly tx: Transaction<Database>;
  readonly actor: Actor;
  readonly scope: OrganisationScope;
  readonly locale: Locale;
  readonly ip: string | null;
  /** Describe the subject of the route's own audit event (what was read or changed). */
  describe(subject: Omit<AuditEventInput, 'action'>): void;
  /** Record a further event in the same transaction (e.g. one per record changed in bulk). */
  audit(event: AuditEventInput): void;
}

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** 'item' routes answer 404 for records outside the scope; 'collection' routes filter. */
export type RouteShape = 'item' | 'collection';

/** What the server adds to a contract route: its audit event, its shape and its handler. */
export interface SecuredRouteImplementation<D extends RouteDefinition> {
  /** The event written for every successful call; null only for routes that touch no personal data. */
  readonly audit: AuditAction | null;
  readonly shape: RouteShape;
  handler(ctx: DataContext, input: RouteInput<D>): Promise<RouteResult<D>>;
}

export interface SecuredRouteInfo {
  readonly method: Method;
  readonly url: string;
  readonly permission: Permission | null;
  readonly audit: AuditAction | null;
  readonly shape: RouteShape;
}

/** Every secured route, for the access-coverage test and the docs. */
export const securedRoutes: SecuredRouteInfo[] = [];

const errorResponses = {
  400: errorBodySchema,
  401: errorBodySchema,
  403: errorBodySchema,
  404: errorBodySchema,
  409: errorBodySchema,
  422: errorBodySchema,
  /** The database is unreachable (restarting): retry after the Retry-After header's seconds. */
  503: errorBodySchema,
};

/** The handler of a route whose contract definition declares its audit event and shape. */
export type SecuredHandler<D extends RouteDefinition> = (ctx: DataContext, input: RouteInput<D>) => Promise<RouteResult<D>>;

/** A contract route that declares its own audit event and shape (every hand-written route does). */
export type DeclaredRoute = RouteDefinition & { readonly audit: AuditAction | null; readonly shape: RouteShape };
/** A route made by a factory (`versionRoutes`): the server's registration says its audit event and shape. */
type UndeclaredRoute = RouteDefinition & { readonly audit?: undefined; readonly shape?: undefined };

/**
 * Binds a contract route to its handler. The route's permission, audit event and shape come from
 * its definition in `@hjemvej/contract`; only routes made by a factory pass them here.
 */
export function registerSecuredRoute<const D extends DeclaredRoute>(
  app: FastifyInstance,
  db: Db,
  route: D,
  handler: SecuredHandler<D>,
): void;
export function registerSecuredRoute<const D extends UndeclaredRoute>(
  app: FastifyInstance,
  db: Db,
  route: D,
  implementation: SecuredRouteImplementation<D>,
): void;
export function registerSecuredRoute(
  app: FastifyInstance,
  db: Db,
  route: RouteDefinition,
  implementationOrHandler: SecuredRouteImplementation<RouteDefinition> | SecuredHandler<RouteDefinition>,
): void {
  const implementation = implementationOf(route, implementationOrHandler);
  const spec = normalise(route, implementation);
  const status = spec.status ?? 200;
  if (!securedRoutes.some((r) => r.method === spec.method && r.url === spec.url)) {
    securedRoutes.push({ method: spec.method, url: spec.url, permission: spec.permission, audit: spec.audit, shape: spec.shape });
  }
  app.withTypeProvider<ZodTypeProvider>().route({
    method: spec.method,
    url: spec.url,
    schema: {
      operationId: spec.operationId,
      summary: spec.summary,
      tags: [...spec.tags],
      ...inputSchemasOf(route),
      response: { [status]: status === 204 ? z.null() : spec.response, ...errorResponses },
    },
    config: { secured: true },
    // Authentication and permission come before validation, so that a stranger learns
    // nothing about the shape of a route's input.
    preValidation: async (request) => {
      const actor = requireActor(request);
      if (spec.permission !== null && !hasPermission(actor.role, spec.permission)) {
        await auditRefusal(db, request, actor, spec.audit);
        throw new ForbiddenError();
      }
    },
    handler: async (request, reply) => {
      const actor = requireActor(request);
      const input = inputOf(request);
      try {
        const result = await db.transaction().execute(async (tx) => {
          await startNoticingCourseChanges(tx);
          const extraEvents: AuditEventInput[] = [];
          let subject: Omit<AuditEventInput, 'action'> = defaultSubject(input.params);
          const ctx: DataContext = {
            tx,
            actor,
            scope: organisationScopeOf(actor),
            locale: requestLocale(request),
            ip: request.ip,
            describe: (described) => {
              subject = { ...subject, ...described };
            },
            audit: (event) => {
              extraEvents.push(event);
            },
          };
          const output = await spec.handler(ctx, input);
          // Whatever the handler wrote to a person's course, the modules that follow it hear of it.
          await announceCourseChanges(tx);
          const events = spec.audit === null ? extraEvents : [{ ...subject, action: spec.audit }, ...extraEvents];
          await appendAuditEvents(tx, { actor: snapshotOf(actor), ip: request.ip }, events);
          return output;
        });
        if (status === 204) return reply.code(204).send(null as never);
        if (result instanceof FileDownload)
          return reply
            .code(200)
            .header('content-type', result.contentType)
            .header('content-disposition', result.contentDisposition)
            .send(result.body as never);
        return reply.code(status).send(result as never);
      } catch (error) {
        if (error instanceof NotFoundError || error instanceof ForbiddenError) {
          await auditRefusal(db, request, actor, spec.audit);
        }
        throw error;
      }
    },
  });
}

/** A secured route whose answer is a file: the same pipeline, the bytes sent as an attachment. */
export function registerSecuredDownload<const D extends DeclaredRoute>(
  app: FastifyInstance,
  db: Db,
  route: D,
  handler: (ctx: DataContext, input: RouteInput<D>) => Promise<FileDownload>,
): void {
  // The pipeline sends a FileDownload as it is; the response schema only describes it.
  registerSecuredRoute(app, db, route, async (ctx, input) => (await handler(ctx, input)) as unknown as RouteResult<D>);
}

/** The audit event and shape from the route's definition, or (factory routes only) from the registration. */
function implementationOf(
  route: RouteDefinition,
  given: SecuredRouteImplementation<RouteDefinition> | SecuredHandler<RouteDefinition>,
): SecuredRouteImplementation<RouteDefinition> {
  if (typeof given !== 'function') {
    if (route.audit !== undefined || route.shape !== undefined)
      throw new Error(`registerSecuredRoute: ${route.name} declares its audit and shape in the contract; pass only the handler`);
    return given;
  }
  if (route.audit === undefined || route.shape === undefined)
    throw new Error(`registerSecuredRoute: ${route.name} must declare audit and shape in the contract`);
  return { audit: route.audit, shape: route.shape, handler: given };
}

interface NormalisedSpec {
  readonly operationId: string;
  readonly method: Method;
  readonly url: string;
  readonly summary: string;
  readonly tags: readonly string[];
  readonly permission: Permission | null;
  readonly audit: AuditAction | null;
  readonly shape: RouteShape;
  readonly response: z.ZodType;
  readonly status?: 200 | 201 | 204 | undefined;
  handler(ctx: DataContext, input: { body: unknown; query: unknown; params: unknown }): Promise<unknown>;
}

/** The contract's route with the server's implementation, as the pipeline registers it. */
function normalise(route: RouteDefinition, implementation: SecuredRouteImplementation<RouteDefinition>): NormalisedSpec {
  if (route.permission === 'public') throw new Error(`registerSecuredRoute: ${route.name} is public`);
  if (route.status === 302) throw new Error(`registerSecuredRoute: ${route.name} is a redirect`);
  return {
    operationId: route.name,
    method: route.method,
    url: route.path,
    summary: route.summary,
    tags: route.tags,
    permission: route.permission,
    audit: implementation.audit,
    shape: implementation.shape,
    response: route.response,
    status: route.status,
    handler: (ctx, input) => implementation.handler(ctx, input as never),
  };
}

function requireActor(request: FastifyRequest): Actor {
  if (!request.actor) throw new UnauthorizedError();
  return request.actor;
}

function defaultSubject(params: unknown): Omit<AuditEventInput, 'action'> {
  if (params && typeof params === 'object' && 'id' in params && typeof params.id === 'string') {
    return { subjectId: params.id };
  }
  return {};
}

/** A refused access is audited in a transaction of its own: the refused work was rolled back. */
async function auditRefusal(db: Db, request: FastifyRequest, actor: Actor, attempted: AuditAction | null): Promise<void> {
  // Refused before validation: the id is what the caller sent, kept in a form that can be stored.
  const params = request.params as Record<string, unknown> | undefined;
  const subjectId = typeof params?.id === 'string' ? escapeUnstorableText(params.id.slice(0, 100)) : null;
  await db.transaction().execute((tx) =>
    appendAuditEvents(tx, { actor: snapshotOf(actor), ip: request.ip }, [
      {
        action: 'access.refused',
        outcome: 'refused',
        subjectId,
        changes: { attempted: attempted ?? 'none', method: request.method, route: request.routeOptions.url ?? request.url },
      },
    ]),
  );
}

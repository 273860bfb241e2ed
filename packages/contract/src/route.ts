/**
 * A route is defined once, here in the contract: its name (the OpenAPI operationId), method,
 * path, input schemas, response schema and the permission it needs. The server registers it
 * (`registerSecuredRoute(app, db, route, { … })`) and the web calls it (`call(route, input)`),
 * so a path is written in one place and a change to it is a type error wherever it is used.
 */
import type { z } from 'zod';
import type { Permission } from '@hjemvej/domain';
import type { AuditAction } from './audit';

/** Every API path starts here; anything else is the web app. */
export const apiPathPrefix = '/api/';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export interface RouteDefinition {
  /** Unique across the API, camelCase: the OpenAPI operationId. */
  readonly name: string;
  readonly method: HttpMethod;
  /** Fastify-style path with `:param` segments, starting with `/api/`. */
  readonly path: string;
  readonly summary: string;
  readonly tags: readonly string[];
  /** The permission the caller's role needs; null: any signed-in user; 'public': no session needed. */
  readonly permission: Permission | null | 'public';
  /**
   * The audit event every successful call writes (null only for a route that touches no personal
   * data). Declared here, beside the permission, so a route's access rules are read in one place.
   * Routes built by a factory (`versionRoutes`) may leave it to the server's registration.
   */
  readonly audit?: AuditAction | null;
  /** 'item': a record outside the caller's scope answers 404; 'collection': out-of-scope rows are filtered. */
  readonly shape?: 'item' | 'collection';
  readonly params?: z.ZodType;
  readonly query?: z.ZodType;
  readonly body?: z.ZodType;
  /** The answer's schema (for 204 and 302 routes: z.null()). */
  readonly response: z.ZodType;
  /** 302: a browser navigation (OpenID Connect), linked to, never fetched with `call`. */
  readonly status?: 200 | 201 | 204 | 302;
}

/** Keeps the literal types of a definition (its schemas, path and name) for server and web. */
export function defineRoute<const D extends RouteDefinition>(definition: D): D {
  return definition;
}

type SchemaOf<D, K extends 'params' | 'query' | 'body'> = D extends { readonly [P in K]: infer S extends z.ZodType }
  ? S
  : undefined;

/** What the server's handler receives: each part parsed by its schema. */
export type RouteParams<D> = SchemaOf<D, 'params'> extends z.ZodType ? z.output<SchemaOf<D, 'params'>> : undefined;
export type RouteQuery<D> = SchemaOf<D, 'query'> extends z.ZodType ? z.output<SchemaOf<D, 'query'>> : undefined;
export type RouteBody<D> = SchemaOf<D, 'body'> extends z.ZodType ? z.output<SchemaOf<D, 'body'>> : undefined;
/** What a handler may return (before the response schema parses it). */
export type RouteResult<D extends RouteDefinition> = z.input<D['response']>;
/** What the caller gets back. */
export type RouteResponse<D extends RouteDefinition> = z.output<D['response']>;

type Part<K extends string, S> = S extends z.ZodType
  ? object extends z.input<S>
    ? { readonly [P in K]?: z.input<S> }
    : { readonly [P in K]: z.input<S> }
  : { readonly [P in K]?: undefined };

/** What a caller sends: params, query and body as they travel (before the server parses them). */
export type RouteInput<D> = Part<'params', SchemaOf<D, 'params'>> &
  Part<'query', SchemaOf<D, 'query'>> &
  Part<'body', SchemaOf<D, 'body'>>;

/** The URL of a route with its `:param` segments filled in (encoded), without the query. */
export function routeUrl(route: Pick<RouteDefinition, 'path'>, params?: Record<string, unknown>): string {
  return route.path.replace(/:([A-Za-z0-9_]+)/g, (_, key: string) => {
    const value = params?.[key];
    if (value === undefined || value === null || value === '') {
      throw new Error(`Missing path parameter '${key}' for ${route.path}`);
    }
    if (typeof value !== 'string' && typeof value !== 'number')
      throw new Error(`Path parameter '${key}' must be a string or a number`);
    return encodeURIComponent(String(value));
  });
}

/**
 * A contract route's input as both pipelines (secured and public) take it: the schemas fastify
 * validates the request with, and the validated body, query and params the handler receives.
 */
import type { FastifyRequest } from 'fastify';
import type { RouteBody, RouteDefinition, RouteParams, RouteQuery } from '@hjemvej/contract';

/** The input a route's handler receives, typed by its contract definition. */
export type RouteInput<D extends RouteDefinition> = { body: RouteBody<D>; query: RouteQuery<D>; params: RouteParams<D> };

/** The route's input schemas in fastify's names, only those the route has. */
export function inputSchemasOf(route: Pick<RouteDefinition, 'body' | 'query' | 'params'>) {
  return {
    ...(route.body ? { body: route.body } : {}),
    ...(route.query ? { querystring: route.query } : {}),
    ...(route.params ? { params: route.params } : {}),
  };
}

/** The request's input after fastify validated it against `inputSchemasOf(route)`. */
export function inputOf(request: FastifyRequest): { body: unknown; query: unknown; params: unknown } {
  return { body: request.body, query: request.query, params: request.params };
}

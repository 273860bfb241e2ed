/**
 * The few routes outside the secured pipeline: the caller's own session, signing in and out,
 * OpenID Connect, health. They are defined in the contract like every other route (with
 * `permission: 'public'`), and each says why it needs no session: the reason is kept in the
 * route's `config.public`, where test/access-isolation.test.ts finds it.
 *
 * No actor means no transaction from the pipeline either: a public handler that writes
 * (sign-in, sign-out, OIDC) opens its own, as described in docs/ARCHITECTURE.md.
 */
import type { RateLimitOptions } from '@fastify/rate-limit';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { errorBodySchema, type RouteDefinition, type RouteResult } from '@hjemvej/contract';
import { inputOf, inputSchemasOf, type RouteInput } from './route-input';

/** The error answers a public route documents (each as the common error body). */
export type PublicErrorStatus = 400 | 401 | 403 | 404 | 429;

export interface PublicRouteImplementation<D extends RouteDefinition> {
  /** Why the route is reachable without a session. */
  readonly reason: string;
  readonly errors?: readonly PublicErrorStatus[];
  readonly rateLimit?: RateLimitOptions;
  /** Answers with a value (sent with the route's status), or sends the reply itself (redirects). */
  handler(request: FastifyRequest, reply: FastifyReply, input: RouteInput<D>): Promise<RouteResult<D> | FastifyReply>;
}

export function registerPublicRoute<const D extends RouteDefinition>(
  app: FastifyInstance,
  route: D,
  implementation: PublicRouteImplementation<D>,
): void {
  if (route.permission !== 'public') throw new Error(`registerPublicRoute: ${route.name} is not public`);
  const status = route.status ?? 200;
  // 503 for every public route: each reads the database (health, sessions), which may be restarting.
  const statuses = [...(implementation.errors ?? []), 503];
  const errors = Object.fromEntries(statuses.map((code) => [code, errorBodySchema]));
  app.withTypeProvider<ZodTypeProvider>().route({
    method: route.method,
    url: route.path,
    schema: {
      operationId: route.name,
      summary: route.summary,
      // No session needed: the document's default (the session cookie) does not apply.
      security: [],
      tags: [...route.tags],
      ...inputSchemasOf(route),
      response: { [status]: route.response, ...errors },
    },
    config: {
      public: implementation.reason,
      ...(implementation.rateLimit ? { rateLimit: implementation.rateLimit } : {}),
    },
    handler: async (request, reply) => {
      const result = await implementation.handler(request, reply, inputOf(request) as RouteInput<D>);
      if (reply.sent) return reply;
      return reply.code(status).send(status === 204 ? null : result);
    },
  });
}

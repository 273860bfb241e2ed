/** Sign-in, sign-out, the current session, and the user's own preferences. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import type { ZodTypeProvider } from 'fastify-type-provider-zod';
import { z } from 'zod';
import {
  errorBodySchema,
  preferencesBodySchema,
  sessionResponseSchema,
  signInBodySchema,
  signInResponseSchema,
  type SessionUser,
} from '@hjemvej/contract';
import { permissionsOf } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { snapshotOf } from '../../audit/audit-event';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { AppConfig } from '../../config/config';
import type { Db } from '../../database/connection';
import { AppError, UnauthorizedError } from '../../http/errors';
import { registerSecuredRoute } from '../../http/secured-route';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../http/session-cookie';
import { deleteSessionById, deleteSessionByToken, findActorBySessionToken } from './session-store';
import { signInWithPassword } from './sign-in-service';

export function toSessionUser(actor: Actor): SessionUser {
  return {
    id: actor.userId,
    displayName: actor.displayName,
    email: actor.email,
    role: actor.role,
    locale: actor.locale,
    organisation: {
      id: actor.organisationId,
      name: actor.organisationName,
      kind: actor.organisationKind,
      isDemo: actor.organisationIsDemo,
    },
    units: actor.units.map((unit) => ({ id: unit.id, name: unit.name })),
    permissions: [...permissionsOf(actor.role)],
  };
}

export function registerAuthRoutes(app: FastifyInstance, db: Db, config: AppConfig): void {
  const typed = app.withTypeProvider<ZodTypeProvider>();
  const oidcInfo = { enabled: config.oidc !== null, label: config.oidc?.label ?? '' };

  typed.get(
    '/api/auth/session',
    {
      schema: { summary: 'The current session (user may be null)', tags: ['auth'], response: { 200: sessionResponseSchema } },
      config: { public: 'reports only on the caller’s own session' },
    },
    async (request) => ({
      user: request.actor ? toSessionUser(request.actor) : null,
      csrfToken: request.actor?.csrfToken ?? null,
      oidc: oidcInfo,
    }),
  );

  typed.post(
    '/api/auth/sign-in',
    {
      schema: {
        summary: 'Sign in with e-mail and password',
        tags: ['auth'],
        body: signInBodySchema,
        response: {
          200: signInResponseSchema,
          400: errorBodySchema,
          401: errorBodySchema,
          403: errorBodySchema,
          429: errorBodySchema,
        },
      },
      config: {
        public: 'signing in',
        rateLimit: { max: 30, timeWindow: '1 minute' },
      },
    },
    async (request, reply) => {
      const result = await signInWithPassword(db, config.session, {
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
      });
      switch (result.kind) {
        case 'locked':
          reply.header('retry-after', String(result.retryAfterSeconds));
          throw new AppError(429, 'locked', { minutes: Math.ceil(result.retryAfterSeconds / 60) });
        case 'invalid':
          if (result.delayMs > 0) await sleep(result.delayMs);
          throw new AppError(401, 'invalid_credentials');
        case 'inactive':
          throw new AppError(403, 'account_inactive');
        case 'ok': {
          // Rotation: whatever session the browser had before is ended.
          const previous = request.cookies[sessionCookieName];
          if (previous) await deleteSessionByToken(db, previous);
          setSessionCookie(request, reply, result.session.token, result.session.expiresAt, config.cookieSecure);
          const actor = await findActorBySessionToken(db, result.session.token, config.session);
          if (!actor) throw new UnauthorizedError();
          return { user: toSessionUser(actor), csrfToken: result.session.csrfToken };
        }
      }
    },
  );

  typed.post(
    '/api/auth/sign-out',
    {
      schema: { summary: 'Sign out (ends the session)', tags: ['auth'], response: { 204: z.null(), 403: errorBodySchema } },
      config: { public: 'ends the caller’s own session' },
    },
    async (request, reply) => {
      const actor = request.actor;
      if (actor) {
        await db.transaction().execute(async (tx) => {
          await deleteSessionById(tx, actor.sessionId);
          await appendAuditEvents(tx, { actor: snapshotOf(actor), ip: request.ip }, [
            { action: 'auth.sign_out', subjectType: 'user', subjectId: actor.userId },
          ]);
        });
      }
      clearSessionCookie(reply);
      return reply.code(204).send(null);
    },
  );

  registerSecuredRoute(app, db, {
    method: 'PUT',
    url: '/api/me/preferences',
    summary: 'Remember the signed-in user’s language',
    tags: ['auth'],
    permission: null,
    audit: 'user.preferences_update',
    shape: 'item',
    body: preferencesBodySchema,
    response: z.null(),
    status: 204,
    async handler(ctx, { body }) {
      await ctx.tx
        .updateTable('users')
        .set({ locale: body.locale, updated_at: new Date() })
        .where('id', '=', ctx.actor.userId)
        .execute();
      ctx.describe({ subjectType: 'user', subjectId: ctx.actor.userId, changes: { locale: body.locale } });
      return null;
    },
  });
}

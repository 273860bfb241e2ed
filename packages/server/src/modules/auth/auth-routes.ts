/** Sign-in, sign-out, the current session, and the user's own preferences. */
import { setTimeout as sleep } from 'node:timers/promises';
import type { FastifyInstance } from 'fastify';
import { authRoutes, type SessionUser } from '@hjemvej/contract';
import { hasPermission, mayBeResponsibleCaseworker, mayRegisterCitizens, permissionsOf } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { needToKnowOfActor } from '../../access/citizen-scope';
import { snapshotOf } from '../../audit/audit-event';
import { appendAuditEvents } from '../../audit/audit-writer';
import type { AppConfig } from '../../config/config';
import type { Db } from '../../database/connection';
import { AppError, UnauthorizedError } from '../../http/errors';
import { registerPublicRoute } from '../../http/public-route';
import { registerSecuredRoute } from '../../http/secured-route';
import { clearSessionCookie, sessionCookieName, setSessionCookie } from '../../http/session-cookie';
import { deleteSessionById, deleteSessionByToken, findActorBySessionToken } from './session-store';
import { signInWithPassword } from './sign-in-service';

export function toSessionUser(actor: Actor): SessionUser {
  const needToKnow = needToKnowOfActor(actor);
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
    // The authority's caseworker reads everyone already; others may need to break the glass.
    mayUseEmergencyAccess: needToKnow.mayUseEmergencyAccess && needToKnow.reach !== 'municipality',
    mayRegisterCitizens: hasPermission(actor.role, 'citizens.write') && mayRegisterCitizens(needToKnow),
    mayBeResponsibleCaseworker: mayBeResponsibleCaseworker({
      role: actor.role,
      organisationKind: actor.organisationKind,
      unitKinds: actor.units.map((unit) => unit.kind),
    }),
  };
}

export function registerAuthRoutes(app: FastifyInstance, db: Db, config: AppConfig): void {
  const oidcInfo = { enabled: config.oidc !== null, label: config.oidc?.label ?? '' };

  registerPublicRoute(app, authRoutes.session, {
    reason: 'reports only on the caller’s own session',
    handler: async (request) => ({
      user: request.actor ? toSessionUser(request.actor) : null,
      csrfToken: request.actor?.csrfToken ?? null,
      oidc: oidcInfo,
    }),
  });

  registerPublicRoute(app, authRoutes.signIn, {
    reason: 'signing in',
    errors: [400, 401, 403, 429],
    rateLimit: { max: 30, timeWindow: '1 minute' },
    async handler(request, reply, { body }) {
      const result = await signInWithPassword(db, config.session, {
        email: body.email,
        password: body.password,
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
  });

  registerPublicRoute(app, authRoutes.signOut, {
    reason: 'ends the caller’s own session',
    errors: [403],
    async handler(request, reply) {
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
      return null;
    },
  });

  registerSecuredRoute(app, db, authRoutes.updatePreferences, async (ctx, { body }) => {
    await ctx.tx
      .updateTable('users')
      .set({ locale: body.locale, updated_at: new Date() })
      .where('id', '=', ctx.actor.userId)
      .execute();
    ctx.describe({ subjectType: 'user', subjectId: ctx.actor.userId, changes: { locale: body.locale } });
    return null;
  });
}

/**
 * On every /api request: find the actor from the session cookie, and refuse state-changing
 * requests that do not prove they come from our own pages (CSRF).
 */
import { timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { apiPathPrefix, authRoutes } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { AppError } from '../../http/errors';
import { sessionCookieName } from '../../http/session-cookie';
import { findActorBySessionToken, touchSession, type SessionSettings } from './session-store';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);

export function registerAuthentication(app: FastifyInstance, db: Db, settings: SessionSettings): void {
  app.decorateRequest('actor', null);
  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith(apiPathPrefix)) return;
    const token = request.cookies[sessionCookieName];
    if (token) {
      const found = await findActorBySessionToken(db, token, settings);
      if (found) {
        const { lastSeenAt, ...actor } = found;
        request.actor = actor;
        await touchSession(db, actor.sessionId, lastSeenAt);
      }
    }
    // Unknown routes get their clean 404 from the not-found handler instead.
    if (!safeMethods.has(request.method) && request.routeOptions.url !== undefined) verifyCsrf(request);
  });
}

function sameSecret(a: string, b: string): boolean {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && timingSafeEqual(left, right);
}

/**
 * Signed in: the x-csrf-token header must match the session's token (a cross-site page
 * cannot read it). Not signed in (sign-in itself): the request must be JSON, which a
 * cross-site form cannot send without a CORS preflight, and any Origin must be our own.
 */
function verifyCsrf(request: FastifyRequest): void {
  // Signing in again (another tab, another account) replaces the session; it is guarded like a first sign-in.
  if (request.actor && request.routeOptions.url !== authRoutes.signIn.path) {
    const header = request.headers['x-csrf-token'];
    if (typeof header !== 'string' || !sameSecret(header, request.actor.csrfToken)) throw new AppError(403, 'csrf_failed');
    return;
  }
  const origin = request.headers.origin;
  if (origin !== undefined && originHost(origin) !== request.headers.host) throw new AppError(403, 'csrf_failed');
}

function originHost(origin: string): string | null {
  try {
    return new URL(origin).host;
  } catch {
    return null;
  }
}

/** The session cookie: HttpOnly, SameSite=Lax, Secure except on localhost (or as configured). */
import type { FastifyReply, FastifyRequest } from 'fastify';

export const sessionCookieName = 'hjemvej_session';

const localHosts = new Set(['localhost', '127.0.0.1', '[::1]', '::1']);

export function isSecureCookie(request: FastifyRequest, setting: 'auto' | boolean): boolean {
  if (setting !== 'auto') return setting;
  return !localHosts.has(request.hostname.replace(/:\d+$/, ''));
}

export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  secureSetting: 'auto' | boolean,
): void {
  reply.setCookie(sessionCookieName, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: isSecureCookie(request, secureSetting),
    expires: expiresAt,
  });
}

export function clearSessionCookie(reply: FastifyReply): void {
  reply.clearCookie(sessionCookieName, { path: '/' });
}

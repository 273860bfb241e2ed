/**
 * The short-lived cookie that carries one OpenID Connect sign-in from /start to /callback:
 * the PKCE code verifier, the state and the nonce. No server-side store is needed, so any
 * web process can finish a sign-in another one started. Keeping the values in an HttpOnly
 * cookie is safe: only our origin can set it, a stolen authorization code is useless
 * without the verifier, and the callback is only accepted when the state sent back by the
 * provider equals the one in the cookie (which defeats login CSRF).
 */
import type { FastifyReply, FastifyRequest } from 'fastify';
import * as oidcClient from 'openid-client';
import { z } from 'zod';
import { oidcPathPrefix } from '@hjemvej/contract';
import { isSecureCookie } from '../../http/session-cookie';

export const oidcFlowCookieName = 'hjemvej_oidc_flow';

/** Sent only to the two OIDC routes, not with every API request. */
const cookiePath = oidcPathPrefix;
const flowLifetimeSeconds = 10 * 60;

export interface OidcFlow {
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Epoch milliseconds; checked on return because a browser may keep an expired cookie. */
  readonly startedAt: number;
}

const randomValue = z.string().min(32).max(256);
const flowSchema = z.object({ state: randomValue, nonce: randomValue, codeVerifier: randomValue, startedAt: z.number().int() });

export function newOidcFlow(now: Date = new Date()): OidcFlow {
  return {
    state: oidcClient.randomState(),
    nonce: oidcClient.randomNonce(),
    codeVerifier: oidcClient.randomPKCECodeVerifier(),
    startedAt: now.getTime(),
  };
}

export function setOidcFlowCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  flow: OidcFlow,
  secureSetting: 'auto' | boolean,
): void {
  reply.setCookie(oidcFlowCookieName, Buffer.from(JSON.stringify(flow)).toString('base64url'), {
    path: cookiePath,
    httpOnly: true,
    // Lax, not Strict: the provider's redirect back to us is a cross-site top-level navigation.
    sameSite: 'lax',
    secure: isSecureCookie(request, secureSetting),
    maxAge: flowLifetimeSeconds,
  });
}

/** The flow this browser started, or null when the cookie is missing, malformed or too old. */
export function readOidcFlowCookie(request: FastifyRequest, now: Date = new Date()): OidcFlow | null {
  const raw = request.cookies[oidcFlowCookieName];
  if (!raw) return null;
  const parsed = flowSchema.safeParse(parseJson(Buffer.from(raw, 'base64url').toString('utf8')));
  if (!parsed.success) return null;
  const age = now.getTime() - parsed.data.startedAt;
  return age >= 0 && age <= flowLifetimeSeconds * 1000 ? parsed.data : null;
}

export function clearOidcFlowCookie(reply: FastifyReply): void {
  reply.clearCookie(oidcFlowCookieName, { path: cookiePath });
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return null;
  }
}

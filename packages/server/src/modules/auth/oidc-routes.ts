/**
 * OpenID Connect sign-in, an alternative to passwords when OIDC_ISSUER is configured:
 * /start sends the browser to the provider, /callback takes it back and signs it in.
 * Both are browser navigations, so every outcome is a redirect to a page of the web app,
 * never a JSON error, except the clean 404 when OIDC is not configured at all.
 */
import type { FastifyBaseLogger, FastifyInstance, FastifyReply } from 'fastify';
import { authRoutes } from '@hjemvej/contract';
import type { AppConfig, OidcConfig } from '../../config/config';
import type { Db } from '../../database/connection';
import { AppError } from '../../http/errors';
import type { MessageCode } from '../../http/messages';
import { registerPublicRoute } from '../../http/public-route';
import { sessionCookieName, setSessionCookie } from '../../http/session-cookie';
import { clearOidcFlowCookie, newOidcFlow, readOidcFlowCookie, setOidcFlowCookie } from './oidc-flow-cookie';
import { createOidcProtocol, type OidcIdentity } from './oidc-protocol';
import { signInWithOidc } from './oidc-sign-in';

/** Per IP, as for password sign-in: each attempt costs requests to the provider. */
const rateLimit = { max: 30, timeWindow: '1 minute' };

export function registerOidcRoutes(app: FastifyInstance, db: Db, config: AppConfig): void {
  const oidc = config.oidc;
  const protocol = oidc ? createOidcProtocol(oidc) : null;

  function requireConfigured(): { oidc: OidcConfig; protocol: NonNullable<typeof protocol> } {
    if (!oidc || !protocol) throw new AppError(404, 'oidc_not_configured');
    return { oidc, protocol };
  }

  registerPublicRoute(app, authRoutes.oidcStart, {
    reason: 'redirect to the identity provider',
    errors: [404],
    rateLimit,
    async handler(request, reply) {
      const { protocol } = requireConfigured();
      const flow = newOidcFlow();
      let authorizationUrl: URL;
      try {
        authorizationUrl = await protocol.authorizationUrl(flow);
      } catch (error) {
        return failed(reply, request.log, error, 'start');
      }
      setOidcFlowCookie(request, reply, flow, config.cookieSecure);
      return reply.redirect(authorizationUrl.href, 302);
    },
  });

  registerPublicRoute(app, authRoutes.oidcCallback, {
    reason: 'return from the identity provider',
    errors: [404],
    rateLimit,
    async handler(request, reply, { query }) {
      const { oidc, protocol } = requireConfigured();
      const flow = readOidcFlowCookie(request);
      // One use only, whatever happens next.
      clearOidcFlowCookie(reply);
      if (!flow)
        return failed(reply, request.log, new Error('no sign-in in progress (state cookie missing or expired)'), 'callback');
      if (query.error !== undefined)
        return failed(reply, request.log, new Error(`the provider answered ${query.error}`), 'callback');

      let identity: OidcIdentity;
      try {
        identity = await protocol.identify(callbackUrl(oidc.redirectUri, request.url), flow);
      } catch (error) {
        return failed(reply, request.log, error, 'callback');
      }

      const result = await signInWithOidc(db, config.session, identity, {
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        previousSessionToken: request.cookies[sessionCookieName] ?? null,
      });
      if (result.kind === 'refused') {
        request.log.info(
          { reason: result.reason, issuer: identity.issuer },
          'OpenID Connect identity has no active Hjemvej user',
        );
        return toSignInPage(reply, 'oidc_no_user');
      }
      setSessionCookie(request, reply, result.session.token, result.session.expiresAt, config.cookieSecure);
      return reply.redirect('/', 302);
    },
  });
}

/**
 * The URL the provider sent the browser to, rebuilt from the configured redirect URI
 * rather than the Host header, which a proxy may have changed: openid-client reads the
 * response parameters from it.
 */
function callbackUrl(redirectUri: string, requestUrl: string): URL {
  const url = new URL(redirectUri);
  url.search = new URL(requestUrl, url).search;
  return url;
}

function failed(reply: FastifyReply, log: FastifyBaseLogger, error: unknown, step: 'start' | 'callback'): FastifyReply {
  log.warn({ err: error, step }, 'OpenID Connect sign-in failed');
  return toSignInPage(reply, 'oidc_failed');
}

function toSignInPage(reply: FastifyReply, code: Extract<MessageCode, 'oidc_failed' | 'oidc_no_user'>): FastifyReply {
  return reply.redirect(`/sign-in?error=${code}`, 302);
}

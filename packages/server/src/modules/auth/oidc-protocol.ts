/**
 * The protocol half of OpenID Connect sign-in, built on openid-client: discovery, the
 * authorization URL (code flow with PKCE, state and nonce) and the code exchange that
 * turns the provider's answer into a verified identity. Knows nothing of Hjemvej users.
 */
import * as oidcClient from 'openid-client';
import type { OidcConfig } from '../../config/config';
import type { OidcFlow } from './oidc-flow-cookie';

/** Who the provider says signed in; the issuer and subject are verified from the ID token. */
export interface OidcIdentity {
  readonly issuer: string;
  readonly subject: string;
  /** Lower-cased value of the configured e-mail claim, or null when the provider sent none. */
  readonly email: string | null;
  /** The provider's email_verified claim; null when it does not send one (Entra ID, for one, does not). */
  readonly emailVerified: boolean | null;
}

export interface OidcProtocol {
  authorizationUrl(flow: OidcFlow): Promise<URL>;
  /** Validates state, nonce and ID token and redeems the code; throws on any protocol error. */
  identify(callbackUrl: URL, flow: OidcFlow): Promise<OidcIdentity>;
}

export function createOidcProtocol(config: OidcConfig): OidcProtocol {
  const configuration = cachedDiscovery(config);
  return {
    async authorizationUrl(flow) {
      return oidcClient.buildAuthorizationUrl(await configuration(), {
        redirect_uri: config.redirectUri,
        scope: config.scope,
        state: flow.state,
        nonce: flow.nonce,
        code_challenge: await oidcClient.calculatePKCECodeChallenge(flow.codeVerifier),
        code_challenge_method: 'S256',
      });
    },
    async identify(callbackUrl, flow) {
      const discovered = await configuration();
      const tokens = await oidcClient.authorizationCodeGrant(discovered, callbackUrl, {
        pkceCodeVerifier: flow.codeVerifier,
        expectedState: flow.state,
        expectedNonce: flow.nonce,
        idTokenExpected: true,
      });
      const idToken = tokens.claims();
      if (!idToken) throw new Error('the provider returned no ID token');
      const claims = await emailClaims(discovered, tokens.access_token, idToken, config.emailClaim);
      return { issuer: idToken.iss, subject: idToken.sub, ...readEmail(claims, config.emailClaim) };
    },
  };
}

/**
 * Discovers the provider once per process and reuses the result. A failed discovery is
 * not cached, so a provider that was down at the first sign-in is tried again next time.
 */
function cachedDiscovery(config: OidcConfig): () => Promise<oidcClient.Configuration> {
  let pending: Promise<oidcClient.Configuration> | null = null;
  return () => {
    pending ??= discover(config).catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
}

async function discover(config: OidcConfig): Promise<oidcClient.Configuration> {
  const execute = config.allowInsecureIssuer ? [oidcClient.allowInsecureRequests] : [];
  const discovered = await oidcClient.discovery(new URL(config.issuer), config.clientId, config.clientSecret, undefined, {
    execute,
  });
  const metadata = discovered.serverMetadata();
  const configuration = new oidcClient.Configuration(
    metadata,
    config.clientId,
    config.clientSecret,
    clientAuthentication(metadata, config.clientSecret),
  );
  if (config.allowInsecureIssuer) oidcClient.allowInsecureRequests(configuration);
  return configuration;
}

/**
 * openid-client defaults to client_secret_post, but OpenID Connect's default for a
 * registered client is client_secret_basic, which every provider must support; use post
 * only when the provider says it does not accept basic.
 */
function clientAuthentication(metadata: oidcClient.ServerMetadata, clientSecret: string): oidcClient.ClientAuth {
  const supported = metadata.token_endpoint_auth_methods_supported ?? ['client_secret_basic'];
  return supported.includes('client_secret_basic')
    ? oidcClient.ClientSecretBasic(clientSecret)
    : oidcClient.ClientSecretPost(clientSecret);
}

type Claims = Readonly<Record<string, oidcClient.JsonValue | undefined>>;

/**
 * Many providers put profile claims such as e-mail only in the UserInfo response when an
 * access token is issued, not in the ID token; ask UserInfo (bound to the same subject)
 * when the ID token lacks the claim.
 */
async function emailClaims(
  configuration: oidcClient.Configuration,
  accessToken: string,
  idToken: oidcClient.IDToken,
  emailClaim: string,
): Promise<Claims> {
  if (idToken[emailClaim] !== undefined || !configuration.serverMetadata().userinfo_endpoint) return idToken;
  return oidcClient.fetchUserInfo(configuration, accessToken, idToken.sub);
}

function readEmail(claims: Claims, emailClaim: string): Pick<OidcIdentity, 'email' | 'emailVerified'> {
  const email = claims[emailClaim];
  const verified = claims.email_verified;
  return {
    email: typeof email === 'string' && email.trim() !== '' ? email.trim().toLowerCase() : null,
    emailVerified: typeof verified === 'boolean' ? verified : null,
  };
}

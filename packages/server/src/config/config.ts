/**
 * Configuration from the environment, read once at start. Every setting has a safe default
 * so `npm start` needs nothing configured.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseDatabaseUrl, type DatabaseTarget } from './database-url';
import { auditSettingsFrom, type AuditSettings } from './audit-settings';

export interface OidcConfig {
  readonly issuer: string;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Where the provider sends the browser back, e.g. https://hjemvej.kommune.dk/api/auth/oidc/callback */
  readonly redirectUri: string;
  /** Shown on the sign-in button. */
  readonly label: string;
  /** Claim that holds the user's e-mail, used to find the Hjemvej user on first sign-in. */
  readonly emailClaim: string;
  readonly scope: string;
  /** Only for tests and local providers: allow http:// issuers. */
  readonly allowInsecureIssuer: boolean;
}

export interface AppConfig {
  readonly port: number;
  readonly host: string;
  readonly database: DatabaseTarget;
  readonly logLevel: string;
  readonly session: { readonly idleMinutes: number; readonly absoluteHours: number };
  /** 'auto': Secure cookies unless the request is to localhost. */
  readonly cookieSecure: 'auto' | boolean;
  readonly oidc: OidcConfig | null;
  /** Load demo data on first start (default only on the embedded database). */
  readonly seedDemoOnStart: boolean;
  /** Built web app to serve, or null for API only. */
  readonly webDistDir: string | null;
  /** Hosts trusted to set X-Forwarded-For (behind a load balancer). */
  readonly trustProxy: boolean;
  readonly version: string;
  /** Outgoing e-mail for notifications; null: in-app notifications only. */
  readonly smtp: SmtpConfig | null;
  /** The address users open Hjemvej at, for links in e-mails (default http://localhost:PORT). */
  readonly publicUrl: string;
  /** The audit key and the signed checkpoints, kept outside the database. */
  readonly audit: AuditSettings;
}

export interface SmtpConfig {
  /** e.g. smtps://user:password@mail.kommune.dk:465 or smtp://relay.kommune.dk:25 */
  readonly url: string;
  readonly from: string;
}

function readSmtp(env: NodeJS.ProcessEnv): SmtpConfig | null {
  if (!env.SMTP_URL) return null;
  if (!env.SMTP_FROM) throw new Error('SMTP_URL is set, so SMTP_FROM must be set too (e.g. "Hjemvej <noreply@kommune.dk>")');
  return { url: env.SMTP_URL, from: env.SMTP_FROM };
}

/**
 * The repository's root, found by walking up from this file: it runs from src/config/ and from
 * the server's bundle in dist/ (`bin/server-bundle.mjs`).
 */
function findRepositoryRoot(start: string): string {
  for (let folder = start; path.dirname(folder) !== folder; folder = path.dirname(folder)) {
    if (fs.existsSync(path.join(folder, 'packages/server/package.json'))) return folder;
  }
  return path.resolve(start, '../../../..');
}
export const repositoryRoot = findRepositoryRoot(path.dirname(fileURLToPath(import.meta.url)));

function integer(value: string | undefined, fallback: number, name: string): number {
  if (value === undefined || value === '') return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < 0) throw new Error(`${name} must be a whole number, got "${value}"`);
  return parsed;
}

function flag(value: string | undefined): boolean | undefined {
  if (value === undefined || value === '') return undefined;
  return ['1', 'true', 'yes', 'on'].includes(value.toLowerCase());
}

function readOidc(env: NodeJS.ProcessEnv): OidcConfig | null {
  const issuer = env.OIDC_ISSUER;
  if (!issuer) return null;
  const missing = ['OIDC_CLIENT_ID', 'OIDC_CLIENT_SECRET', 'OIDC_REDIRECT_URI'].filter((name) => !env[name]);
  if (missing.length > 0) throw new Error(`OIDC_ISSUER is set, so ${missing.join(', ')} must be set too`);
  return {
    issuer,
    clientId: env.OIDC_CLIENT_ID ?? '',
    clientSecret: env.OIDC_CLIENT_SECRET ?? '',
    redirectUri: env.OIDC_REDIRECT_URI ?? '',
    label: env.OIDC_LABEL ?? 'KOMBIT / Entra ID',
    emailClaim: env.OIDC_EMAIL_CLAIM ?? 'email',
    scope: env.OIDC_SCOPE ?? 'openid email profile',
    allowInsecureIssuer: flag(env.OIDC_ALLOW_INSECURE) ?? false,
  };
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): AppConfig {
  const database = parseDatabaseUrl(env.DATABASE_URL, repositoryRoot);
  const webDistDir = env.WEB_DIST_DIR ?? path.join(repositoryRoot, 'packages/web/dist');
  const cookieSecure = flag(env.COOKIE_SECURE);
  return {
    port: integer(env.PORT, 3000, 'PORT'),
    host: env.HOST ?? '127.0.0.1',
    database,
    logLevel: env.LOG_LEVEL ?? 'info',
    session: {
      idleMinutes: integer(env.SESSION_IDLE_MINUTES, 30, 'SESSION_IDLE_MINUTES'),
      absoluteHours: integer(env.SESSION_ABSOLUTE_HOURS, 12, 'SESSION_ABSOLUTE_HOURS'),
    },
    cookieSecure: cookieSecure ?? 'auto',
    oidc: readOidc(env),
    seedDemoOnStart: flag(env.SEED_DEMO) ?? database.kind === 'pglite',
    webDistDir: webDistDir === '' ? null : webDistDir,
    trustProxy: flag(env.TRUST_PROXY) ?? false,
    version: env.npm_package_version ?? '0.1.0',
    smtp: readSmtp(env),
    audit: auditSettingsFrom(env, database, repositoryRoot),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${integer(env.PORT, 3000, 'PORT')}`).replace(/\/+$/, ''),
  };
}

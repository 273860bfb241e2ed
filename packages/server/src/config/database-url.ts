/**
 * Parses DATABASE_URL into the one of three database targets Hjemvej runs on.
 * unset → embedded PGlite in ./data; pglite://memory → throw-away; pglite://<folder>; postgres://… → PostgreSQL.
 */
import path from 'node:path';

export type DatabaseTarget =
  { readonly kind: 'pglite'; readonly dataDir: string | null } | { readonly kind: 'postgres'; readonly connectionString: string };

export const defaultDatabaseUrl = 'pglite://./data';

export class DatabaseUrlError extends Error {}

export function parseDatabaseUrl(url: string | undefined, cwd: string = process.cwd()): DatabaseTarget {
  const value = (url ?? '').trim() || defaultDatabaseUrl;
  if (value.startsWith('postgres://') || value.startsWith('postgresql://')) {
    return { kind: 'postgres', connectionString: value };
  }
  if (value.startsWith('pglite://')) {
    const location = value.slice('pglite://'.length);
    if (location === 'memory') return { kind: 'pglite', dataDir: null };
    if (location === '') throw new DatabaseUrlError('pglite:// needs a folder, e.g. pglite://./data, or pglite://memory');
    return { kind: 'pglite', dataDir: path.resolve(cwd, location) };
  }
  throw new DatabaseUrlError(
    `DATABASE_URL must start with postgres://, postgresql:// or pglite:// (got "${value.split('://')[0] ?? value}://…")`,
  );
}

/** A description of the target that is safe to show (no password). */
export function describeDatabaseTarget(target: DatabaseTarget): string {
  if (target.kind === 'pglite') return target.dataDir ?? 'memory';
  const parsed = new URL(target.connectionString);
  return `${parsed.hostname}:${parsed.port || '5432'}${parsed.pathname}`;
}

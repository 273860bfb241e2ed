import { describe, expect, it } from 'vitest';
import { DatabaseUrlError, describeDatabaseTarget, parseDatabaseUrl } from './database-url';

describe('DATABASE_URL', () => {
  it('defaults to an embedded PGlite in ./data', () => {
    expect(parseDatabaseUrl(undefined, '/srv/hjemvej')).toEqual({ kind: 'pglite', dataDir: '/srv/hjemvej/data' });
    expect(parseDatabaseUrl('  ', '/srv/hjemvej')).toEqual({ kind: 'pglite', dataDir: '/srv/hjemvej/data' });
  });

  it('knows pglite://memory, pglite://<folder> and postgres://', () => {
    expect(parseDatabaseUrl('pglite://memory')).toEqual({ kind: 'pglite', dataDir: null });
    expect(parseDatabaseUrl('pglite:///var/lib/hjemvej')).toEqual({ kind: 'pglite', dataDir: '/var/lib/hjemvej' });
    expect(parseDatabaseUrl('postgresql://u:p@db:5432/hjemvej')).toEqual({
      kind: 'postgres',
      connectionString: 'postgresql://u:p@db:5432/hjemvej',
    });
  });

  it('refuses anything else with a message that says what is allowed', () => {
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(DatabaseUrlError);
    expect(() => parseDatabaseUrl('mysql://x')).toThrow(/postgres:\/\/, postgresql:\/\/ or pglite:\/\//);
    expect(() => parseDatabaseUrl('pglite://')).toThrow(/needs a folder/);
  });

  it('never shows the password when describing the target', () => {
    expect(describeDatabaseTarget({ kind: 'postgres', connectionString: 'postgres://hjemvej:hemmelig@db.local:6543/prod' })).toBe(
      'db.local:6543/prod',
    );
  });
});

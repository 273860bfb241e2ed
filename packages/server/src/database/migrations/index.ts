/**
 * Every migration, in order. Listed statically (not read from disk) so the same list
 * works under tsx, in a bundle and in tests.
 */
import type { Migration } from 'kysely';
import * as m0001 from './0001-foundation';

export const migrations: Record<string, Migration> = {
  '0001-foundation': m0001,
};

/**
 * Fixes the session settings that shape PostgreSQL's text output, for the current
 * transaction only, so a backup's values read back identically on any server whatever
 * its defaults (DateStyle, time zone, float digits, bytea encoding).
 */
import { sql, type Transaction } from 'kysely';
import type { Database } from '../database/schema';

export async function useCanonicalTextFormats(tx: Transaction<Database>): Promise<void> {
  await sql`SET LOCAL TimeZone = 'UTC'`.execute(tx);
  await sql`SET LOCAL DateStyle = 'ISO, YMD'`.execute(tx);
  await sql`SET LOCAL IntervalStyle = 'postgres'`.execute(tx);
  await sql`SET LOCAL extra_float_digits = 3`.execute(tx);
  await sql`SET LOCAL bytea_output = 'hex'`.execute(tx);
}

/**
 * What a service does first with a citizen's data, written once: find the person in the
 * actor's scope for the data's category (404 when not found or not yours, never distinguished),
 * and read a list of one kind of the person's records as one event about the citizen.
 */
import type { DataCategory } from '@hjemvej/domain';
import type { Actor } from '../access/actor';
import { requireFound } from '../http/errors';
import type { DataContext } from '../http/secured-route';
import { describeCitizenRecord } from './citizen-audit';
import { findPerson, type Person } from './person-queries';

/** The person `citizenId` (any of their records) belongs to, in scope for `category`; NotFoundError otherwise. */
export async function requirePerson(
  ctx: DataContext,
  citizenId: string,
  options: { forUpdate?: boolean; category?: DataCategory } = {},
): Promise<Person> {
  const person = requireFound(await findPerson(ctx.tx, ctx.actor, citizenId, options));
  return person;
}

/**
 * A row of one of the citizen's records found in scope, with its person in scope for `category`
 * (locked with `forUpdate`); NotFoundError when either is not found.
 */
export async function requireRowOfPerson<R extends { readonly citizenId: string }>(
  ctx: DataContext,
  row: R | null | undefined,
  options: { forUpdate?: boolean; category?: DataCategory },
): Promise<{ row: R; person: Person }> {
  const found = requireFound(row);
  return { row: found, person: await requirePerson(ctx, found.citizenId, options) };
}

/**
 * The rows of one kind of record of all the person's records (`find` scopes them itself), the
 * read described as one event about the citizen that counts them.
 */
export async function readRowsOfPerson<R>(
  ctx: DataContext,
  person: Person,
  find: (tx: DataContext['tx'], actor: Actor, citizenRecordIds: readonly string[]) => Promise<readonly R[]>,
): Promise<R[]> {
  const rows = [...(await find(ctx.tx, ctx.actor, person.recordIds))];
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, { count: rows.length });
  return rows;
}

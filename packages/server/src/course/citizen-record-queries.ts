/**
 * The two reads every module of a citizen's records makes through its own scoped select,
 * written once: one record by id, and the records of a person (the citizen and the records
 * linked into it). The module keeps its select (columns, joins, scope); this adds only the
 * filter on the record table's `id` or `citizen_id` and the order.
 */
import { sql, type OrderByExpression, type SelectQueryBuilder, type Simplify, type Transaction } from 'kysely';
import type { Actor } from '../access/actor';
import { findFirstRow } from '../database/first-row';
import { executeRemembered } from '../database/remembered-reads';
import type { Database } from '../database/schema';

type Tx = Transaction<Database>;

/** The alias of a table with `id` and `citizen_id` among the select's tables; `never` (a type error) otherwise. */
type RecordAlias<DB, A extends keyof DB> = DB[A] extends { id: unknown; citizen_id: unknown } ? A : never;

export interface CitizenRecordReads<R> {
  /** The record `id` if the select finds it (in the actor's scope), or null. */
  readonly findById: (tx: Tx, actor: Actor, id: string) => Promise<R | null>;
  /**
   * The records the select finds among `recordIds` (a person's records), newest first; the
   * same statement is sent once in a remembering transaction (the citizen page's many reads).
   */
  readonly findRowsOfPerson: (tx: Tx, actor: Actor, recordIds: readonly string[]) => Promise<R[]>;
}

/** The reads of the record table `alias` through `select`; `newestFirst` are the columns that order a person's records, each descending. */
export function citizenRecordReads<DB, TB extends keyof DB, O, A extends TB & string>(
  select: (tx: Tx, actor: Actor) => SelectQueryBuilder<DB, TB, O>,
  alias: RecordAlias<DB, A>,
  newestFirst: readonly NoInfer<OrderByExpression<DB, TB, O>>[],
): CitizenRecordReads<Simplify<O>> {
  return {
    findById: (tx, actor, id) => findFirstRow(select(tx, actor).where(sql.ref(`${alias}.id`), '=', id), false),
    findRowsOfPerson: async (tx, actor, recordIds) => {
      if (recordIds.length === 0) return [];
      let query = select(tx, actor).where(sql.ref(`${alias}.citizen_id`), 'in', [...recordIds]);
      for (const column of newestFirst) query = query.orderBy(column, 'desc');
      return executeRemembered(tx, query);
    },
  };
}

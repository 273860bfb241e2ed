import { describe, expect, it } from 'vitest';
import { Kysely, type Transaction } from 'kysely';
import type { Actor } from '../access/actor';
import { compileOnlyDialect } from '../database/reviewable-sql';
import type { Database } from '../database/schema';
import { citizenRecordReads } from './citizen-record-queries';

/** A database that answers no rows and keeps the statements it was sent. */
function recordingDatabase() {
  const sent: { sql: string; parameters: readonly unknown[] }[] = [];
  const db = new Kysely<Database>({
    dialect: compileOnlyDialect,
    log: (event) => {
      if (event.level === 'query') sent.push({ sql: event.query.sql, parameters: event.query.parameters });
    },
  });
  return { db, sent };
}

function selectPlans(tx: Transaction<Database>, _actor: Actor) {
  return tx.selectFrom('plans as p').select(['p.id', 'p.kind']);
}

const actor = {} as Actor;
const planReads = citizenRecordReads(selectPlans, 'p', ['p.made_on', 'p.created_at']);

describe('citizen record reads', () => {
  it('find one record by its id through the select', async () => {
    const { db, sent } = recordingDatabase();
    const row = await db.transaction().execute((tx) => planReads.findById(tx, actor, 'plan-1'));
    expect(row).toBeNull();
    expect(sent).toEqual([
      { sql: 'select "p"."id", "p"."kind" from "plans" as "p" where "p"."id" = $1', parameters: ['plan-1'] },
    ]);
  });

  it("find the person's records among their record ids, newest first by the given columns", async () => {
    const { db, sent } = recordingDatabase();
    await db.transaction().execute((tx) => planReads.findRowsOfPerson(tx, actor, ['c-1', 'c-2']));
    expect(sent).toEqual([
      {
        sql: 'select "p"."id", "p"."kind" from "plans" as "p" where "p"."citizen_id" in ($1, $2) order by "p"."made_on" desc, "p"."created_at" desc',
        parameters: ['c-1', 'c-2'],
      },
    ]);
  });

  it('send nothing for a person without records', async () => {
    const { db, sent } = recordingDatabase();
    expect(await db.transaction().execute((tx) => planReads.findRowsOfPerson(tx, actor, []))).toEqual([]);
    expect(sent).toEqual([]);
  });
});

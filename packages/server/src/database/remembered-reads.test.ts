import { describe, expect, it } from 'vitest';
import type { Transaction } from 'kysely';
import type { Database } from './schema';
import { executeRemembered, executeRememberedFirst, rememberReadsIn } from './remembered-reads';

type Tx = Transaction<Database>;

/** A stand-in query: its statement and parameters, and how often it was sent. */
function query(sql: string, parameters: unknown[], rows: { id: number }[]) {
  const sent = { count: 0 };
  return {
    sent,
    compile: () => ({ sql, parameters }),
    execute: () => {
      sent.count += 1;
      return Promise.resolve(rows);
    },
  };
}

describe('remembered reads', () => {
  it('send each statement every time in an ordinary transaction', async () => {
    const tx = {} as Tx;
    const q = query('select 1', [1], [{ id: 1 }]);
    await executeRemembered(tx, q);
    await executeRemembered(tx, q);
    expect(q.sent.count).toBe(2);
  });

  it('send a statement with the same parameters once in a remembering transaction', async () => {
    const tx = {} as Tx;
    rememberReadsIn(tx);
    const first = query('select * from stays where citizen_id in ($1)', ['a'], [{ id: 1 }, { id: 2 }]);
    const again = query('select * from stays where citizen_id in ($1)', ['a'], [{ id: 9 }]);
    const other = query('select * from stays where citizen_id in ($1)', ['b'], [{ id: 3 }]);
    expect(await executeRemembered(tx, first)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(await executeRemembered(tx, again)).toEqual([{ id: 1 }, { id: 2 }]);
    expect(again.sent.count).toBe(0);
    expect(await executeRememberedFirst(tx, other)).toEqual({ id: 3 });
    expect(other.sent.count).toBe(1);
  });

  it("give each caller its own array, so one caller's sort does not reorder another's rows", async () => {
    const tx = {} as Tx;
    rememberReadsIn(tx);
    const q = query('select 2', [], [{ id: 1 }, { id: 2 }]);
    const mine = await executeRemembered(tx, q);
    mine.reverse();
    expect(await executeRemembered(tx, q)).toEqual([{ id: 1 }, { id: 2 }]);
  });

  it('are kept per transaction', async () => {
    const remembering = {} as Tx;
    const other = {} as Tx;
    rememberReadsIn(remembering);
    const q = query('select 3', [], [{ id: 1 }]);
    await executeRemembered(remembering, q);
    await executeRemembered(other, q);
    await executeRemembered(other, q);
    expect(q.sent.count).toBe(3);
  });
});

/**
 * Makes an embedded PGlite database look like a `pg` Pool with one connection, so that
 * Kysely's own PostgresDialect (compiler, adapter, introspector, transactions) runs on it
 * unchanged. PGlite is single-connection: `connect()` hands out the connection to one
 * caller at a time and queues the rest, which keeps transactions whole.
 */
import type { PGlite } from '@electric-sql/pglite';

interface PoolClientLike {
  query(sql: string, parameters: readonly unknown[]): Promise<{ rows: unknown[]; rowCount: number; command: string }>;
  release(): void;
}

export class PGlitePool {
  readonly #database: PGlite;
  #queue: Promise<void> = Promise.resolve();

  constructor(database: PGlite) {
    this.#database = database;
  }

  async connect(): Promise<PoolClientLike> {
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    const previous = this.#queue;
    this.#queue = previous.then(() => released);
    await previous;
    const database = this.#database;
    return {
      async query(sql, parameters) {
        // Like pg: without parameters use the simple protocol, which also allows several statements.
        const result =
          parameters.length === 0
            ? ((await database.exec(sql)).at(-1) ?? { rows: [], affectedRows: 0 })
            : await database.query<Record<string, unknown>>(sql, [...parameters], { rowMode: 'object' });
        const command = sql.trimStart().split(/\s/, 1)[0]?.toUpperCase() ?? '';
        return { rows: result.rows as unknown[], rowCount: result.affectedRows ?? result.rows.length, command };
      },
      release,
    };
  }

  async end(): Promise<void> {
    await this.#queue;
    await this.#database.close();
  }
}

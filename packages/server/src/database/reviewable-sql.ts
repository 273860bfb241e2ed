/**
 * Reviewable copies of important statements (Immich's `server/src/queries/*.sql`): a module
 * keeps a `.sql` file beside its queries, generated from the code for one fixed example with
 * its parameters listed, and a unit test beside it fails when the copy differs from what the
 * code compiles to (`UPDATE_SQL_COPIES=1` rewrites them). A reviewer sees a query change in
 * the diff of the `.sql` file.
 */
import fs from 'node:fs';
import {
  DummyDriver,
  Kysely,
  PostgresAdapter,
  PostgresIntrospector,
  PostgresQueryCompiler,
  type Dialect,
  type RawBuilder,
} from 'kysely';
import type { Actor } from '../access/actor';
import type { Database } from './schema';

/** PostgreSQL's SQL without a database: statements compile, and executing one answers no rows. */
export const compileOnlyDialect: Dialect = {
  createAdapter: () => new PostgresAdapter(),
  createDriver: () => new DummyDriver(),
  createIntrospector: (db) => new PostgresIntrospector(db),
  createQueryCompiler: () => new PostgresQueryCompiler(),
};

const compiler = new Kysely<Database>({ dialect: compileOnlyDialect });

/** The caller of every example: a caseworker of a municipality. */
export const exampleActor: Actor = {
  userId: '00000000-0000-4000-8000-000000000001',
  displayName: 'Sagsbehandler',
  email: 'sagsbehandler@example.dk',
  role: 'caseworker',
  locale: 'da',
  organisationId: '00000000-0000-4000-8000-0000000000aa',
  organisationName: 'Eksempel Kommune',
  organisationKind: 'municipality',
  organisationIsDemo: false,
  units: [],
  sessionId: 'example',
  csrfToken: 'example',
};

/** One statement as the module sends it, under a comment `title`, with its parameters listed. */
export function renderReviewableSql(title: readonly string[], query: RawBuilder<unknown>): string {
  const compiled = query.compile(compiler);
  const parameters = compiled.parameters.map((value, index) => `--   $${index + 1} = ${JSON.stringify(value)}`);
  return [...title.map((line) => `-- ${line}`), '-- Parameters of this example:', ...parameters, compiled.sql.trim(), ''].join(
    '\n',
  );
}

/** What a copy's test compares: the file as committed, rewritten first when UPDATE_SQL_COPIES=1. */
export function readReviewableSqlCopy(file: string, expected: string): string {
  if (process.env.UPDATE_SQL_COPIES === '1') fs.writeFileSync(file, expected);
  return fs.readFileSync(file, 'utf8');
}

/** A statement as the module sends it, compiled with its parameters (the benches run it as a floor). */
export function compileStatement(query: RawBuilder<unknown>): { readonly sql: string; readonly parameters: readonly unknown[] } {
  const compiled = query.compile(compiler);
  return { sql: compiled.sql, parameters: compiled.parameters };
}

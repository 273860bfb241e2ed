/**
 * Reads the tables of the current schema from PostgreSQL's catalog (works the same on
 * PGlite): columns with their types, primary keys, foreign keys and owned sequences.
 */
import { sql, type Kysely } from 'kysely';
import type { Database } from '../database/schema';

export interface CatalogColumn {
  readonly name: string;
  /** As format_type() spells it, e.g. "timestamp with time zone". */
  readonly type: string;
  /** GENERATED ALWAYS AS (…) STORED: computed, never inserted. */
  readonly generated: boolean;
  /** The sequence behind a serial/identity column, schema-qualified, or null. */
  readonly sequence: string | null;
}

export interface CatalogTable {
  readonly name: string;
  readonly columns: readonly CatalogColumn[];
  readonly primaryKey: readonly string[];
  /** Tables this table's foreign keys refer to. */
  readonly references: readonly string[];
}

export type Catalog = ReadonlyMap<string, CatalogTable>;

interface ColumnRow {
  table_name: string;
  column_name: string;
  column_type: string;
  generated: boolean;
  sequence_name: string | null;
}

interface PairRow {
  table_name: string;
  other: string;
}

export async function readCatalog(db: Kysely<Database>): Promise<Catalog> {
  const columns = await sql<ColumnRow>`
    SELECT c.relname AS table_name, a.attname AS column_name,
           format_type(a.atttypid, a.atttypmod) AS column_type,
           a.attgenerated <> '' AS generated,
           pg_get_serial_sequence(quote_ident(n.nspname) || '.' || quote_ident(c.relname), a.attname) AS sequence_name
    FROM pg_class c
    JOIN pg_namespace n ON n.oid = c.relnamespace
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
    WHERE n.nspname = current_schema() AND c.relkind IN ('r', 'p') AND NOT c.relispartition
    ORDER BY c.relname, a.attnum`.execute(db);
  const primaryKeys = await sql<PairRow>`
    SELECT c.relname AS table_name, a.attname AS other
    FROM pg_index i
    JOIN pg_class c ON c.oid = i.indrelid
    JOIN pg_namespace n ON n.oid = c.relnamespace
    CROSS JOIN LATERAL unnest(i.indkey::smallint[]) WITH ORDINALITY AS k(attnum, position)
    JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum
    WHERE i.indisprimary AND n.nspname = current_schema()
    ORDER BY c.relname, k.position`.execute(db);
  const foreignKeys = await sql<PairRow>`
    SELECT DISTINCT child.relname AS table_name, parent.relname AS other
    FROM pg_constraint con
    JOIN pg_class child ON child.oid = con.conrelid
    JOIN pg_class parent ON parent.oid = con.confrelid
    JOIN pg_namespace n ON n.oid = child.relnamespace
    WHERE con.contype = 'f' AND n.nspname = current_schema()
    ORDER BY 1, 2`.execute(db);

  const tables = new Map<string, { columns: CatalogColumn[]; primaryKey: string[]; references: string[] }>();
  const entry = (name: string) => {
    let table = tables.get(name);
    if (!table) {
      table = { columns: [], primaryKey: [], references: [] };
      tables.set(name, table);
    }
    return table;
  };
  for (const row of columns.rows) {
    entry(row.table_name).columns.push({
      name: row.column_name,
      type: row.column_type,
      generated: row.generated,
      sequence: row.sequence_name,
    });
  }
  for (const row of primaryKeys.rows) entry(row.table_name).primaryKey.push(row.other);
  for (const row of foreignKeys.rows) entry(row.table_name).references.push(row.other);
  return new Map([...tables].map(([name, table]) => [name, { name, ...table }]));
}

export function referencesOf(catalog: Catalog): Map<string, readonly string[]> {
  return new Map([...catalog.values()].map((table) => [table.name, table.references]));
}

/** Stored (not generated) columns: the ones a backup holds and a restore inserts. */
export function storedColumns(table: CatalogTable): CatalogColumn[] {
  return table.columns.filter((column) => !column.generated);
}

/**
 * The portable backup format: gzip'd JSON lines, the same for PGlite and PostgreSQL.
 *
 *   line 1          {"kind":"header", format, formatVersion, createdAt, migrations, tables[…], excludedTables[…]}
 *   per table       {"kind":"table","name":"organisations"}
 *                   ["<col 1 as text>", null, …]            one JSON array per row, in primary-key order
 *   last line       {"kind":"end","rows":<total rows>}
 *
 * Every value is PostgreSQL's own text form of the column (`col::text`), so timestamps keep
 * their microseconds, jsonb, bigints and bytea round-trip exactly through each type's input
 * function. A missing end line means the file is incomplete.
 */
import { z } from 'zod';

export const backupFormatName = 'hjemvej-backup';
export const backupFormatVersion = 1;

const tableSchema = z.object({
  name: z.string().min(1),
  columns: z.array(z.string().min(1)).min(1),
  primaryKey: z.array(z.string().min(1)).min(1),
  rows: z.number().int().min(0),
});

export const backupHeaderSchema = z.object({
  kind: z.literal('header'),
  format: z.literal(backupFormatName),
  formatVersion: z.literal(backupFormatVersion),
  createdAt: z.iso.datetime({ offset: true }),
  hjemvejVersion: z.string(),
  source: z.enum(['pglite', 'postgres']),
  migrations: z.array(z.string().min(1)).min(1),
  tables: z.array(tableSchema).min(1),
  excludedTables: z.array(z.object({ name: z.string(), reason: z.string() })),
});

export type BackupHeader = z.infer<typeof backupHeaderSchema>;
export type BackupTable = z.infer<typeof backupHeaderSchema>['tables'][number];
export type RowValues = (string | null)[];

const tableStartSchema = z.object({ kind: z.literal('table'), name: z.string().min(1) });
const endSchema = z.object({ kind: z.literal('end'), rows: z.number().int().min(0) });

export type BackupLine =
  | { readonly kind: 'table'; readonly name: string }
  | { readonly kind: 'row'; readonly values: RowValues }
  | { readonly kind: 'end'; readonly rows: number };

export class BackupFormatError extends Error {}

export function encodeLine(value: unknown): string {
  return `${JSON.stringify(value)}\n`;
}

function parseJson(line: string, lineNumber: number): unknown {
  try {
    return JSON.parse(line) as unknown;
  } catch {
    throw new BackupFormatError(`line ${lineNumber} is not valid JSON`);
  }
}

export function parseHeaderLine(line: string): BackupHeader {
  const value = parseJson(line, 1);
  const probe: Record<string, unknown> = typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : {};
  if (probe.format !== backupFormatName)
    throw new BackupFormatError('not a Hjemvej backup (the first line is not a Hjemvej backup header)');
  if (probe.formatVersion !== backupFormatVersion) {
    throw new BackupFormatError(
      `backup format version ${JSON.stringify(probe.formatVersion)} is not supported by this version of Hjemvej (it reads version ${backupFormatVersion})`,
    );
  }
  const parsed = backupHeaderSchema.safeParse(value);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new BackupFormatError(`the backup header is invalid (${issue?.path.join('.') ?? ''}: ${issue?.message ?? 'unknown'})`);
  }
  const names = parsed.data.tables.map((t) => t.name);
  if (new Set(names).size !== names.length) throw new BackupFormatError('the backup header names a table twice');
  return parsed.data;
}

/** One line after the header: a table start, a row or the end marker. */
export function parseBodyLine(line: string, lineNumber: number): BackupLine {
  const value = parseJson(line, lineNumber);
  if (Array.isArray(value)) {
    if (!value.every((v): v is string | null => v === null || typeof v === 'string')) {
      throw new BackupFormatError(`line ${lineNumber}: a row may only hold text and null values`);
    }
    return { kind: 'row', values: value };
  }
  const table = tableStartSchema.safeParse(value);
  if (table.success) return table.data;
  const end = endSchema.safeParse(value);
  if (end.success) return end.data;
  throw new BackupFormatError(`line ${lineNumber} is neither a row, a table start nor the end marker`);
}

/**
 * Reads a backup file (see backup-format.ts) as a stream and checks its structure on the
 * way: the header first, the tables in the header's order with the announced columns and
 * row counts, and the end marker last. A damaged or truncated file fails with a clear reason.
 */
import fs from 'node:fs';
import { createGunzip } from 'node:zlib';
import {
  BackupFormatError,
  parseBodyLine,
  parseHeaderLine,
  type BackupHeader,
  type BackupTable,
  type RowValues,
} from './backup-format';

export type BackupRecord =
  | { readonly kind: 'table'; readonly table: BackupTable }
  | { readonly kind: 'row'; readonly table: BackupTable; readonly values: RowValues };

function errorCode(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && 'code' in error && typeof error.code === 'string'
    ? error.code
    : undefined;
}

function describeReadError(file: string, error: unknown): Error {
  const code = errorCode(error);
  if (code === 'ENOENT') return new BackupFormatError(`backup file not found: ${file}`);
  if (code === 'EISDIR') return new BackupFormatError(`${file} is a folder, not a backup file`);
  if (code === 'Z_DATA_ERROR') return new BackupFormatError(`${file} is not a Hjemvej backup (not gzip data, or damaged)`);
  if (code === 'Z_BUF_ERROR') return new BackupFormatError(`${file} is incomplete: it ends in the middle of the data`);
  return error instanceof Error ? error : new Error(String(error));
}

/** The decompressed lines of a backup file, streamed. */
export async function* readBackupLines(file: string): AsyncGenerator<string, void> {
  const source = fs.createReadStream(file);
  const gunzip = createGunzip();
  source.on('error', (error) => gunzip.destroy(error));
  source.pipe(gunzip);
  gunzip.setEncoding('utf8');
  let pending = '';
  try {
    for await (const chunk of gunzip as AsyncIterable<string>) {
      pending += chunk;
      let start = 0;
      for (let newline = pending.indexOf('\n'); newline >= 0; newline = pending.indexOf('\n', start)) {
        yield pending.slice(start, newline);
        start = newline + 1;
      }
      pending = pending.slice(start);
    }
  } catch (error) {
    throw describeReadError(file, error);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
  if (pending !== '') yield pending;
}

export async function readBackupHeader(file: string): Promise<BackupHeader> {
  const lines = readBackupLines(file);
  try {
    const first = await lines.next();
    if (first.done) throw new BackupFormatError(`${file} is empty`);
    return parseHeaderLine(first.value);
  } finally {
    await lines.return(undefined);
  }
}

/**
 * The tables and rows after the header, checked against it (and against `expected`, the
 * header read earlier, so a file replaced in between is noticed).
 */
export async function* readBackupRecords(file: string, expected?: BackupHeader): AsyncGenerator<BackupRecord, void> {
  let lineNumber = 0;
  let header: BackupHeader | null = null;
  let tableIndex = -1;
  let current: BackupTable | null = null;
  let rowsInTable = 0;
  let total = 0;
  let ended = false;

  const finishTable = () => {
    if (current && rowsInTable !== current.rows) {
      throw new BackupFormatError(`table ${current.name} holds ${rowsInTable} rows, but the header announces ${current.rows}`);
    }
  };

  for await (const line of readBackupLines(file)) {
    lineNumber += 1;
    if (header === null) {
      header = parseHeaderLine(line);
      if (expected && JSON.stringify(expected) !== JSON.stringify(header))
        throw new BackupFormatError(`${file} changed while it was being read`);
      continue;
    }
    if (ended) {
      if (line.trim() === '') continue;
      throw new BackupFormatError(`line ${lineNumber}: data after the end marker`);
    }
    const record = parseBodyLine(line, lineNumber);
    switch (record.kind) {
      case 'table': {
        finishTable();
        tableIndex += 1;
        const expected = header.tables[tableIndex];
        if (!expected || expected.name !== record.name) {
          throw new BackupFormatError(
            `line ${lineNumber}: table ${record.name} where the header announces ${expected?.name ?? 'no more tables'}`,
          );
        }
        current = expected;
        rowsInTable = 0;
        yield { kind: 'table', table: current };
        break;
      }
      case 'row': {
        if (!current) throw new BackupFormatError(`line ${lineNumber}: a row before the first table`);
        if (record.values.length !== current.columns.length) {
          throw new BackupFormatError(
            `line ${lineNumber}: a row of ${current.name} with ${record.values.length} values instead of ${current.columns.length}`,
          );
        }
        rowsInTable += 1;
        total += 1;
        yield { kind: 'row', table: current, values: record.values };
        break;
      }
      case 'end': {
        finishTable();
        if (tableIndex !== header.tables.length - 1)
          throw new BackupFormatError(`the backup ends before table ${header.tables[tableIndex + 1]?.name ?? ''}`);
        if (record.rows !== total)
          throw new BackupFormatError(`the end marker counts ${record.rows} rows, but the file holds ${total}`);
        ended = true;
        break;
      }
    }
  }
  if (header === null) throw new BackupFormatError(`${file} is empty`);
  if (!ended) throw new BackupFormatError(`${file} is incomplete: the end marker is missing`);
}

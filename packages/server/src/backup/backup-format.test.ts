import { describe, expect, it } from 'vitest';
import { BackupFormatError, encodeLine, parseBodyLine, parseHeaderLine, type BackupHeader } from './backup-format';

const header: BackupHeader = {
  kind: 'header',
  format: 'hjemvej-backup',
  formatVersion: 1,
  createdAt: '2026-03-01T12:00:00.000Z',
  hjemvejVersion: '0.1.0',
  source: 'pglite',
  migrations: ['0001-foundation'],
  tables: [{ name: 'organisations', columns: ['id', 'name'], primaryKey: ['id'], rows: 1 }],
  excludedTables: [{ name: 'sessions', reason: 'ephemeral' }],
};

describe('backup lines', () => {
  it('round-trips the header', () => {
    expect(parseHeaderLine(encodeLine(header).trimEnd())).toEqual(header);
  });

  it('tells a foreign file from an unsupported version', () => {
    expect(() => parseHeaderLine('{"hello":"world"}')).toThrow(/not a Hjemvej backup/);
    expect(() => parseHeaderLine('not json')).toThrow(BackupFormatError);
    expect(() => parseHeaderLine(JSON.stringify({ ...header, formatVersion: 2 }))).toThrow(/format version 2 is not supported/);
    expect(() => parseHeaderLine(JSON.stringify({ ...header, migrations: [] }))).toThrow(/header is invalid \(migrations/);
  });

  it('reads rows, table starts and the end marker', () => {
    expect(parseBodyLine(encodeLine(['a', null, 'æøå "quoted"\nline']).trimEnd(), 3)).toEqual({
      kind: 'row',
      values: ['a', null, 'æøå "quoted"\nline'],
    });
    expect(parseBodyLine('{"kind":"table","name":"units"}', 2)).toEqual({ kind: 'table', name: 'units' });
    expect(parseBodyLine('{"kind":"end","rows":7}', 9)).toEqual({ kind: 'end', rows: 7 });
    expect(() => parseBodyLine('[1, 2]', 4)).toThrow(/line 4: a row may only hold text and null/);
    expect(() => parseBodyLine('{"kind":"other"}', 5)).toThrow(/line 5/);
  });
});

import { describe, expect, it } from 'vitest';
import { assertForeignKeyOrder, isExcludedTable, orderByForeignKeys, TableOrderError } from './table-order';

const references = new Map<string, readonly string[]>([
  ['organisations', []],
  ['organisation_partners', ['organisations']],
  ['units', ['organisations']],
  ['users', ['organisations']],
  ['user_units', ['units', 'users']],
  ['audit_events', []],
]);

describe('orderByForeignKeys', () => {
  it('puts parents before children, ties alphabetically', () => {
    expect(orderByForeignKeys([...references.keys()], references)).toEqual([
      'audit_events',
      'organisations',
      'organisation_partners',
      'units',
      'users',
      'user_units',
    ]);
  });

  it('ignores self-references', () => {
    expect(orderByForeignKeys(['tree'], new Map([['tree', ['tree']]]))).toEqual(['tree']);
  });

  it('refuses a table that refers to one left out', () => {
    expect(() => orderByForeignKeys(['user_units', 'units'], references)).toThrow(/user_units refers to users/);
  });

  it('refuses a cycle', () => {
    const cyclic = new Map([
      ['a', ['b']],
      ['b', ['a']],
    ]);
    expect(() => orderByForeignKeys(['a', 'b'], cyclic)).toThrow(TableOrderError);
  });
});

describe('assertForeignKeyOrder', () => {
  it('accepts a valid order and names the first violation', () => {
    expect(() => assertForeignKeyOrder(['organisations', 'units', 'users', 'user_units'], references)).not.toThrow();
    expect(() => assertForeignKeyOrder(['units', 'organisations'], references)).toThrow(/units before organisations/);
  });
});

describe('excluded tables', () => {
  it('leaves out ephemeral tables and keeps the audit log', () => {
    expect(isExcludedTable('sessions')).toBe(true);
    expect(isExcludedTable('sign_in_throttle')).toBe(true);
    expect(isExcludedTable('audit_events')).toBe(false);
    expect(isExcludedTable('toString')).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { assertKnownMigrationLevel } from './migration-level';
import { assertMayRestoreInto } from './restore-target';

describe('assertMayRestoreInto', () => {
  it('accepts an empty database', () => {
    expect(() => assertMayRestoreInto([{ table: 'users', rows: 0 }], false)).not.toThrow();
  });

  it('needs --force for rows, and never wipes an audit log', () => {
    expect(() => assertMayRestoreInto([{ table: 'sessions', rows: 2 }], false)).toThrow(/not empty \(sessions: 2\).*--force/);
    expect(() => assertMayRestoreInto([{ table: 'sessions', rows: 2 }], true)).not.toThrow();
    expect(() => assertMayRestoreInto([{ table: 'audit_events', rows: 1 }], true)).toThrow(/append-only.*not even with --force/);
  });
});

describe('assertKnownMigrationLevel', () => {
  const known = ['0001-a', '0002-b'];
  it('accepts any prefix of the known migrations', () => {
    expect(() => assertKnownMigrationLevel(['0001-a'], known)).not.toThrow();
    expect(() => assertKnownMigrationLevel(known, known)).not.toThrow();
  });

  it('refuses an unknown migration or another order', () => {
    expect(() => assertKnownMigrationLevel(['0001-a', '0003-c'], known)).toThrow(/does not know \(0003-c\)/);
    expect(() => assertKnownMigrationLevel(['0002-b'], known)).toThrow(/do not match/);
  });
});

import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { addAuditKey, loadAuditKeyring, parseAuditKeys } from './audit-keys';

const secret = (byte: number) => Buffer.alloc(32, byte).toString('base64url');

describe('audit keys', () => {
  it('reads lines and comma lists; the last key is current; comments are ignored', () => {
    const ring = parseAuditKeys(`# old, kept for verification\nk1 ${secret(1)}\nk2 ${secret(2)} # current`, 'file');
    expect(ring.current.id).toBe('k2');
    expect([...ring.keys.keys()]).toEqual(['k1', 'k2']);
    expect(parseAuditKeys(`a:${secret(3)},b:${secret(4)}`, 'AUDIT_KEYS').current.id).toBe('b');
  });

  it('refuses short secrets, bad ids, repeated ids and an empty list', () => {
    expect(() => parseAuditKeys(`k1 ${Buffer.alloc(8).toString('base64url')}`, 'x')).toThrow(/shorter than 16 bytes/);
    expect(() => parseAuditKeys(`k/1 ${secret(1)}`, 'x')).toThrow(/each key/);
    expect(() => parseAuditKeys(`k1 ${secret(1)}\nk1 ${secret(2)}`, 'x')).toThrow(/used twice/);
    expect(() => parseAuditKeys('# nothing', 'x')).toThrow(/holds no key/);
  });

  it('makes a key file on first use (zero set-up) and appends rotated keys to it', () => {
    const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'hjemvej-audit-keys-'));
    try {
      const settings = {
        inlineKeys: null,
        keyFile: path.join(folder, 'audit-keys'),
        checkpointFile: null,
        databaseName: 'pglite',
        checkpointMinutes: 5,
      };
      const first = loadAuditKeyring(settings);
      expect(first.generatedFile).toBe(settings.keyFile);
      expect(fs.statSync(settings.keyFile).mode & 0o777).toBe(0o600);
      const again = loadAuditKeyring(settings);
      expect(again.generatedFile).toBeNull();
      expect(again.keyring.current.id).toBe(first.keyring.current.id);
      const rotated = addAuditKey(settings.keyFile);
      const after = loadAuditKeyring(settings).keyring;
      expect(after.current.id).toBe(rotated.id);
      expect(after.keys.has(first.keyring.current.id)).toBe(true);
    } finally {
      fs.rmSync(folder, { recursive: true, force: true });
    }
  });
});

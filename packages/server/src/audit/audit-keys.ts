/**
 * The secret that keys the audit hash chain (HMAC-SHA-256), kept outside the database: without
 * it nobody can recompute a hash after changing an event, not even a database superuser.
 *
 * Keys have ids; every event stores the id of the key that hashed it, so a key can be rotated:
 * new events use the current (last) key, and verification still knows the older ones.
 * The keyring is installed once per process (server, CLI) before anything is audited.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { AuditSettings } from '../config/audit-settings';

export interface AuditKey {
  readonly id: string;
  readonly secret: Buffer;
}

export interface AuditKeyring {
  /** The key new events and checkpoints are made with. */
  readonly current: AuditKey;
  readonly keys: ReadonlyMap<string, AuditKey>;
  /** Where the keys came from, for messages (never the secret). */
  readonly source: string;
}

export class AuditKeyError extends Error {}

const keyIdPattern = /^[A-Za-z0-9._-]{1,64}$/;
const minimumSecretBytes = 16;

/** `id secret` or `id:secret` entries (lines or commas; `#` starts a comment); the last is current. */
export function parseAuditKeys(text: string, source: string): AuditKeyring {
  const keys = new Map<string, AuditKey>();
  let current: AuditKey | null = null;
  const entries = text.split('\n').flatMap((line) => line.replace(/#.*$/, '').split(','));
  for (const entry of entries) {
    const line = entry.trim();
    if (line === '') continue;
    const match = /^([^\s:]+)[\s:]+(\S+)$/.exec(line);
    if (!match?.[1] || !match[2] || !keyIdPattern.test(match[1]))
      throw new AuditKeyError(`${source}: each key is "<id> <secret>" (id: letters, digits, . _ -)`);
    const secret = Buffer.from(match[2], 'base64url');
    if (secret.length < minimumSecretBytes)
      throw new AuditKeyError(`${source}: the key ${match[1]} is shorter than ${minimumSecretBytes} bytes (base64url)`);
    if (keys.has(match[1])) throw new AuditKeyError(`${source}: the key id ${match[1]} is used twice`);
    current = { id: match[1], secret };
    keys.set(current.id, current);
  }
  if (current === null) throw new AuditKeyError(`${source}: holds no key`);
  return { current, keys, source };
}

export function generateAuditKey(now: Date = new Date()): AuditKey {
  const day = now.toISOString().slice(0, 10).replaceAll('-', '');
  return { id: `k${day}-${randomBytes(3).toString('hex')}`, secret: randomBytes(32) };
}

export function formatAuditKey(key: AuditKey): string {
  return `${key.id} ${key.secret.toString('base64url')}`;
}

const keyFileHeader =
  '# Hjemvej audit keys: "<id> <secret>", the last line is the key new events use.\n' +
  '# Keep this file (and every older line) outside the database and its backups: without it the audit log cannot be verified.\n';

/** Appends a new key to the key file (creating it), making it the current key. */
export function addAuditKey(file: string, key: AuditKey = generateAuditKey()): AuditKey {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const isNew = !fs.existsSync(file);
  fs.appendFileSync(file, `${isNew ? keyFileHeader : ''}${formatAuditKey(key)}\n`, { mode: 0o600 });
  return key;
}

export interface LoadedKeyring {
  readonly keyring: AuditKeyring;
  /** Set when a first key was generated now (the caller says so in a log line). */
  readonly generatedFile: string | null;
}

/** The keyring the settings name; a missing key file is created with a new key (zero set-up). */
export function loadAuditKeyring(settings: AuditSettings): LoadedKeyring {
  if (settings.inlineKeys !== null) return { keyring: parseAuditKeys(settings.inlineKeys, 'AUDIT_KEYS'), generatedFile: null };
  if (settings.keyFile === null) {
    const key = generateAuditKey();
    return {
      keyring: { current: key, keys: new Map([[key.id, key]]), source: 'a throw-away key (pglite://memory)' },
      generatedFile: null,
    };
  }
  let generatedFile: string | null = null;
  if (!fs.existsSync(settings.keyFile)) {
    try {
      fs.mkdirSync(path.dirname(settings.keyFile), { recursive: true });
      // 'wx': two processes starting at once must not both write a first key.
      fs.writeFileSync(settings.keyFile, `${keyFileHeader}${formatAuditKey(generateAuditKey())}\n`, { flag: 'wx', mode: 0o600 });
      generatedFile = settings.keyFile;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
  }
  return { keyring: parseAuditKeys(fs.readFileSync(settings.keyFile, 'utf8'), settings.keyFile), generatedFile };
}

let installed: AuditKeyring | null = null;

/** Makes the keyring the one this process audits with. */
export function installAuditKeyring(keyring: AuditKeyring): void {
  installed = keyring;
}

export function hasAuditKeyring(): boolean {
  return installed !== null;
}

/** Loads the keyring the settings name and installs it. */
export function useAuditKeys(settings: AuditSettings): LoadedKeyring {
  const loaded = loadAuditKeyring(settings);
  installAuditKeyring(loaded.keyring);
  return loaded;
}

export function activeAuditKeyring(): AuditKeyring {
  if (installed === null)
    throw new AuditKeyError('no audit key is installed: the server, the CLI and tests install one before auditing');
  return installed;
}

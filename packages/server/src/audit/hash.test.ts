import { describe, expect, it } from 'vitest';
import { canonicalJson, computeAuditHash, computeKeyedAuditHash, genesisHash } from './hash';

const content = {
  occurredAt: new Date('2026-01-05T10:00:00.123Z'),
  actorUserId: 'u1',
  actor: { role: 'caseworker', userId: 'u1' },
  actorOrganisationId: 'o1',
  dataOrganisationId: 'o1',
  action: 'user.read',
  subjectType: 'user',
  subjectId: 'u2',
  citizenId: null,
  outcome: 'ok',
  ip: '127.0.0.1',
  changes: { b: 1, a: [2, { d: 3, c: 4 }] },
};

describe('audit hash chain', () => {
  it('writes JSON with sorted keys so storage reordering does not matter', () => {
    expect(canonicalJson({ b: 1, a: { d: 2, c: 3 } })).toBe('{"a":{"c":3,"d":2},"b":1}');
  });

  it('is the same for the same content and previous hash, and changes when either changes', () => {
    const first = computeAuditHash(content, genesisHash);
    expect(computeAuditHash({ ...content, changes: { a: [2, { c: 4, d: 3 }], b: 1 } }, genesisHash)).toBe(first);
    expect(computeAuditHash({ ...content, subjectId: 'u3' }, genesisHash)).not.toBe(first);
    expect(computeAuditHash(content, first)).not.toBe(first);
    expect(first).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('keyed audit hash', () => {
  const key = { id: 'k1', secret: Buffer.alloc(32, 7) };
  const place = { chain: 3, position: 12, key };

  it('needs the key: the plain hash of the same content is different, and so is another key', () => {
    const keyed = computeKeyedAuditHash(content, genesisHash, place);
    expect(keyed).toMatch(/^[0-9a-f]{64}$/);
    expect(keyed).not.toBe(computeAuditHash(content, genesisHash));
    expect(computeKeyedAuditHash(content, genesisHash, { ...place, key: { id: 'k1', secret: Buffer.alloc(32, 8) } })).not.toBe(
      keyed,
    );
  });

  it('covers the chain, the position and the key id', () => {
    const keyed = computeKeyedAuditHash(content, genesisHash, place);
    expect(computeKeyedAuditHash(content, genesisHash, { ...place, chain: 4 })).not.toBe(keyed);
    expect(computeKeyedAuditHash(content, genesisHash, { ...place, position: 13 })).not.toBe(keyed);
    expect(computeKeyedAuditHash(content, genesisHash, { ...place, key: { ...key, id: 'k2' } })).not.toBe(keyed);
  });
});

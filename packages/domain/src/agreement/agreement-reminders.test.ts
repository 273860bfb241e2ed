import { describe, expect, it } from 'vitest';
import { agreementReminders, signerHasLeft } from './agreement-reminders';

describe('agreement reminders', () => {
  const signer = {
    partyKey: 'unit:a',
    signerName: 'Leder A',
    signerIsActive: true,
    signerInPartyOrganisation: true,
    signerInPartyUnit: true,
  };

  it('asks for a revisit from the revisit date on', () => {
    expect(agreementReminders({ revisitOn: '2026-05-01', signers: [signer] }, '2026-04-30')).toEqual([]);
    expect(agreementReminders({ revisitOn: '2026-05-01', signers: [signer] }, '2026-05-01')).toEqual([
      { kind: 'revisit_due', key: 'revisit:2026-05-01', revisitOn: '2026-05-01' },
    ]);
  });

  it('names a signing leader who was deactivated, left the organisation or moved out of the unit', () => {
    expect(signerHasLeft(signer)).toBe(false);
    expect(signerHasLeft({ ...signer, signerIsActive: false })).toBe(true);
    expect(signerHasLeft({ ...signer, signerIsActive: null })).toBe(true);
    expect(signerHasLeft({ ...signer, signerInPartyOrganisation: false })).toBe(true);
    expect(signerHasLeft({ ...signer, signerInPartyUnit: false })).toBe(true);
    expect(signerHasLeft({ ...signer, signerInPartyUnit: null })).toBe(false);
    const reminders = agreementReminders(
      { revisitOn: '2027-01-01', signers: [{ ...signer, signerInPartyUnit: false }] },
      '2026-05-01',
    );
    expect(reminders).toEqual([{ kind: 'signer_left', key: 'signer:unit:a', partyKey: 'unit:a', signerName: 'Leder A' }]);
  });
});

/**
 * Collaboration agreements (samarbejdsaftaler) must be revisited: on their revisit date, and
 * when a leader who signed for a party has left the organisation or moved to another unit
 * (the agreement then rests on someone who is no longer there).
 */
import type { IsoDate } from '../calendar/iso-date';

export interface AgreementSigner {
  readonly partyKey: string;
  readonly signerName: string;
  /** Null when the user record is gone. */
  readonly signerIsActive: boolean | null;
  /** The signer still belongs to the party's organisation. */
  readonly signerInPartyOrganisation: boolean;
  /** The party is a unit: the signer is still a member of it (null when the party is an organisation). */
  readonly signerInPartyUnit: boolean | null;
}

export type AgreementReminder =
  | { readonly kind: 'revisit_due'; readonly key: string; readonly revisitOn: IsoDate }
  | { readonly kind: 'signer_left'; readonly key: string; readonly partyKey: string; readonly signerName: string };

export function signerHasLeft(signer: AgreementSigner): boolean {
  return signer.signerIsActive !== true || !signer.signerInPartyOrganisation || signer.signerInPartyUnit === false;
}

/** The reminders an agreement needs on `today`; each has a stable key so it is sent once. */
export function agreementReminders(
  agreement: { readonly revisitOn: IsoDate; readonly signers: readonly AgreementSigner[] },
  today: IsoDate,
): AgreementReminder[] {
  const reminders: AgreementReminder[] = [];
  if (agreement.revisitOn <= today)
    reminders.push({ kind: 'revisit_due', key: `revisit:${agreement.revisitOn}`, revisitOn: agreement.revisitOn });
  for (const signer of agreement.signers) {
    if (signerHasLeft(signer))
      reminders.push({
        kind: 'signer_left',
        key: `signer:${signer.partyKey}`,
        partyKey: signer.partyKey,
        signerName: signer.signerName,
      });
  }
  return reminders;
}

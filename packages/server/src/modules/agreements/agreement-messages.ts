import { defineMessages } from '../../http/message-catalogue';

/** The agreements module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const agreementMessages = defineMessages({
  da: {
    agreement_party_unknown: 'Parten er hverken en af jeres enheder eller en samarbejdspartner.',
    agreement_party_duplicate: 'Parten er nævnt to gange.',
    agreement_signer_unknown:
      'Den underskrivende leder skal være en aktiv bruger i partens organisation (og medlem af enheden, når parten er en enhed).',
    agreement_signer_name_required: 'Skriv navnet på den leder, der underskriver for parten.',
    agreement_revisit_before_valid: 'Aftalen skal genbesøges efter, at den træder i kraft ({validFrom}).',
  },
  en: {
    agreement_party_unknown: 'The party is neither one of your units nor a partner.',
    agreement_party_duplicate: 'The party is named twice.',
    agreement_signer_unknown:
      'The signing leader must be an active user of the party’s organisation (and a member of the unit when the party is a unit).',
    agreement_signer_name_required: 'Write the name of the leader who signs for the party.',
    agreement_revisit_before_valid: 'The agreement must be revisited after it takes effect ({validFrom}).',
  },
});

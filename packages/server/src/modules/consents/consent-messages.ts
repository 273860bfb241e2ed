import { defineMessages } from '../../http/message-catalogue';

/** The consents module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const consentMessages = defineMessages({
  da: {
    consent_partner_unknown: 'Vælg en af kommunens samarbejdspartnere (NGO eller boligselskab).',
    consent_expires_before_given: 'Samtykket kan ikke udløbe, før det er givet ({givenOn}).',
    consent_given_in_future: 'Datoen for samtykket må ikke ligge i fremtiden.',
    consent_too_long: 'Et samtykke kan højst gælde i {months} måneder (til {maxExpiresOn}); bed borgeren forny det derefter.',
    consent_already_withdrawn: 'Samtykket er allerede trukket tilbage ({when}).',
    consent_only_municipality: 'Samtykker registreres af borgerens handlekommune.',
  },
  en: {
    consent_partner_unknown: 'Choose one of the municipality’s partners (NGO or housing association).',
    consent_expires_before_given: 'The consent cannot expire before it was given ({givenOn}).',
    consent_given_in_future: 'The date of the consent cannot be in the future.',
    consent_too_long: 'A consent can last at most {months} months (until {maxExpiresOn}); ask the citizen to renew it then.',
    consent_already_withdrawn: 'The consent was already withdrawn ({when}).',
    consent_only_municipality: 'Consents are recorded by the citizen’s handlekommune.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The auth module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const authMessages = defineMessages({
  da: {
    csrf_failed: 'Forespørgslen kunne ikke bekræftes (CSRF). Genindlæs siden og prøv igen.',
    invalid_credentials: 'E-mail eller adgangskode er forkert.',
    locked: 'For mange forkerte forsøg. Kontoen er låst i {minutes} minutter.',
    oidc_not_configured: 'Log ind via OpenID Connect er ikke sat op.',
    oidc_failed: 'Log ind via OpenID Connect mislykkedes. Prøv igen.',
    oidc_no_user: 'Der findes ingen aktiv Hjemvej-bruger til denne identitet. Kontakt din administrator.',
  },
  en: {
    csrf_failed: 'The request could not be verified (CSRF). Reload the page and try again.',
    invalid_credentials: 'E-mail or password is wrong.',
    locked: 'Too many failed attempts. The account is locked for {minutes} minutes.',
    oidc_not_configured: 'Sign-in with OpenID Connect is not set up.',
    oidc_failed: 'Sign-in with OpenID Connect failed. Please try again.',
    oidc_no_user: 'There is no active Hjemvej user for this identity. Contact your administrator.',
  },
});

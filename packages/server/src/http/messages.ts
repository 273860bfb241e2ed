/**
 * Every message the server shows a user, in Danish and English. Codes are stable
 * (the web app and tests use them); texts are for people.
 */
import type { Locale } from '@hjemvej/contract';

const da = {
  not_found: 'Findes ikke, eller du har ikke adgang til det.',
  unknown_route: 'Adressen findes ikke i Hjemvejs API.',
  method_not_allowed: 'Metoden {method} kan ikke bruges på denne adresse.',
  unauthorized: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
  forbidden: 'Din rolle giver ikke adgang til dette.',
  csrf_failed: 'Forespørgslen kunne ikke bekræftes (CSRF). Genindlæs siden og prøv igen.',
  invalid_credentials: 'E-mail eller adgangskode er forkert.',
  locked: 'For mange forkerte forsøg. Kontoen er låst i {minutes} minutter.',
  rate_limited: 'For mange forespørgsler. Vent lidt og prøv igen.',
  validation_failed: 'Nogle felter er ikke udfyldt korrekt.',
  malformed_json: 'Forespørgslens indhold er ikke gyldig JSON.',
  unsupported_media_type: 'Indholdet skal sendes som JSON (Content-Type: application/json).',
  payload_too_large: 'Forespørgslen er for stor.',
  internal: 'Der skete en uventet fejl. Intet er gemt. Prøv igen, eller kontakt support.',
  email_taken: 'Der findes allerede en bruger med denne e-mail.',
  role_not_allowed_here: 'Rollen {role} kan ikke gives til brugere i denne organisation.',
  unit_not_found: 'Enheden findes ikke i din organisation.',
  unit_name_taken: 'Der findes allerede en enhed med dette navn.',
  cannot_change_self: 'Du kan ikke deaktivere dig selv eller ændre din egen rolle.',
  partner_type_required: 'Vælg hvilken slags samarbejdspartner det er.',
  shelter_operator_required: 'Vælg om forsorgshjemmet er kommunalt eller selvejende.',
  partner_exists: 'Samarbejdspartneren er allerede tilknyttet.',
  partner_shared: 'Samarbejdspartneren bruges også af andre organisationer; kun en systemadministrator kan ændre stamdata.',
  account_inactive: 'Brugeren er deaktiveret. Kontakt din administrator.',
  oidc_not_configured: 'Log ind via OpenID Connect er ikke sat op.',
  oidc_failed: 'Log ind via OpenID Connect mislykkedes. Prøv igen.',
  oidc_no_user: 'Der findes ingen aktiv Hjemvej-bruger til denne identitet. Kontakt din administrator.',
  field_required: 'Skal udfyldes.',
  too_short: 'Skal være mindst {minimum} tegn.',
  too_long: 'Må højst være {maximum} tegn.',
  too_few: 'Skal have mindst {minimum}.',
  too_many: 'Må højst have {maximum}.',
  number_too_small: 'Skal være mindst {minimum}.',
  number_too_big: 'Må højst være {maximum}.',
  invalid_email: 'Skriv en gyldig e-mailadresse.',
  invalid_uuid: 'Ugyldigt id.',
  invalid_date: 'Skriv en dato som ÅÅÅÅ-MM-DD.',
  invalid_choice: 'Vælg en af de mulige værdier: {options}.',
  unknown_field: 'Feltet kendes ikke: {keys}.',
} as const;

export type MessageCode = keyof typeof da;

const en: Record<MessageCode, string> = {
  not_found: 'Does not exist, or you do not have access to it.',
  unknown_route: 'This address does not exist in the Hjemvej API.',
  method_not_allowed: 'Method {method} cannot be used on this address.',
  unauthorized: 'You are not signed in, or your session has expired. Please sign in again.',
  forbidden: 'Your role does not give access to this.',
  csrf_failed: 'The request could not be verified (CSRF). Reload the page and try again.',
  invalid_credentials: 'E-mail or password is wrong.',
  locked: 'Too many failed attempts. The account is locked for {minutes} minutes.',
  rate_limited: 'Too many requests. Wait a moment and try again.',
  validation_failed: 'Some fields are not filled in correctly.',
  malformed_json: 'The request body is not valid JSON.',
  unsupported_media_type: 'The body must be sent as JSON (Content-Type: application/json).',
  payload_too_large: 'The request is too large.',
  internal: 'An unexpected error occurred. Nothing was saved. Try again, or contact support.',
  email_taken: 'A user with this e-mail already exists.',
  role_not_allowed_here: 'The role {role} cannot be given to users in this organisation.',
  unit_not_found: 'The unit does not exist in your organisation.',
  unit_name_taken: 'A unit with this name already exists.',
  cannot_change_self: 'You cannot deactivate yourself or change your own role.',
  partner_type_required: 'Choose which kind of partner this is.',
  shelter_operator_required: 'Choose whether the shelter is municipal or self-governing.',
  partner_exists: 'This partner is already linked.',
  partner_shared: 'This partner is also used by other organisations; only a system administrator can change its details.',
  account_inactive: 'The user is deactivated. Contact your administrator.',
  oidc_not_configured: 'Sign-in with OpenID Connect is not set up.',
  oidc_failed: 'Sign-in with OpenID Connect failed. Please try again.',
  oidc_no_user: 'There is no active Hjemvej user for this identity. Contact your administrator.',
  field_required: 'Required.',
  too_short: 'Must be at least {minimum} characters.',
  too_long: 'Must be at most {maximum} characters.',
  too_few: 'Must have at least {minimum}.',
  too_many: 'Must have at most {maximum}.',
  number_too_small: 'Must be at least {minimum}.',
  number_too_big: 'Must be at most {maximum}.',
  invalid_email: 'Enter a valid e-mail address.',
  invalid_uuid: 'Invalid id.',
  invalid_date: 'Enter a date as YYYY-MM-DD.',
  invalid_choice: 'Choose one of the possible values: {options}.',
  unknown_field: 'Unknown field: {keys}.',
};

const catalogues: Record<Locale, Record<MessageCode, string>> = { da, en };

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(da, code);
}

export function translate(locale: Locale, code: MessageCode, params: Record<string, string | number> = {}): string {
  return catalogues[locale][code].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

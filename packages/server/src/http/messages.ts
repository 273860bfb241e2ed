/**
 * Every message the server shows a user, in Danish and English. Codes are stable
 * (the web app and tests use them); texts are for people. The texts of the HTTP layer and of
 * validation live here; each module keeps its own beside it (`modules/<m>/<m>-messages.ts`),
 * and the static list below merges them into the one lookup.
 */
import type { Locale } from '@hjemvej/contract';
import { defineMessages, mergeMessages } from './message-catalogue';
import { authMessages } from '../modules/auth/auth-messages';
import { userMessages } from '../modules/users/user-messages';
import { organisationMessages } from '../modules/organisation/organisation-messages';
import { citizenMessages } from '../modules/citizens/citizen-messages';
import { shelterStayMessages } from '../modules/shelter-stays/shelter-stay-messages';
import { assessmentMessages } from '../modules/assessments/assessment-messages';
import { planMessages } from '../modules/plans/plan-messages';
import { decisionMessages } from '../modules/decisions/decision-messages';
import { versionMessages } from '../modules/versioning/version-messages';
import { housingAllocationMessages } from '../modules/housing-allocations/housing-allocation-messages';
import { supportCourseMessages } from '../modules/support-courses/support-course-messages';
import { courseRegistrationMessages } from '../modules/course-registrations/course-registration-messages';
import { followUpMessages } from '../modules/follow-ups/follow-up-messages';
import { legalCheckMessages } from '../modules/legal-checks/legal-check-messages';
import { flowcardMessages } from '../modules/flowcards/flowcard-messages';
import { taskMessages } from '../modules/tasks/task-messages';
import { consentMessages } from '../modules/consents/consent-messages';
import { emergencyAccessMessages } from '../modules/emergency-access/emergency-access-messages';
import { networkMeetingMessages } from '../modules/network-meetings/network-meeting-messages';
import { agreementMessages } from '../modules/agreements/agreement-messages';
import { housingSupplyMessages } from '../modules/housing-supply/housing-supply-messages';
import { timeReportMessages } from '../modules/time-report/time-report-messages';
import { keyFiguresMessages } from '../modules/key-figures/key-figures-messages';
import { programmesMessages } from '../modules/programmes/programmes-messages';
import { fidelityMessages } from '../modules/fidelity/fidelity-messages';
import { taskforceMessages } from '../modules/taskforce/taskforce-messages';
import { taskforceCaseReviewMessages } from '../modules/taskforce/taskforce-case-review-messages';
import { taskforceReportMessages } from '../modules/taskforce/taskforce-report-messages';
import { taskforceStaffMessages } from '../modules/taskforce/taskforce-staff-messages';

const httpMessages = defineMessages({
  da: {
    not_found: 'Findes ikke, eller du har ikke adgang til det.',
    unknown_route: 'Adressen findes ikke i Hjemvejs API.',
    method_not_allowed: 'Metoden {method} kan ikke bruges på denne adresse.',
    unauthorized: 'Du er ikke logget ind, eller din session er udløbet. Log ind igen.',
    forbidden: 'Din rolle giver ikke adgang til dette.',
    rate_limited: 'For mange forespørgsler. Vent lidt og prøv igen.',
    validation_failed: 'Nogle felter er ikke udfyldt korrekt.',
    malformed_json: 'Forespørgslens indhold er ikke gyldig JSON.',
    unsupported_media_type: 'Indholdet skal sendes som JSON (Content-Type: application/json).',
    payload_too_large: 'Forespørgslen er for stor.',
    internal: 'Der skete en uventet fejl. Intet er gemt. Prøv igen, eller kontakt support.',
    database_unavailable: 'Databasen svarer ikke lige nu (den genstarter måske). Intet er gemt. Prøv igen om {seconds} sekunder.',
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
    record_changed:
      'En anden har gemt ændringer, siden du hentede oplysningerne. Dine ændringer er ikke gemt: se hvad der er ændret, og prøv igen.',
    date_in_future: 'Datoen må ikke ligge i fremtiden.',
    date_out_of_range_case: 'Datoen skal ligge mellem 1. januar 2000 og 10 år frem fra i dag.',
    date_out_of_range_history: 'Datoen skal ligge mellem 1. januar 1900 og 10 år frem fra i dag.',
    text_unstorable:
      'Teksten indeholder et tegn, der ikke kan gemmes (et NUL-tegn eller et halvt Unicode-tegn). Fjern det, og prøv igen.',
    nothing_to_change: 'Der er intet at ændre: angiv mindst ét felt.',
    legal_condition_missing: '{text}',
  },
  en: {
    not_found: 'Does not exist, or you do not have access to it.',
    unknown_route: 'This address does not exist in the Hjemvej API.',
    method_not_allowed: 'Method {method} cannot be used on this address.',
    unauthorized: 'You are not signed in, or your session has expired. Please sign in again.',
    forbidden: 'Your role does not give access to this.',
    rate_limited: 'Too many requests. Wait a moment and try again.',
    validation_failed: 'Some fields are not filled in correctly.',
    malformed_json: 'The request body is not valid JSON.',
    unsupported_media_type: 'The body must be sent as JSON (Content-Type: application/json).',
    payload_too_large: 'The request is too large.',
    internal: 'An unexpected error occurred. Nothing was saved. Try again, or contact support.',
    database_unavailable:
      'The database is not answering right now (it may be restarting). Nothing was saved. Try again in {seconds} seconds.',
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
    record_changed:
      'Someone else saved changes after you loaded this. Your changes were not saved: look at what changed and try again.',
    date_in_future: 'The date cannot be in the future.',
    date_out_of_range_case: 'The date must be between 1 January 2000 and 10 years from today.',
    date_out_of_range_history: 'The date must be between 1 January 1900 and 10 years from today.',
    text_unstorable:
      'The text contains a character that cannot be stored (a NUL character or half a Unicode character). Remove it and try again.',
    nothing_to_change: 'There is nothing to change: give at least one field.',
    legal_condition_missing: '{text}',
  },
});

/** Every module's texts; a code defined twice fails `messages.test.ts`. */
export const messageCatalogues = [
  httpMessages,
  authMessages,
  userMessages,
  organisationMessages,
  citizenMessages,
  shelterStayMessages,
  assessmentMessages,
  planMessages,
  decisionMessages,
  versionMessages,
  housingAllocationMessages,
  supportCourseMessages,
  courseRegistrationMessages,
  followUpMessages,
  legalCheckMessages,
  flowcardMessages,
  taskMessages,
  consentMessages,
  emergencyAccessMessages,
  networkMeetingMessages,
  agreementMessages,
  timeReportMessages,
  housingSupplyMessages,
  keyFiguresMessages,
  programmesMessages,
  fidelityMessages,
  taskforceMessages,
  taskforceCaseReviewMessages,
  taskforceReportMessages,
  taskforceStaffMessages,
] as const;

const catalogues = mergeMessages(messageCatalogues);

export type MessageCode = keyof (typeof catalogues)['da'];

export function isMessageCode(code: string): code is MessageCode {
  return Object.hasOwn(catalogues.da, code);
}

export function translate(locale: Locale, code: MessageCode, params: Record<string, string | number> = {}): string {
  return catalogues[locale][code].replace(/\{(\w+)\}/g, (whole, name: string) => String(params[name] ?? whole));
}

import { defineMessages } from '../../http/message-catalogue';

/** The citizens module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const citizenMessages = defineMessages({
  da: {
    cpr_format: 'CPR-nummeret skal skrives som ddmmåå-xxxx eller med 10 cifre.',
    cpr_impossible_date: 'CPR-nummerets dato (ddmmåå) findes ikke.',
    cpr_future_birth_date: 'CPR-nummerets fødselsdato ligger i fremtiden.',
    citizen_identity_required: 'Angiv CPR-nummer, navn eller kaldenavn.',
    birth_year_with_cpr: 'Fødselsåret følger af CPR-nummeret; lad feltet være tomt.',
    referred_by_required: 'Skriv hvem borgeren er henvist af.',
    handlekommune_must_be_own: 'Handlekommunen skal være din egen kommune.',
    handlekommune_not_municipality: 'Handlekommunen skal være en kommune.',
    responsible_not_caseworker:
      'Sagsansvarlig skal være en sagsbehandler (eller leder af myndigheden) i borgerens handlekommune.',
    citizen_changed_by_other: '{name} gemte ændringer {when}. Dine ændringer er ikke gemt: se hvad der er ændret, og prøv igen.',
    citizen_link_self: 'Det er den samme borger. Vælg en anden.',
    citizens_marked_distinct: 'De to borgere er tidligere markeret som forskellige personer og kan ikke sammenkædes.',
    citizens_not_linked: 'Borgerne er ikke sammenkædet.',
    housing_period_overlap: 'Perioden overlapper en anden periode: {category} fra {from} til {to}.',
    housing_period_ends_before_start: 'Slutdatoen ligger før startdatoen.',
  },
  en: {
    cpr_format: 'Write the CPR number as ddmmyy-xxxx or as 10 digits.',
    cpr_impossible_date: 'The date in the CPR number (ddmmyy) does not exist.',
    cpr_future_birth_date: 'The birth date in the CPR number is in the future.',
    citizen_identity_required: 'Give a CPR number, a name or an alias.',
    birth_year_with_cpr: 'The year of birth follows from the CPR number; leave this field empty.',
    referred_by_required: 'Write who referred the citizen.',
    handlekommune_must_be_own: 'The responsible municipality must be your own municipality.',
    handlekommune_not_municipality: 'The responsible municipality must be a municipality.',
    responsible_not_caseworker:
      'The responsible caseworker must be a caseworker (or a leader of the authority) in the citizen’s responsible municipality.',
    citizen_changed_by_other: '{name} saved changes {when}. Your changes were not saved: look at what changed and try again.',
    citizen_link_self: 'That is the same citizen. Choose another one.',
    citizens_marked_distinct: 'These two citizens were earlier marked as different people and cannot be linked.',
    citizens_not_linked: 'These citizens are not linked.',
    housing_period_overlap: 'The period overlaps another period: {category} from {from} to {to}.',
    housing_period_ends_before_start: 'The end date is before the start date.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The legal case review's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const taskforceCaseReviewMessages = defineMessages({
  da: {
    taskforce_review_exists: 'Forløbet har allerede en stikprøve. Der trækkes én pr. forløb.',
    taskforce_review_period_reversed: 'Perioden skal slutte samme dag som eller efter, at den begynder.',
    taskforce_review_sample_too_large:
      'Stikprøven kan ikke være større end populationen: {population} personer havde et § 110-ophold i perioden. Vælg højst {population}.',
    taskforce_review_sample_empty: 'Stikprøven skal have mindst én sag.',
    taskforce_review_no_data_clause:
      'Samarbejdsaftalen har ingen dataklausul med en slutdato. Adgangen til sagerne hviler på den: udfyld aftalens "gyldig til" først.',
    taskforce_review_access_after_agreement: 'Adgangen kan ikke vare længere end samarbejdsaftalens dataklausul ({date}).',
    taskforce_review_access_in_past: 'Adgangen skal gælde til i dag ({date}) eller senere.',
    taskforce_review_period_outside_agreement:
      'Perioden skal ligge inden for samarbejdsaftalens dataperiode (grænsen er {date}).',
    taskforce_review_answer_missing: 'Besvar alle kontrolpunkter: bekræft forhåndssvaret eller vælg et andet svar.',
    taskforce_review_note_required: 'Skriv en note, når du tilsidesætter forhåndssvaret.',
  },
  en: {
    taskforce_review_exists: 'The course already has a sample. One is drawn per course.',
    taskforce_review_period_reversed: 'The period must end on or after the day it begins.',
    taskforce_review_sample_too_large:
      'The sample cannot be larger than the population: {population} people had a § 110 stay in the period. Choose at most {population}.',
    taskforce_review_sample_empty: 'The sample needs at least one case.',
    taskforce_review_no_data_clause:
      'The collaboration agreement has no data clause with an end date. Access to the cases rests on it: fill in the agreement’s "valid until" first.',
    taskforce_review_access_after_agreement: 'Access cannot last longer than the collaboration agreement’s data clause ({date}).',
    taskforce_review_access_in_past: 'Access must last until today ({date}) or later.',
    taskforce_review_period_outside_agreement:
      'The period must lie within the collaboration agreement’s data period (the limit is {date}).',
    taskforce_review_answer_missing: 'Answer every checkpoint: confirm the pre-answer or choose another answer.',
    taskforce_review_note_required: 'Write a note when you overrule the pre-answer.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The taskforce module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const taskforceMessages = defineMessages({
  da: {
    taskforce_needs_required: 'Skriv under mindst ét tema, hvad kommunen har brug for hjælp til.',
    taskforce_application_open_exists:
      'Kommunen har allerede en ansøgning, der venter på svar. Ret den i stedet for at sende en ny.',
    taskforce_season_full:
      'Sæsonen er fuld: {accepted} af {capacity} opstarter er allerede givet. Vælg en anden sæson, udskyd ansøgningen, eller hæv sæsonens kapacitet.',
    taskforce_season_past: 'Sæsonen er allerede begyndt eller forbi. Vælg en kommende sæson.',
    taskforce_capacity_below_accepted:
      'Kapaciteten kan ikke sættes under de {accepted} opstarter, der allerede er givet i sæsonen.',
    taskforce_phase_order: 'Faserne skal ligge i rækkefølge: datoen må ikke ligge før {date}.',
    taskforce_phase_missing: 'Angiv datoer for alle fire faser, hver én gang.',
    taskforce_data_period_order: 'Perioden skal slutte samme dag som eller efter, at den begynder ({date}).',
    taskforce_package_period_reversed: 'Perioden skal slutte samme dag som eller efter, at den begynder ({from}).',
    taskforce_package_period_too_long: 'En datapakke kan højst dække to år. Vælg en kortere periode.',
    taskforce_package_period_in_future:
      'Perioden må ikke slutte efter i dag ({today}): tal for dage, der ikke er gået, kan ikke fryses.',
  },
  en: {
    taskforce_needs_required: 'Under at least one theme, write what the municipality needs help with.',
    taskforce_application_open_exists:
      'The municipality already has an application waiting for an answer. Change it instead of sending a new one.',
    taskforce_season_full:
      'The season is full: {accepted} of {capacity} starts are already given. Choose another season, defer the application, or raise the season’s capacity.',
    taskforce_season_past: 'The season has already begun or is over. Choose a coming season.',
    taskforce_capacity_below_accepted: 'The capacity cannot be set below the {accepted} starts already given in the season.',
    taskforce_phase_order: 'The phases must be in order: the date cannot be before {date}.',
    taskforce_phase_missing: 'Give dates for all four phases, each once.',
    taskforce_data_period_order: 'The period must end on or after the day it begins ({date}).',
    taskforce_package_period_reversed: 'The period must end on or after the day it begins ({from}).',
    taskforce_package_period_too_long: 'A data package covers at most two years. Choose a shorter period.',
    taskforce_package_period_in_future:
      'The period cannot end after today ({today}): figures for days still to come cannot be frozen.',
  },
});

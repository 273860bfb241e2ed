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
    taskforce_package_before_agreed_period:
      'Perioden begynder før den periode, samarbejdsaftalens dataklausul giver adgang til ({agreedFrom}). Vælg en senere startdato, eller ret aftalen.',
    taskforce_package_after_agreed_period:
      'Perioden slutter efter den periode, samarbejdsaftalens dataklausul giver adgang til ({agreedTo}). Vælg en tidligere slutdato, eller ret aftalen.',
    taskforce_package_agreement_expired:
      'Samarbejdsaftalens dataklausul gælder kun til {validUntil}: der kan ikke fryses flere data. Forlæng aftalen først.',
    taskforce_goal_measure_required: 'Vælg det nøgletal, målet følger.',
    taskforce_goal_package_required:
      'Vælg den frosne datapakke, målets baseline tages fra. Er der ingen, så frys først en datapakke.',
    taskforce_goal_package_unknown: 'Datapakken hører ikke til forløbet. Vælg en af forløbets frosne datapakker.',
    taskforce_goal_baseline_missing:
      'Datapakken (version {version}) har ingen baseline for nøgletallet: tallet er skjult (under 5) eller tomt. Vælg et andet nøgletal.',
    taskforce_goal_target_before_baseline: 'Målets dato skal ligge efter baselinens periode, der slutter {date}.',
    taskforce_owner_unknown:
      'Ansvarlig skal være en aktiv medarbejder i {municipality} med en enhed (så opgaven har en indbakke).',
    taskforce_action_due_in_past: 'Fristen er overskredet allerede. Vælg i dag eller en senere dag.',
    taskforce_action_due_after_goal: 'Handlingens frist må ikke ligge efter målets dato ({date}).',
    taskforce_point_has_goals:
      'Udviklingspunktet har {count} mål og kan ikke fjernes, så længe de findes. Fjern målene først, eller ret punktet i stedet.',
    taskforce_goal_has_actions:
      'Målet har {count} handlinger og kan ikke fjernes, så længe de findes. Fjern handlingerne først, eller ret målet i stedet.',
    taskforce_goal_followed_up:
      'Målet blev fulgt op på statusmødet {date}, og referatet bevarer målets tal. Derfor kan målet ikke fjernes; ret det i stedet.',
    taskforce_goal_before_actions:
      'Målets dato må ikke ligge før handlingernes frister: den seneste er {date}. Flyt handlingens frist først, eller vælg en senere dato.',
    taskforce_meeting_in_future: 'Et statusmøde registreres, når det er holdt: datoen må ikke ligge efter i dag ({date}).',
    taskforce_meeting_before_course: 'Statusmødet må ikke ligge før forløbets start ({date}).',
    taskforce_meeting_before_previous: 'Statusmødet skal ligge efter det forrige statusmøde ({date}).',
    taskforce_decision_owner_required:
      'Vælg, hvem der er ansvarlig for beslutningen: den bliver en opgave i vedkommendes indbakke.',
    taskforce_decision_due_required: 'Angiv en frist for beslutningen: den bliver en opgave med fristen.',
    taskforce_decision_due_in_past: 'Fristen er allerede overskredet. Vælg i dag eller en senere dag.',
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
    taskforce_package_before_agreed_period:
      'The period begins before the period the collaboration agreement’s data clause covers ({agreedFrom}). Choose a later start, or amend the agreement.',
    taskforce_package_after_agreed_period:
      'The period ends after the period the collaboration agreement’s data clause covers ({agreedTo}). Choose an earlier end, or amend the agreement.',
    taskforce_package_agreement_expired:
      'The collaboration agreement’s data clause is valid only until {validUntil}: no more data can be frozen. Extend the agreement first.',
    taskforce_goal_measure_required: 'Choose the key figure the goal follows.',
    taskforce_goal_package_required:
      'Choose the frozen data package the goal’s baseline comes from. If there is none, freeze a data package first.',
    taskforce_goal_package_unknown:
      'The data package does not belong to the course. Choose one of the course’s frozen data packages.',
    taskforce_goal_baseline_missing:
      'The data package (version {version}) has no baseline for this key figure: it is hidden (below 5) or empty. Choose another key figure.',
    taskforce_goal_target_before_baseline: 'The goal’s date must come after the baseline’s period, which ends {date}.',
    taskforce_owner_unknown:
      'The owner must be an active member of staff of {municipality} with a unit (so the task has an inbox).',
    taskforce_action_due_in_past: 'That due date has already passed. Choose today or a later day.',
    taskforce_action_due_after_goal: 'The action cannot be due after the goal’s date ({date}).',
    taskforce_point_has_goals:
      'The development point has {count} goals and cannot be removed while they exist. Remove the goals first, or correct the point instead.',
    taskforce_goal_has_actions:
      'The goal has {count} actions and cannot be removed while they exist. Remove the actions first, or correct the goal instead.',
    taskforce_goal_followed_up:
      'The goal was followed up at the status meeting of {date}, whose minutes keep its figures. So it cannot be removed; correct it instead.',
    taskforce_goal_before_actions:
      'The goal’s date cannot come before its actions’ due dates: the latest is {date}. Move the action’s due date first, or choose a later date.',
    taskforce_meeting_in_future: 'A status meeting is recorded once held: the date cannot be after today ({date}).',
    taskforce_meeting_before_course: 'The status meeting cannot be before the course begins ({date}).',
    taskforce_meeting_before_previous: 'The status meeting must come after the previous status meeting ({date}).',
    taskforce_decision_owner_required: 'Choose who owns the decision: it becomes a task in their inbox.',
    taskforce_decision_due_required: 'Give the decision a due date: it becomes a task with that due date.',
    taskforce_decision_due_in_past: 'That due date has already passed. Choose today or a later day.',
  },
});

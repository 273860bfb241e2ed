import { defineMessages } from '../../http/message-catalogue';

/** The support-courses module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const supportCourseMessages = defineMessages({
  da: {
    worker_not_found: 'Medarbejderen findes ikke som aktiv bruger i din kommune.',
    support_course_ended: 'Forløbet er afsluttet ({endedOn}).',
    course_end_before_start: 'Forløbet kan ikke slutte før det begyndte ({startedOn}).',
    course_start_after_records: 'Forløbets start kan ikke ligge efter det, der allerede er registreret i forløbet ({firstOn}).',
    cti_only: 'Faser og tjeklister findes kun i CTI-forløb.',
    cti_phase_before_course_start: 'Fasen kan ikke begynde før forløbet ({startedOn}).',
    cti_phase_before_previous: 'Fase {phase} kan ikke begynde før fase {previous} ({previousOn}).',
    cti_previous_phase_not_started: 'Fase {previous} er ikke begyndt endnu.',
    cti_next_phase_started: 'Fase {next} er allerede begyndt ({nextOn}).',
    contact_before_course_start: 'Kontakten kan ikke ligge før forløbets start ({startedOn}).',
    contact_after_course_end: 'Kontakten kan ikke ligge efter forløbets afslutning ({endedOn}).',
    support_course_decision_not_found:
      'Afgørelse: den valgte afgørelse findes ikke hos denne borger. Vælg en af borgerens afgørelser efter § 85 a.',
    support_course_decision_not_85a:
      'Afgørelse: afgørelsen af {decidedOn} er efter {kind}, ikke § 85 a. Et støtteforløb leveres efter en afgørelse efter § 85 a.',
    support_course_decision_refused:
      'Afgørelse: afgørelsen af {decidedOn} er et afslag. Et støtteforløb leveres efter en bevilling efter § 85 a.',
    support_course_decision_method_mismatch:
      'Afgørelse: afgørelsen af {decidedOn} bevilger {decisionMethod}, men forløbet er {method}. Vælg en afgørelse med samme metode.',
  },
  en: {
    worker_not_found: 'The worker is not an active user in your municipality.',
    support_course_ended: 'The course has ended ({endedOn}).',
    course_end_before_start: 'The course cannot end before it started ({startedOn}).',
    course_start_after_records: 'The course cannot start after what is already recorded in it ({firstOn}).',
    cti_only: 'Phases and checklists exist only in CTI courses.',
    cti_phase_before_course_start: 'The phase cannot start before the course ({startedOn}).',
    cti_phase_before_previous: 'Phase {phase} cannot start before phase {previous} ({previousOn}).',
    cti_previous_phase_not_started: 'Phase {previous} has not started yet.',
    cti_next_phase_started: 'Phase {next} has already started ({nextOn}).',
    contact_before_course_start: 'The contact cannot be before the course started ({startedOn}).',
    contact_after_course_end: 'The contact cannot be after the course ended ({endedOn}).',
    support_course_decision_not_found:
      'Decision: the chosen decision is not one of this citizen’s. Choose one of the citizen’s § 85 a decisions.',
    support_course_decision_not_85a:
      'Decision: the decision of {decidedOn} is under {kind}, not § 85 a. A support course delivers a § 85 a decision.',
    support_course_decision_refused:
      'Decision: the decision of {decidedOn} is a refusal. A support course delivers a § 85 a grant.',
    support_course_decision_method_mismatch:
      'Decision: the decision of {decidedOn} grants {decisionMethod}, but the course is {method}. Choose a decision with the same method.',
  },
});

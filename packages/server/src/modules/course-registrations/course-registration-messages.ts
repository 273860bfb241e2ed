import { defineMessages } from '../../http/message-catalogue';

/** The course-registrations module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const courseRegistrationMessages = defineMessages({
  da: {
    registration_course_ended: 'Forløbet er afsluttet ({endedOn}); der kan ikke registreres mere på det.',
    registration_second_intake: 'Forløbet har allerede en indskrivning ({intakeOn}).',
    registration_exit_before_intake: 'Et ophør kræver en indskrivning først.',
    registration_status_before_intake: 'En statusregistrering kræver en indskrivning først.',
    registration_before_course_start: 'Registreringen ligger før forløbet startede ({startedOn}).',
    registration_before_intake: 'Registreringen ligger før indskrivningen ({intakeOn}).',
    registration_after_exit: 'Registreringen ligger efter ophøret ({exitOn}).',
    registration_intake_after_others: 'Indskrivningen kan ikke ligge efter den første registrering ({firstOn}).',
    registration_exit_before_others: 'Ophøret kan ikke ligge før den seneste registrering ({lastOn}).',
    registration_exit_reason_required: 'Vælg en årsag til ophøret.',
    registration_exit_reason_text_required: 'Beskriv årsagen, når du vælger "andet".',
    registration_exit_fields_only: 'Ophørsårsag og destination hører kun til et ophør.',
    registration_category_when_housed: 'Hjemløsekategorien udfyldes kun, når borgeren ikke er i bolig.',
    registration_phase_after_exit: 'Ophøret ligger før en CTI-fase startede ({startedOn}).',
  },
  en: {
    registration_course_ended: 'The course has ended ({endedOn}); nothing more can be registered on it.',
    registration_second_intake: 'The course already has an intake ({intakeOn}).',
    registration_exit_before_intake: 'An exit needs an intake first.',
    registration_status_before_intake: 'A status registration needs an intake first.',
    registration_before_course_start: 'The registration is before the course started ({startedOn}).',
    registration_before_intake: 'The registration is before the intake ({intakeOn}).',
    registration_after_exit: 'The registration is after the exit ({exitOn}).',
    registration_intake_after_others: 'The intake cannot be after the first registration ({firstOn}).',
    registration_exit_before_others: 'The exit cannot be before the latest registration ({lastOn}).',
    registration_exit_reason_required: 'Choose a reason for the exit.',
    registration_exit_reason_text_required: 'Describe the reason when you choose "other".',
    registration_exit_fields_only: 'Exit reason and destination belong to an exit only.',
    registration_category_when_housed: 'The homelessness category is only filled in while the citizen is not housed.',
    registration_phase_after_exit: 'The exit is before a CTI phase started ({startedOn}).',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The texts of the taskforce's staff on a course, in Danish and English (merged into `http/messages.ts`). */
export const taskforceStaffMessages = defineMessages({
  da: {
    taskforce_staff_not_eligible:
      'Kun aktive konsulenter i taskforcen og Ankestyrelsens sagsgennemgangere (brugere i en national organisation) kan sættes på forløbet.',
    taskforce_staff_already_on: 'Personen er allerede på forløbet.',
    taskforce_staff_last_consultant:
      'Forløbet skal have mindst én konsulent fra taskforcen. Sæt en anden konsulent på, før denne tages af.',
  },
  en: {
    taskforce_staff_not_eligible:
      'Only active taskforce consultants and Ankestyrelsen’s case reviewers (users of a national organisation) can be put on the course.',
    taskforce_staff_already_on: 'The person is already on the course.',
    taskforce_staff_last_consultant:
      'The course must keep at least one taskforce consultant. Put another consultant on it before taking this one off.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The users module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const userMessages = defineMessages({
  da: {
    email_taken: 'Der findes allerede en bruger med denne e-mail.',
    role_not_allowed_here: 'Rollen {role} kan ikke gives til brugere i denne organisation.',
    cannot_change_self: 'Du kan ikke deaktivere dig selv eller ændre din egen rolle.',
  },
  en: {
    email_taken: 'A user with this e-mail already exists.',
    role_not_allowed_here: 'The role {role} cannot be given to users in this organisation.',
    cannot_change_self: 'You cannot deactivate yourself or change your own role.',
  },
});

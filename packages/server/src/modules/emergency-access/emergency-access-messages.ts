import { defineMessages } from '../../http/message-catalogue';

/** The emergency-access module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const emergencyAccessMessages = defineMessages({
  da: {
    emergency_access_not_allowed: 'Din rolle kan ikke bruge nødadgang. Kontakt borgerens sagsbehandler.',
    emergency_access_no_citizen: 'Der er ingen borger med dette CPR-nummer i kommunen.',
    emergency_access_not_needed: 'Du har allerede adgang til borgeren og skal ikke bruge nødadgang.',
    emergency_access_already_reviewed: 'Nødadgangen er allerede gennemgået.',
  },
  en: {
    emergency_access_not_allowed: 'Your role cannot use emergency access. Contact the citizen’s caseworker.',
    emergency_access_no_citizen: 'There is no citizen with this CPR number in the municipality.',
    emergency_access_not_needed: 'You already have access to the citizen and do not need emergency access.',
    emergency_access_already_reviewed: 'The emergency access has already been reviewed.',
  },
});

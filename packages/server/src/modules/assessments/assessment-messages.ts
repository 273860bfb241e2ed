import { defineMessages } from '../../http/message-catalogue';

/** The assessments module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const assessmentMessages = defineMessages({
  da: {
    assessment_area_duplicate: 'Området er allerede vurderet; hvert område kan kun vurderes én gang.',
  },
  en: {
    assessment_area_duplicate: 'This area is already assessed; each area can be assessed only once.',
  },
});

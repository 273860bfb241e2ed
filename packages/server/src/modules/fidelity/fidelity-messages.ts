import { defineMessages } from '../../http/message-catalogue';

/** The fidelity module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const fidelityMessages = defineMessages({
  da: {
    fidelity_team_unknown: 'Vælg et af de bostøtteteams (CTI, ICM, ACT, M-ACT), du kan registrere fidelitet for.',
    fidelity_instrument_unknown: 'Den version af fidelitetsinstrumentet findes ikke.',
    fidelity_item_unknown: 'Spørgsmålet {itemId} findes ikke i teamets fidelitetsinstrument.',
    fidelity_item_twice: 'Spørgsmålet {itemId} er besvaret to gange.',
    fidelity_answer_not_on_scale: 'Svaret skal være ja, delvis eller nej.',
    fidelity_no_answers: 'Besvar mindst ét spørgsmål.',
  },
  en: {
    fidelity_team_unknown: 'Choose one of the support teams (CTI, ICM, ACT, M-ACT) you may record fidelity for.',
    fidelity_instrument_unknown: 'That version of the fidelity instrument does not exist.',
    fidelity_item_unknown: 'The item {itemId} is not in the team’s fidelity instrument.',
    fidelity_item_twice: 'The item {itemId} is answered twice.',
    fidelity_answer_not_on_scale: 'The answer must be yes, partly or no.',
    fidelity_no_answers: 'Answer at least one item.',
  },
});

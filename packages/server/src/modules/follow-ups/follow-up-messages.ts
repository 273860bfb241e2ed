import { defineMessages } from '../../http/message-catalogue';

/** The follow-ups module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const followUpMessages = defineMessages({
  da: {
    follow_up_requires_move_in: 'Borgeren er ikke flyttet ind i boligen endnu; opfølgningen regnes fra indflytningen.',
    follow_up_before_move_in: 'Opfølgningen kan ikke ligge før indflytningen ({moveInOn}).',
    follow_up_exists: 'Opfølgningen efter {milestone} måneder er allerede registreret.',
    lost_home_before_move_in: 'Borgeren kan ikke have mistet boligen før indflytningen ({moveInOn}).',
    lost_home_after_check: 'Borgeren kan ikke miste boligen efter opfølgningen ({checkedOn}).',
    home_already_lost: 'Borgeren mistede boligen {lostHomeOn}; der følges ikke op på den igen.',
    lost_home_only_when_lost: 'Udfyldes kun, når borgeren har mistet boligen.',
  },
  en: {
    follow_up_requires_move_in: 'The citizen has not moved in yet; follow-ups count from the move-in.',
    follow_up_before_move_in: 'The follow-up cannot be before the move-in ({moveInOn}).',
    follow_up_exists: 'The follow-up after {milestone} months is already recorded.',
    lost_home_before_move_in: 'The citizen cannot have lost the home before the move-in ({moveInOn}).',
    lost_home_after_check: 'The home cannot be lost after the follow-up ({checkedOn}).',
    home_already_lost: 'The citizen lost the home on {lostHomeOn}; it is not followed up again.',
    lost_home_only_when_lost: 'Fill in only when the citizen has lost the home.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The legal-checks module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const legalCheckMessages = defineMessages({
  da: {
    discharge_conditions_missing:
      'Borgeren kan ikke udskrives til egen bolig endnu ({source}). Antal betingelser, der mangler: {count}.',
    discharge_condition_plan: 'Der mangler en handleplan (§ 141) eller en helhedsorienteret plan (§ 142).',
    discharge_condition_housing_or_residential_offer:
      'Borgeren er hverken anvist egen bolig eller bevilget botilbud efter § 107 eller § 108.',
    discharge_condition_support_decision:
      'Der mangler en afgørelse om hjælp og støtte (§ 85 a eller § 85), der svarer til borgerens behov for at fastholde boligen.',
    discharge_condition_lease_and_move_in: 'Der mangler en underskrevet lejeaftale og en indflytningsdato.',
    discharge_condition_residential_offer_move_in: 'Borgeren kan endnu ikke flytte ind i botilbuddet.',
  },
  en: {
    discharge_conditions_missing: 'The citizen cannot be discharged to own housing yet ({source}). Conditions missing: {count}.',
    discharge_condition_plan: 'There is no plan under § 141 or § 142.',
    discharge_condition_housing_or_residential_offer:
      'The citizen has neither been allocated own housing nor granted a residential offer under § 107 or § 108.',
    discharge_condition_support_decision:
      'There is no decision on help and support (§ 85 a or § 85) matching the citizen’s need to keep the home.',
    discharge_condition_lease_and_move_in: 'There is no signed lease with a move-in date the citizen can move in on.',
    discharge_condition_residential_offer_move_in: 'The citizen cannot move into the residential offer yet.',
  },
});

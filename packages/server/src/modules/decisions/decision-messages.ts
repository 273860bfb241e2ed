import { defineMessages } from '../../http/message-catalogue';

/** The decisions module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const decisionMessages = defineMessages({
  da: {
    decision_period_reversed: 'Perioden slutter ({periodTo}), før den begynder ({periodFrom}).',
    decision_method_required: 'Vælg metode (CTI, ICM, ACT eller M-ACT) for en afgørelse efter § 85 a.',
    decision_method_only_85a: 'Metode (CTI, ICM, ACT, M-ACT) angives kun ved afgørelser efter § 85 a.',
    decision_wish_followed_required: 'Angiv, om borgerens ønske om leverandør ({provider}) følges.',
    decision_wish_reason_required:
      'Afgørelsen følger ikke borgerens ønske om leverandør ({provider}). Efter {source} skal afgørelsen begrunde, hvorfor ønsket ikke følges. Skriv begrundelsen.',
  },
  en: {
    decision_period_reversed: 'The period ends ({periodTo}) before it begins ({periodFrom}).',
    decision_method_required: 'Choose the method (CTI, ICM, ACT or M-ACT) for a § 85 a decision.',
    decision_method_only_85a: 'A method (CTI, ICM, ACT, M-ACT) is given only for § 85 a decisions.',
    decision_wish_followed_required: 'Say whether the citizen’s wish of provider ({provider}) is followed.',
    decision_wish_reason_required:
      'The decision does not follow the citizen’s wish of provider ({provider}). Under {source} the decision must give the reason. Write the reason.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The network-meetings module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const networkMeetingMessages = defineMessages({
  da: {
    meeting_unit_unknown: 'Enheden er hverken kommunens egen eller en samarbejdspartners.',
    meeting_partner_unknown: 'Organisationen er ikke en af kommunens samarbejdspartnere.',
    decision_owner_not_in_unit: 'Den ansvarlige skal være medlem af den valgte enhed ({unit}).',
    decision_due_before_meeting: 'Fristen ligger før mødet ({heldOn}).',
  },
  en: {
    meeting_unit_unknown: 'The unit is neither the municipality’s own nor a partner’s.',
    meeting_partner_unknown: 'The organisation is not one of the municipality’s partners.',
    decision_owner_not_in_unit: 'The person responsible must be a member of the chosen unit ({unit}).',
    decision_due_before_meeting: 'The deadline is before the meeting ({heldOn}).',
  },
});

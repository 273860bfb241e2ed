import { defineMessages } from '../../http/message-catalogue';

/** The organisation module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const organisationMessages = defineMessages({
  da: {
    unit_not_found: 'Enheden findes ikke i din organisation.',
    unit_name_taken: 'Der findes allerede en enhed med dette navn.',
    partner_type_required: 'Vælg hvilken slags samarbejdspartner det er.',
    shelter_operator_required: 'Vælg om forsorgshjemmet er kommunalt eller selvejende.',
    partner_exists: 'Samarbejdspartneren er allerede tilknyttet.',
    partner_shared: 'Samarbejdspartneren bruges også af andre organisationer; kun en systemadministrator kan ændre stamdata.',
  },
  en: {
    unit_not_found: 'The unit does not exist in your organisation.',
    unit_name_taken: 'A unit with this name already exists.',
    partner_type_required: 'Choose which kind of partner this is.',
    shelter_operator_required: 'Choose whether the shelter is municipal or self-governing.',
    partner_exists: 'This partner is already linked.',
    partner_shared: 'This partner is also used by other organisations; only a system administrator can change its details.',
  },
});

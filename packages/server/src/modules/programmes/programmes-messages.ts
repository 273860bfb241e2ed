import { defineMessages } from '../../http/message-catalogue';

/** The programmes module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const programmesMessages = defineMessages({
  da: {
    programme_period_ends_before_start: 'Programmets periode kan ikke slutte, før den begynder.',
    programme_period_excludes_records: 'Perioden skal omfatte alle medlemmers datoer og alle registrerede aktiviteter.',
    programme_owner_unknown: 'Ejeren skal være en aktiv bruger i styrelsen.',
    programme_member_not_municipality_or_shelter: 'Et medlem skal være en kommune eller et § 110-tilbud (forsorgshjem).',
    programme_member_duplicate: 'Organisationen er allerede medlem af programmet.',
    programme_member_left_before_joined: 'Medlemmet kan ikke udtræde, før det er indtrådt.',
    programme_member_date_outside_period: 'Datoen skal ligge inden for programmets periode ({startsOn}–{endsOn}).',
    programme_method_unknown: 'Ukendt metode. Vælg CTI, ICM, ACT eller M-ACT.',
    programme_method_duplicate: 'Metoden er nævnt to gange.',
    programme_activity_date_outside_period: 'Aktiviteten skal ligge inden for programmets periode ({startsOn}–{endsOn}).',
    programme_activity_member_unknown: 'Deltageren er ikke medlem af programmet.',
    programme_activity_member_duplicate: 'Deltageren er nævnt to gange.',
  },
  en: {
    programme_period_ends_before_start: 'The programme’s period cannot end before it starts.',
    programme_period_excludes_records: 'The period must include every member’s dates and every logged activity.',
    programme_owner_unknown: 'The owner must be an active user of the agency.',
    programme_member_not_municipality_or_shelter: 'A member must be a municipality or a § 110 shelter.',
    programme_member_duplicate: 'The organisation is already a member of the programme.',
    programme_member_left_before_joined: 'The member cannot leave before it joined.',
    programme_member_date_outside_period: 'The date must be within the programme’s period ({startsOn}–{endsOn}).',
    programme_method_unknown: 'Unknown method. Choose CTI, ICM, ACT or M-ACT.',
    programme_method_duplicate: 'The method is named twice.',
    programme_activity_date_outside_period: 'The activity must be within the programme’s period ({startsOn}–{endsOn}).',
    programme_activity_member_unknown: 'The participant is not a member of the programme.',
    programme_activity_member_duplicate: 'The participant is named twice.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The shelter-stays module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const shelterStayMessages = defineMessages({
  da: {
    admission_required_for_shelter: 'Et forsorgshjem skal registrere optagelsen sammen med borgeren.',
    admission_only_for_shelters: 'Kun et § 110-tilbud kan registrere en optagelse.',
    stay_overlap: 'Borgeren har allerede et ophold hos jer i perioden (optaget {admittedOn}).',
    stay_already_discharged: 'Opholdet er allerede afsluttet ({dischargedOn}).',
    discharge_before_admission: 'Udskrivningsdatoen ligger før optagelsesdatoen ({admittedOn}).',
    notification_before_admission: 'Handlekommunen kan ikke være orienteret før optagelsen ({admittedOn}).',
    admission_after_discharge: 'Optagelsesdatoen ligger efter udskrivningsdatoen ({dischargedOn}).',
    admission_after_notification: 'Optagelsesdatoen ligger efter orienteringen af handlekommunen ({notifiedOn}).',
  },
  en: {
    admission_required_for_shelter: 'A shelter must register the admission together with the citizen.',
    admission_only_for_shelters: 'Only a § 110 shelter can register an admission.',
    stay_overlap: 'The citizen already has a stay with you in this period (admitted {admittedOn}).',
    stay_already_discharged: 'The stay has already ended ({dischargedOn}).',
    discharge_before_admission: 'The discharge date is before the admission date ({admittedOn}).',
    notification_before_admission: 'The handlekommune cannot have been notified before the admission ({admittedOn}).',
    admission_after_discharge: 'The admission date is after the discharge date ({dischargedOn}).',
    admission_after_notification: 'The admission date is after the handlekommune was notified ({notifiedOn}).',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The taskforce report's and anchoring's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const taskforceReportMessages = defineMessages({
  da: {
    taskforce_report_package_required: 'Vælg den frosne datapakke, rapporten bygger på, før den offentliggøres.',
    taskforce_report_analysis_required: 'Skriv analysen under hvert af de fire temaer, før rapporten offentliggøres.',
    taskforce_report_recommendations_required: 'Rapporten skal have mindst én anbefaling, før den offentliggøres.',
    taskforce_recommendation_evidence_required:
      'Angiv belægget for anbefalingen: et nøgletal fra datapakken, en begrundelse eller begge.',
    taskforce_recommendation_figure_without_package:
      'Rapporten er ikke knyttet til en datapakke endnu. Vælg datapakken i rapporten, eller skriv belægget som tekst.',
    taskforce_recommendation_figure_not_in_package: 'Nøgletallet findes ikke i rapportens datapakke. Vælg et andet.',
    taskforce_recommendation_already_point: 'Anbefalingen er allerede valgt som udviklingspunkt.',
    taskforce_recommendation_report_published:
      'Rapporten er offentliggjort og vist for kommunen. Tag den tilbage til kladde for at rette eller fjerne anbefalinger.',
    taskforce_recommendation_is_point:
      'Anbefalingen er blevet udviklingspunktet »{title}« i udviklingsplanen og kan ikke fjernes. Skal den væk, så fjern først punktet i planen.',
    taskforce_anchoring_items_required: 'En aftalt forankringsplan skal nævne mindst én ting, der fortsætter efter forløbet.',
    taskforce_anchoring_owner_required: 'Angiv, hvem der er ansvarlig, før planen aftales.',
    taskforce_anchoring_follow_up_required: 'Skriv, hvordan der følges op, før planen aftales.',
    taskforce_anchoring_review_in_past: 'Opfølgningsdatoen er passeret. Vælg {date} eller en senere dag.',
  },
  en: {
    taskforce_report_package_required: 'Choose the frozen data package the report rests on before publishing it.',
    taskforce_report_analysis_required: 'Write the analysis under each of the four themes before publishing the report.',
    taskforce_report_recommendations_required: 'The report needs at least one recommendation before it is published.',
    taskforce_recommendation_evidence_required:
      'Give the evidence for the recommendation: a key figure of the data package, a written reason, or both.',
    taskforce_recommendation_figure_without_package:
      'The report has no data package yet. Choose the package in the report, or write the evidence as text.',
    taskforce_recommendation_figure_not_in_package: 'The key figure is not in the report’s data package. Choose another.',
    taskforce_recommendation_already_point: 'The recommendation has already been chosen as a development point.',
    taskforce_recommendation_report_published:
      'The report is published and shown to the municipality. Take it back to draft to correct or remove recommendations.',
    taskforce_recommendation_is_point:
      'The recommendation has become the development point “{title}” in the development plan and cannot be removed. To remove it, remove the point in the plan first.',
    taskforce_anchoring_items_required: 'An agreed anchoring plan must name at least one thing that continues after the course.',
    taskforce_anchoring_owner_required: 'Name who is responsible before the plan is agreed.',
    taskforce_anchoring_follow_up_required: 'Write how it is followed up before the plan is agreed.',
    taskforce_anchoring_review_in_past: 'The follow-up date has passed. Choose {date} or a later day.',
  },
});

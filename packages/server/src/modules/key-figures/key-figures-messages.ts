import { defineMessages } from '../../http/message-catalogue';

/** The key-figures module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const keyFiguresMessages = defineMessages({
  da: {
    key_figures_period_reversed: 'Perioden slutter, før den begynder.',
    key_figures_period_after_reference_date: 'Perioden skal slutte senest på opgørelsesdagen.',
    key_figures_reference_date_in_future: 'Opgørelsesdagen må ikke ligge i fremtiden.',
    key_figures_version_unknown: 'Den version af nøgletallene findes ikke.',
    key_figures_breakdown_unknown: 'Opdelingen findes ikke. Vælg metode, enhed, aldersgruppe eller køn.',
    key_figures_measure_unknown: 'Nøgletallet findes ikke i denne version.',
    key_figures_window_unknown: 'Perioden findes ikke i udviklingen. Vælg perioden eller et af de seneste otte kvartaler.',
  },
  en: {
    key_figures_period_reversed: 'The period ends before it begins.',
    key_figures_period_after_reference_date: 'The period must end on or before the reference date.',
    key_figures_reference_date_in_future: 'The reference date cannot be in the future.',
    key_figures_version_unknown: 'That version of the key figures does not exist.',
    key_figures_breakdown_unknown: 'Unknown breakdown. Choose method, unit, age band or sex.',
    key_figures_measure_unknown: 'That key figure does not exist in this version.',
    key_figures_window_unknown: 'That window is not in the trend. Choose the period or one of the last eight quarters.',
  },
});

import { defineMessages } from '../../http/message-catalogue';

/** The time-report module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const timeReportMessages = defineMessages({
  da: {
    time_report_period_reversed: 'Perioden slutter, før den begynder.',
    time_report_period_too_long: 'Perioden må højst være {days} dage.',
    time_report_bar_unknown: 'Søjlen findes ikke i rapporten.',
  },
  en: {
    time_report_period_reversed: 'The period ends before it begins.',
    time_report_period_too_long: 'The period can be at most {days} days.',
    time_report_bar_unknown: 'The bar is not in the report.',
  },
});

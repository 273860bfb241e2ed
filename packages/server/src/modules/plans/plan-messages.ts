import { defineMessages } from '../../http/message-catalogue';

/** The plans module's texts for users, in Danish and English (merged into `http/messages.ts`). */
export const planMessages = defineMessages({
  da: {
    plan_ends_before_made: 'Planen kan ikke ophøre, før den er lavet ({madeOn}).',
    plan_142_without_stay:
      'En plan efter § 142 er for borgere med ophold på forsorgshjem eller herberg (§ 110). Borgeren havde ikke ophold {madeOn}; vælg en handleplan efter § 141.',
    follow_up_before_plan: 'Opfølgningen ligger før planen er lavet ({madeOn}).',
    follow_up_done_before_plan: 'Opfølgningen kan ikke være gennemført, før planen er lavet ({madeOn}).',
  },
  en: {
    plan_ends_before_made: 'The plan cannot end before it was made ({madeOn}).',
    plan_142_without_stay:
      'A § 142 plan is for citizens staying at a § 110 shelter. The citizen had no stay on {madeOn}; choose a § 141 plan.',
    follow_up_before_plan: 'The follow-up is before the plan was made ({madeOn}).',
    follow_up_done_before_plan: 'The follow-up cannot have been done before the plan was made ({madeOn}).',
  },
});

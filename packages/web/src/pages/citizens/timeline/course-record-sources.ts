import type { TFunction } from 'i18next';
import type { Assessment, Decision, Locale, Plan } from '@hjemvej/contract';
import { decisionTitle } from '../../decisions/decision-status';
import { formatIsoDate } from '../dates';
import type { TimelineEvent, TimelinePart } from './timeline-model';

interface SourceContext {
  readonly t: TFunction;
  readonly locale: Locale;
}

/** VUM 2.0 assessments: one event on the day of the assessment. */
export function assessmentTimeline(assessments: readonly Assessment[], { t }: SourceContext): TimelinePart {
  return {
    events: assessments.map((assessment) => ({
      id: `assessment-${assessment.id}`,
      kind: 'assessment',
      at: assessment.assessedOn,
      order: 5,
      title: t('timeline.event.assessment'),
      detail: assessment.citizenView ? t('timeline.event.citizenView', { view: assessment.citizenView }) : null,
      actor: assessment.createdBy,
      tone: 'info',
    })),
    spans: [],
  };
}

/** § 141/§ 142 plans: made on a day; a later version where it was last changed. */
export function planTimeline(plans: readonly Plan[], { t, locale }: SourceContext): TimelinePart {
  const events: TimelineEvent[] = [];
  for (const plan of plans) {
    const kind = t(`plans.kind.${plan.kind}`);
    events.push({
      id: `plan-${plan.id}`,
      kind: 'plan',
      at: plan.madeOn,
      order: 6,
      title: t('timeline.event.planMade', { kind }),
      detail: plan.nextFollowUpOn ? t('timeline.event.planFollowUp', { date: formatIsoDate(plan.nextFollowUpOn, locale) }) : null,
      actor: plan.createdBy,
      tone: 'info',
    });
    if (plan.version > 1) {
      events.push({
        id: `plan-${plan.id}-v${plan.version}`,
        kind: 'plan',
        at: plan.updatedAt,
        order: 7,
        title: t('timeline.event.planVersion', { kind, version: plan.version }),
        detail: null,
        actor: plan.updatedBy,
        tone: 'neutral',
      });
    }
  }
  return { events, spans: [] };
}

/** Decisions: one event on the day it was made, saying what and whether the wish was followed. */
export function decisionTimeline(decisions: readonly Decision[], { t }: SourceContext): TimelinePart {
  return {
    events: decisions.map((decision) => ({
      id: `decision-${decision.id}`,
      kind: 'decision',
      at: decision.decidedOn,
      order: 8,
      title: t('timeline.event.decision', {
        title: decisionTitle(decision, t),
        outcome: t(`decisions.outcome.${decision.outcome}`),
      }),
      detail:
        decision.wishedProvider === null
          ? null
          : decision.wishFollowed
            ? t('decisions.wishFollowedShort', { provider: decision.wishedProvider })
            : t('decisions.wishNotFollowedShort', { provider: decision.wishedProvider }),
      actor: decision.createdBy,
      tone: decision.outcome === 'granted' ? 'success' : 'neutral',
    })),
    spans: [],
  };
}

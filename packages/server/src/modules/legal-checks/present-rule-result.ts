/** Rule results of the pure domain, as the API answers them (sources written out, language chosen). */
import type { LegalCheck, LegalCondition, LegalSourceOut, Locale } from '@hjemvej/contract';
import {
  formatSourceDa,
  ruleDefinitions,
  type DischargeCondition,
  type LegalSource,
  type RuleResult,
  type RuleStatus,
} from '@hjemvej/domain';
import { translate } from '../../http/messages';

export function presentSource(source: LegalSource): LegalSourceOut {
  return {
    lawName: source.lawName,
    paragraph: source.paragraph,
    stk: source.stk ?? null,
    nr: source.nr ?? null,
    url: source.url ?? null,
    titleDa: source.titleDa,
    explanationDa: source.explanationDa,
    text: formatSourceDa(source),
  };
}

export function presentCondition(locale: Locale, condition: DischargeCondition): LegalCondition {
  return {
    id: condition.id,
    source: presentSource(condition.source),
    status: condition.status,
    messageDa: condition.messageDa,
    // The domain words each condition in Danish with its facts; English gets the general text.
    message:
      locale === 'da' || condition.status !== 'missing'
        ? condition.messageDa
        : translate(locale, `discharge_condition_${condition.id}`),
  };
}

function subjectTypeOf(result: RuleResult): LegalCheck['subjectType'] {
  if (result.subjectId === null) return null;
  switch (result.ruleId) {
    case 'discharge_conditions_110_5':
    case 'shelter_plan_142':
    case 'handlekommune_notification_110_6':
      return 'stay';
    case 'provider_wish_reason_85a_2':
      return 'decision';
    case 'cti_phase_transition':
      return 'support_course';
    case 'reimbursement_days_110':
      return null;
  }
}

export function presentRuleResult(locale: Locale, result: RuleResult): LegalCheck {
  const conditions = result.ruleId === 'discharge_conditions_110_5' ? result.details.conditions : [];
  return {
    ruleId: result.ruleId,
    titleDa: ruleDefinitions[result.ruleId].titleDa,
    source: presentSource(result.source),
    status: result.status,
    messageDa: result.messageDa,
    messageEn: result.messageEn ?? null,
    subjectId: result.subjectId,
    subjectType: subjectTypeOf(result),
    details: { ...result.details },
    conditions: conditions.map((condition) => presentCondition(locale, condition)),
  };
}

const severity: Record<RuleStatus, number> = { overdue: 4, missing: 3, warning: 2, met: 1, not_applicable: 0 };

/** The worst status among results that need attention, or null. */
export function worstStatus(results: readonly { status: RuleStatus }[]): RuleStatus | null {
  let worst: RuleStatus | null = null;
  for (const r of results) {
    if (severity[r.status] < 2) continue;
    if (worst === null || severity[r.status] > severity[worst]) worst = r.status;
  }
  return worst;
}

/**
 * The law, checked live: a citizen's course evaluated against the legal rules as of today in
 * Denmark, and the § 110 stk. 5 check that guards a discharge to own housing.
 */
import type { LegalChecks } from '@hjemvej/contract';
import { evaluateCourse, evaluateDischargeConditions, legalSources, needsAttention, type IsoDate } from '@hjemvej/domain';
import { LegalRefusalError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { requirePerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { todayInDenmark } from '../../calendar/danish-time';
import { loadCourseSnapshot } from './course-snapshot';
import { presentCondition, presentRuleResult, presentSource } from './present-rule-result';

export async function getLegalChecks(ctx: DataContext, citizenId: string): Promise<LegalChecks> {
  const person = await requirePerson(ctx, citizenId, { category: 'stays' });
  const asOf = todayInDenmark();
  const snapshot = await loadCourseSnapshot(ctx, { rootId: person.root.id, recordIds: person.recordIds });
  const results = evaluateCourse(snapshot, asOf);
  const attention = needsAttention(results);
  describeCitizenRecord(ctx, person, 'citizen', person.root.id, {
    asOf,
    attention: attention.map((r) => `${r.ruleId}:${r.status}`),
  });
  return {
    citizenId: person.root.id,
    asOf,
    items: results.map((r) => presentRuleResult(ctx.locale, r)),
    attentionCount: attention.length,
  };
}

/**
 * Serviceloven § 110 stk. 5: refuses (422, `error.legal`) a discharge to own housing on
 * `dischargeOn` while any condition is missing, listing exactly those.
 */
export async function assertDischargeAllowed(
  ctx: DataContext,
  person: Pick<Person, 'root' | 'recordIds'>,
  stayId: string,
  dischargeOn: IsoDate,
): Promise<void> {
  const snapshot = await loadCourseSnapshot(ctx, { rootId: person.root.id, recordIds: person.recordIds });
  const result = evaluateDischargeConditions(snapshot, dischargeOn, stayId);
  const missing = result.details.conditions.filter((c) => c.status === 'missing');
  if (result.status !== 'missing' || missing.length === 0) return;
  const source = presentSource(legalSources.sel_110_stk5);
  throw new LegalRefusalError(
    'discharge_conditions_missing',
    { source: source.text, count: missing.length },
    {
      ruleId: result.ruleId,
      source,
      missing: missing.map((condition) => presentCondition(ctx.locale, condition)),
    },
  );
}

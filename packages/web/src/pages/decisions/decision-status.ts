import type { TFunction } from 'i18next';
import type { Decision } from '@hjemvej/contract';

/** "§ 85 a – ICM" or "§ 110". */
export function decisionTitle(decision: Pick<Decision, 'kind' | 'method'>, t: TFunction): string {
  const kind = t(`decisions.kindShort.${decision.kind}`);
  return decision.method ? `${kind} – ${t(`decisions.method.${decision.method}`)}` : kind;
}

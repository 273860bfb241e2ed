import type { TFunction } from 'i18next';
import type { Partner } from '@hjemvej/contract';

/** "Selvejende herberg", "NGO", … : the sub-type that matters for the partner's kind. */
export function partnerTypeLabel(partner: Partner, t: TFunction): string {
  if (partner.kind === 'shelter') {
    return partner.shelterOperator ? t(`organisation.shelterOperator.${partner.shelterOperator}`) : '–';
  }
  return partner.partnerType ? t(`organisation.partnerType.${partner.partnerType}`) : '–';
}

import { useTranslation } from 'react-i18next';
import type { RuleStatusValue } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';

const tone: Record<RuleStatusValue, BadgeTone> = {
  met: 'success',
  missing: 'danger',
  overdue: 'danger',
  warning: 'warning',
  not_applicable: 'neutral',
};

/** Met / missing / overdue / warning, in words (never colour alone). */
export function LegalStatusBadge({ status }: { status: RuleStatusValue }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tone[status]}>{t(`legalChecks.status.${status}`)}</StatusBadge>;
}

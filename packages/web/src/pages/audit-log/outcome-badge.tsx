import { useTranslation } from 'react-i18next';
import type { AuditEvent } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';

const tone: Record<AuditEvent['outcome'], BadgeTone> = { ok: 'success', refused: 'warning', failed: 'danger' };

export function OutcomeBadge({ outcome }: { outcome: AuditEvent['outcome'] }) {
  const { t } = useTranslation();
  return <StatusBadge tone={tone[outcome]}>{t(`auditLog.outcome.${outcome}`)}</StatusBadge>;
}

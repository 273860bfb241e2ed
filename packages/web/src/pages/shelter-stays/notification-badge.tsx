import { useTranslation } from 'react-i18next';
import type { ShelterStay } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import type { NotificationState } from './shelter-stay-options';

const toneOf: Record<NotificationState, BadgeTone> = {
  on_time: 'success',
  late: 'danger',
  pending: 'warning',
  missing: 'danger',
  before_reform: 'neutral',
};

/** § 110 stk. 6: notified on time, late, still within the deadline, or missing. */
export function NotificationBadge({ stay }: { stay: ShelterStay }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { notification } = stay;
  const deadline = formatIsoDate(notification.deadline, locale);
  return (
    <StatusBadge tone={toneOf[notification.state]}>
      {t(`shelterStays.notificationState.${notification.state}`, {
        deadline,
        count:
          notification.state === 'late' || notification.state === 'missing'
            ? notification.workingDaysLate
            : notification.workingDaysLeft,
      })}
    </StatusBadge>
  );
}

import { useTranslation } from 'react-i18next';
import type { ShelterStay } from '@hjemvej/contract';
import { DateFormModal } from '../../forms/date-form-modal';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useRecordNotification } from './use-shelter-stays';

/** Records the day the handlekommune was notified of the admission (§ 110 stk. 6). */
export function NotificationModal({ stay, onClose }: { stay: ShelterStay; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const record = useRecordNotification();
  return (
    <DateFormModal
      title={t('shelterStays.notificationTitle')}
      text={t('shelterStays.notificationText', {
        admittedOn: formatIsoDate(stay.admittedOn, locale),
        deadline: formatIsoDate(stay.notification.deadline, locale),
      })}
      label={t('shelterStays.notifiedOn')}
      initialDate={todayInDenmark()}
      min={stay.admittedOn}
      max={todayInDenmark()}
      paths={['sentOn']}
      submitLabel={t('common.save')}
      mutation={record}
      save={(sentOn) => record.mutateAsync({ id: stay.id, body: { sentOn, version: stay.version } })}
      saved={t('shelterStays.notificationRecorded')}
      onClose={onClose}
    />
  );
}

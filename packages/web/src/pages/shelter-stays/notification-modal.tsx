import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Stay } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useRecordNotification } from './use-shelter-stays';
import { DateField } from '../../components/date-field';

/** Records the day the handlekommune was notified of the admission (§ 110 stk. 6). */
export function NotificationModal({ stay, onClose }: { stay: Stay; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const record = useRecordNotification();
  const form = useApiForm({ initialValues: { sentOn: todayInDenmark() }, error: record.error });

  const handleSubmit = async ({ sentOn }: typeof form.values) => {
    await record.mutateAsync({ id: stay.id, body: { sentOn, version: stay.version } });
    notify(t('shelterStays.notificationRecorded'));
    onClose();
  };

  return (
    <FormModal
      title={t('shelterStays.notificationTitle')}
      onClose={onClose}
      onSubmit={form.onSave(handleSubmit)}
      error={record.error}
      submit={{ label: t('common.save'), loading: record.isPending }}
      actionsMt="sm"
    >
      <Text size="sm">
        {t('shelterStays.notificationText', {
          admittedOn: formatIsoDate(stay.admittedOn, locale),
          deadline: formatIsoDate(stay.notification.deadline, locale),
        })}
      </Text>
      <DateField
        label={t('shelterStays.notifiedOn')}
        required
        data-autofocus
        min={stay.admittedOn}
        max={todayInDenmark()}
        {...form.getInputProps('sentOn')}
      />
    </FormModal>
  );
}

import { useState, type FormEvent } from 'react';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ShelterStay } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { useRecordNotification } from './use-shelter-stays';
import { DateField } from '../../components/date-field';

/** Records the day the handlekommune was notified of the admission (§ 110 stk. 6). */
export function NotificationModal({ stay, onClose }: { stay: ShelterStay; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const record = useRecordNotification();
  const [sentOn, setSentOn] = useState(todayInDenmark());
  const fields = fieldErrorsOf(record.error);

  const handleSubmit = async (event: FormEvent) => {
    event.preventDefault();
    try {
      await record.mutateAsync({ id: stay.id, body: { sentOn, version: stay.version } });
      notify(t('shelterStays.notificationRecorded'));
      onClose();
    } catch {
      // Shown from record.error.
    }
  };

  return (
    <AppModal opened onClose={onClose} title={t('shelterStays.notificationTitle')}>
      <form onSubmit={(event) => void handleSubmit(event)} noValidate>
        <Stack>
          <ErrorAlert error={record.error} />
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
            value={sentOn}
            onChange={(value) => setSentOn(value)}
            error={fieldError(fields, 'sentOn')}
          />
          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={record.isPending}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

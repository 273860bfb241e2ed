import { useCallback } from 'react';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';

/** A short confirmation toast ("Enheden er oprettet"). */
export function useNotify(): (message: string) => void {
  const { t } = useTranslation();
  return useCallback(
    (message: string) => {
      notifications.show({
        message,
        color: 'green',
        autoClose: 4000,
        closeButtonProps: { 'aria-label': t('common.close') },
      });
    },
    [t],
  );
}

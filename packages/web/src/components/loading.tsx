import { Center, Loader, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A spinner that screen readers announce as "loading". */
export function Loading({ minHeight = 120 }: { minHeight?: number | string }) {
  const { t } = useTranslation();
  return (
    <Center role="status" mih={minHeight}>
      <Loader aria-hidden="true" />
      <VisuallyHidden>{t('common.loading')}</VisuallyHidden>
    </Center>
  );
}

import { Alert } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CitizenAccess } from '@hjemvej/contract';
import { formatMoment } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';

/** Says, on the citizen's page, that the reader is here by emergency access, why, and until when. */
export function EmergencyAccessBanner({ emergency }: { emergency: NonNullable<CitizenAccess['emergency']> }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <Alert
      color="orange"
      variant="light"
      mb="md"
      icon={<IconAlertTriangle size={18} aria-hidden="true" />}
      title={t('emergencyAccess.bannerTitle')}
      data-testid="emergency-banner"
    >
      {t('emergencyAccess.banner', { until: formatMoment(emergency.expiresAt, locale), reason: emergency.reason })}
    </Alert>
  );
}

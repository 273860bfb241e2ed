import { Alert, Stack, Text } from '@mantine/core';
import { IconAlertCircle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/api-error';
import { LegalConditionList } from './legal-condition-list';

/** A refusal by a legal rule: the server's list of exactly what is missing, with the paragraphs. */
export function LegalRefusalAlert({ error }: { error: unknown }) {
  const { t } = useTranslation();
  if (!isApiError(error) || !error.legal) return null;
  return (
    <Alert
      role="alert"
      color="red"
      icon={<IconAlertCircle aria-hidden="true" />}
      title={t('legalChecks.discharge.blockedTitle')}
      data-testid="discharge-blocked"
    >
      <Stack gap="xs">
        <Text size="sm">{t('legalChecks.discharge.blockedIntro', { source: error.legal.source.text })}</Text>
        <LegalConditionList conditions={error.legal.missing} testId="discharge-missing" />
        <Text size="sm">{t('legalChecks.discharge.blockedHint')}</Text>
      </Stack>
    </Alert>
  );
}

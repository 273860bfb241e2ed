import { useState } from 'react';
import { Button, Group, NumberInput, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { fieldErrorsOf } from '../../api/api-error';
import type { CollaborationSettings } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/use-notify';
import { formatDateTime } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { SectionTitle } from '../../components/section-title';
import { useCollaborationSettings, useSaveCollaborationSettings } from './use-collaboration-settings';

const toNumber = (value: string | number) => (typeof value === 'number' ? value : Number.parseInt(value, 10));

/** The municipality's urgent deadline, escalation margin, housing goal and course registration interval. */
export function CollaborationSettingsSection({ canManage }: { canManage: boolean }) {
  const { t } = useTranslation();
  const settings = useCollaborationSettings();
  return (
    <section aria-labelledby="collaboration-settings-heading" className="flowcards-settings">
      <SectionTitle id="collaboration-settings-heading">{t('collaborationSettings.title')}</SectionTitle>
      <ErrorAlert error={settings.error} />
      {settings.data ? (
        <SettingsForm key={settings.data.updatedAt ?? 'defaults'} settings={settings.data} canManage={canManage} />
      ) : settings.error ? null : (
        <Loading />
      )}
    </section>
  );
}

function SettingsForm({ settings, canManage }: { settings: CollaborationSettings; canManage: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const save = useSaveCollaborationSettings();
  const [values, setValues] = useState({
    urgentDeadlineWorkingDays: settings.urgentDeadlineWorkingDays,
    escalationMarginWorkingDays: settings.escalationMarginWorkingDays,
    housingGoalDays: settings.housingGoalDays,
    registrationIntervalMonths: settings.registrationIntervalMonths,
  });
  const errors = fieldErrorsOf(save.error);
  const submit = async () => {
    try {
      await save.mutateAsync(values);
      notify(t('collaborationSettings.saved'));
    } catch {
      // Shown from save.error.
    }
  };
  const field = (key: keyof typeof values, label: string, min: number, max: number) => (
    <NumberInput
      label={label}
      value={values[key]}
      min={min}
      max={max}
      allowDecimal={false}
      readOnly={!canManage}
      error={errors[key]}
      onChange={(value) => setValues((current) => ({ ...current, [key]: toNumber(value) }))}
    />
  );
  return (
    <Paper withBorder p="md" radius="md" mt="xs">
      <Text size="sm" mb="sm">
        {t('collaborationSettings.lead')}
      </Text>
      <ErrorAlert error={Object.keys(errors).length === 0 ? save.error : null} />
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 4 }} spacing="md">
        {field('urgentDeadlineWorkingDays', t('collaborationSettings.urgent'), 1, 60)}
        {field('escalationMarginWorkingDays', t('collaborationSettings.escalation'), 0, 60)}
        {field('housingGoalDays', t('collaborationSettings.goal'), 1, 730)}
        {field('registrationIntervalMonths', t('collaborationSettings.registrationInterval'), 1, 12)}
      </SimpleGrid>
      <Group justify="space-between" mt="md">
        <Text size="sm" c="dimmed">
          {settings.updatedBy && settings.updatedAt
            ? t('collaborationSettings.updatedBy', {
                name: settings.updatedBy,
                when: formatDateTime(settings.updatedAt, locale),
              })
            : ''}
        </Text>
        {canManage ? (
          <Button onClick={() => void submit()} loading={save.isPending}>
            {t('collaborationSettings.save')}
          </Button>
        ) : null}
      </Group>
    </Paper>
  );
}

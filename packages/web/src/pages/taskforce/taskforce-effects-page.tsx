/** The effect presentation for the political level (issue 13 point 8): baseline against now for each goal, and its PDF. */
import { Anchor, Button, Group, Text } from '@mantine/core';
import { IconArrowLeft, IconDownload } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { EffectsTable } from './taskforce-effects';
import { taskforceEffectsPdfUrl, useTaskforceEffects } from './use-taskforce-report';

export function TaskforceEffectsPage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const effects = useTaskforceEffects(id);
  const data = effects.data;
  if (effects.isPending) return <Loading />;
  if (!data) return <ErrorAlert error={effects.error} />;
  return (
    <>
      <Anchor component={Link} to={`/taskforce/courses/${id}`} size="sm">
        <Group gap={4} component="span">
          <IconArrowLeft size={14} aria-hidden="true" />
          {t('taskforceReport.effects.back')}
        </Group>
      </Anchor>
      <PageHeader
        title={t('taskforceReport.effects.title', { municipality: data.municipalityName })}
        description={t('taskforceReport.effects.lead', { date: formatIsoDate(data.asOf, locale) })}
      />
      <Group mb="md">
        <Button
          component="a"
          href={taskforceEffectsPdfUrl(id)}
          download
          leftSection={<IconDownload size={16} aria-hidden="true" />}
        >
          {t('taskforceReport.effects.downloadPdf')}
        </Button>
      </Group>
      <EffectsTable effects={data.effects} caption={t('taskforceReport.effects.caption')} testId="taskforce-effects" />
      <Text size="sm" c="dimmed" mt="sm">
        {t('taskforceReport.effects.suppression')}
      </Text>
    </>
  );
}

import type { ReactNode } from 'react';
import { Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication } from '@hjemvej/contract';
import { taskforceThemes } from '@hjemvej/domain';
import { Fact } from '../../components/fact';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { seasonLabel } from './season-label';

const statusTone: Record<TaskforceApplication['status'], BadgeTone> = {
  submitted: 'info',
  deferred: 'warning',
  accepted: 'success',
  declined: 'neutral',
};

/** The domain's theme names in the contract's camelCase (`housing_supply` → `housingSupply`). */
export const themeFields = taskforceThemes.map((theme) =>
  theme.replace(/_(.)/g, (_, c: string) => c.toUpperCase()),
) as (keyof TaskforceApplication['needs'])[];

/** One application as both sides read it: needs per theme, expectations, contacts and the answer. */
export function TaskforceApplicationCard({
  application,
  actions,
  level = 2,
}: {
  application: TaskforceApplication;
  actions?: ReactNode;
  /** The card's heading level (its parts' headings are one below). */
  level?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const a = application;
  const headingId = `taskforce-application-${a.id}`;
  const sub = level === 2 ? 3 : 4;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId} data-testid="taskforce-application">
      <Group justify="space-between" align="flex-start" mb="sm" gap="xs">
        <Stack gap={4}>
          <Title order={level} size="h3" id={headingId}>
            {t('taskforce.applicationFrom', { municipality: a.municipalityName })}
          </Title>
          <Group gap="xs">
            <StatusBadge tone={statusTone[a.status]}>{t(`taskforce.status.${a.status}`)}</StatusBadge>
            {a.season ? <Text size="sm">{seasonLabel(t, a.season)}</Text> : null}
          </Group>
        </Stack>
        {actions ? <Group gap="xs">{actions}</Group> : null}
      </Group>
      {a.decisionReason ? <Fact label={t('taskforce.field.reason')}>{a.decisionReason}</Fact> : null}
      <Title order={sub} size="h5" mt="sm" mb="xs">
        {t('taskforce.field.needs')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mb="sm">
        {themeFields
          .filter((theme) => a.needs[theme] !== '')
          .map((theme) => (
            <Fact key={theme} label={t(`taskforce.theme.${theme}`)}>
              {a.needs[theme]}
            </Fact>
          ))}
      </SimpleGrid>
      <Fact label={t('taskforce.field.expectations')}>{a.expectations}</Fact>
      <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
        <Fact label={t('taskforce.field.preferredSeason')}>
          {a.preferredSeason ? seasonLabel(t, a.preferredSeason) : t('taskforce.noPreference')}
        </Fact>
        <Fact label={t('taskforce.field.submitted')}>
          {t('taskforce.byOn', { name: a.submittedBy ?? '–', date: formatIsoDate(a.submittedAt.slice(0, 10), locale) })}
        </Fact>
      </SimpleGrid>
      <Title order={sub} size="h5" mt="sm" mb="xs">
        {t('taskforce.field.contacts')}
      </Title>
      <List size="sm">
        {a.contacts.map((c, i) => (
          <List.Item key={i}>{[c.name, c.title, c.email, c.phone].filter((part) => part !== '').join(' · ')}</List.Item>
        ))}
      </List>
    </Paper>
  );
}

/** The link from an accepted application to the course it became. */
export function OpenCourseButton({ courseId }: { courseId: string }) {
  const { t } = useTranslation();
  return (
    <Button component={Link} to={`/taskforce/courses/${courseId}`} size="compact-sm" variant="light">
      {t('taskforce.openCourse')}
    </Button>
  );
}

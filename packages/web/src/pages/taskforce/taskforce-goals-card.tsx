/**
 * The municipality's taskforce course goals on its own dashboard (issue 13 point 8): baseline,
 * target and now for each goal, during the course and after it. Shows nothing without a course.
 */
import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { EffectsTable } from './taskforce-effects';
import { useTaskforceDashboardGoals } from './use-taskforce-report';

export function TaskforceGoalsCard() {
  const { t } = useTranslation();
  const goals = useTaskforceDashboardGoals();
  const items = goals.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <Paper
      withBorder
      p="md"
      radius="md"
      component="section"
      aria-labelledby="taskforce-goals-title"
      data-testid="taskforce-goals-card"
    >
      <Title order={2} size="h5" id="taskforce-goals-title" mb={4}>
        {t('taskforceReport.dashboard.title')}
      </Title>
      <Stack gap="sm">
        {items.map((item) => (
          <Stack key={item.courseId} gap={4}>
            <Text size="sm" c="dimmed">
              {item.finished ? t('taskforceReport.dashboard.finished') : t('taskforceReport.dashboard.running')}{' '}
              <Anchor component={Link} to={`/taskforce/courses/${item.courseId}/effects`} size="sm" underline="always">
                {t('taskforceReport.dashboard.open')}
              </Anchor>
            </Text>
            <EffectsTable
              effects={item.effects}
              caption={t('taskforceReport.dashboard.caption')}
              testId="taskforce-dashboard-goals"
            />
          </Stack>
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * The municipality's taskforce course goals on its own dashboard (issue 13 point 8): baseline,
 * target and now for each goal, during the course and after it. Shows nothing without a course.
 */
import { Anchor, Stack, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import { HeadedCard } from '../../components/headed-card';
import { EffectsTable } from './taskforce-effects';
import { useTaskforceDashboardGoals } from './use-taskforce-report';

export function TaskforceGoalsCard() {
  const { t } = useTranslation();
  const goals = useTaskforceDashboardGoals();
  const items = goals.data?.items ?? [];
  if (items.length === 0) return null;
  return (
    <HeadedCard
      component="section"
      headingId="taskforce-goals-title"
      title={t('taskforceReport.dashboard.title')}
      size="h5"
      testId="taskforce-goals-card"
      headingMb={4}
    >
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
    </HeadedCard>
  );
}

import { Anchor } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourseSummary } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { seasonLabel } from './season-label';
import { useTaskforceCourses } from './use-taskforce';

/** Ankestyrelsen's reviewer's way in: the taskforce courses, each opened on its course page with the case review. */
export function TaskforceCaseReviewCoursesPage() {
  const { t } = useTranslation();
  const courses = useTaskforceCourses();
  return (
    <>
      <PageHeader
        title={t('taskforceCaseReview.coursesPage.title')}
        description={t('taskforceCaseReview.coursesPage.description')}
      />
      <ErrorAlert error={courses.error} />
      {courses.isPending ? <Loading /> : null}
      {courses.data ? (
        <DataTable<TaskforceCourseSummary>
          caption={t('taskforceCaseReview.coursesPage.caption')}
          testId="taskforce-review-courses"
          items={courses.data.items}
          rowKey={(c) => c.id}
          empty={t('taskforceCaseReview.coursesPage.none')}
          columns={[
            {
              header: t('taskforceCaseReview.coursesPage.municipality'),
              rowHeader: true,
              cell: (c) => (
                <Anchor component={Link} to={`/taskforce/courses/${c.id}`}>
                  {c.municipalityName}
                </Anchor>
              ),
            },
            { header: t('taskforce.field.season'), cell: (c) => seasonLabel(t, c.season) },
            {
              header: t('taskforceCaseReview.coursesPage.phase'),
              cell: (c) =>
                c.currentPhase === null
                  ? t('taskforce.notStarted')
                  : c.currentPhase === 'finished'
                    ? t('taskforce.finished')
                    : t(`taskforce.phase.${c.currentPhase}`),
            },
          ]}
        />
      ) : null}
    </>
  );
}

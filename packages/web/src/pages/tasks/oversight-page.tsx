import { Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { DataTable } from '../../components/data-table';
import { TaskList } from './task-card';
import { TaskDrawer } from './task-drawer';
import { useOversight } from './use-tasks';
import './tasks.css';

/** Leaders: every overdue and blocked task in the organisation's units, and a count per unit. */
export function OversightPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const oversight = useOversight();
  const open = (id: string | null) => {
    const next = new URLSearchParams(params);
    if (id) next.set('task', id);
    else next.delete('task');
    setParams(next);
  };
  const data = oversight.data;
  return (
    <>
      <PageHeader title={t('tasks.oversightTitle')} description={t('tasks.oversightLead')} />
      <ErrorAlert error={oversight.error} />
      {oversight.isPending ? <Loading /> : null}
      {data ? (
        <Stack gap="xl">
          <DataTable
            caption={t('tasks.unitsCaption')}
            minWidth={360}
            testId="oversight-units"
            items={data.units}
            rowKey={(unit) => unit.id}
            columns={[
              { header: t('tasks.unit'), rowHeader: true, cell: (unit) => unit.name },
              { header: t('tasks.overdueCount'), cell: (unit) => unit.overdue },
              { header: t('tasks.blockedCount'), cell: (unit) => unit.blocked },
            ]}
          />
          <section aria-labelledby="overdue-heading" data-testid="oversight-overdue">
            <Title order={2} size="h3" id="overdue-heading" mb="sm">
              {t('tasks.overdueHeading', { count: data.overdue.length })}
            </Title>
            <TaskList
              tasks={data.overdue}
              onOpen={open}
              label={t('tasks.overdueHeading', { count: data.overdue.length })}
              emptyText={t('tasks.noOverdue')}
            />
          </section>
          <section aria-labelledby="blocked-heading" data-testid="oversight-blocked">
            <Title order={2} size="h3" id="blocked-heading" mb="sm">
              {t('tasks.blockedHeading', { count: data.blocked.length })}
            </Title>
            <TaskList
              tasks={data.blocked}
              onOpen={open}
              label={t('tasks.blockedHeading', { count: data.blocked.length })}
              emptyText={t('tasks.noBlocked')}
            />
          </section>
        </Stack>
      ) : null}
      <TaskDrawer taskId={params.get('task')} onClose={() => open(null)} />
    </>
  );
}

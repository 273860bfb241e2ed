import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { TaskSummary } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { DataTable } from '../../components/data-table';
import { TitledSection } from '../../components/titled-section';
import { TaskList } from './task-card';
import { TaskDrawer } from './task-drawer';
import { useOversight } from './use-tasks';
import './tasks.css';

/** One kind of stuck task (overdue, blocked): a heading with their count, then the tasks. */
function TaskGroup({
  name,
  heading,
  tasks,
  emptyText,
  onOpen,
}: {
  /** `${name}-heading` names the list, `oversight-${name}` is its test id. */
  name: string;
  heading: string;
  tasks: TaskSummary[];
  emptyText: string;
  onOpen: (id: string) => void;
}) {
  return (
    <TitledSection id={`${name}-heading`} title={heading} testId={`oversight-${name}`}>
      <TaskList tasks={tasks} onOpen={onOpen} label={heading} emptyText={emptyText} />
    </TitledSection>
  );
}

/** Leaders: every overdue and blocked task in the organisation's units, and a count per unit. */
/** The oversight's task groups in their order: what is overdue, then what is blocked. */
const oversightGroups = [
  { name: 'overdue', heading: 'tasks.overdueHeading', empty: 'tasks.noOverdue' },
  { name: 'blocked', heading: 'tasks.blockedHeading', empty: 'tasks.noBlocked' },
] as const;

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
          {oversightGroups.map(({ name, heading, empty }) => (
            <TaskGroup
              key={name}
              name={name}
              heading={t(heading, { count: data[name].length })}
              tasks={data[name]}
              emptyText={t(empty)}
              onOpen={open}
            />
          ))}
        </Stack>
      ) : null}
      <TaskDrawer taskId={params.get('task')} onClose={() => open(null)} />
    </>
  );
}

import { Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { TableFrame } from '../../components/table-frame';
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
          <TableFrame caption={t('tasks.unitsCaption')} minWidth={360} testId="oversight-units">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('tasks.unit')}</Table.Th>
                <Table.Th scope="col">{t('tasks.overdueCount')}</Table.Th>
                <Table.Th scope="col">{t('tasks.blockedCount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.units.map((unit) => (
                <Table.Tr key={unit.id}>
                  <Table.Th scope="row" fw={500}>
                    {unit.name}
                  </Table.Th>
                  <Table.Td>{unit.overdue}</Table.Td>
                  <Table.Td>{unit.blocked}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
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

import { Group, SegmentedControl, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { Pager } from '../../components/pager';
import { TaskList } from './task-card';
import { TaskDrawer } from './task-drawer';
import { useInbox, type InboxFilter } from './use-tasks';
import './tasks.css';

const views = ['open', 'waiting', 'done'] as const;
const isView = (value: string | null): value is InboxFilter['view'] => views.some((view) => view === value);

/** The unit's inbox: open tasks across citizens, most urgent first; the drawer opens one (?task=…). */
export function InboxPage() {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const viewParam = params.get('view');
  const filter: InboxFilter = {
    unitId: params.get('unit'),
    view: isView(viewParam) ? viewParam : 'open',
    page: Math.max(1, Number(params.get('page') ?? '1') || 1),
  };
  const inbox = useInbox(filter);
  const openTask = params.get('task');
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === null) next.delete(key);
      else next.set(key, value);
    }
    setParams(next);
  };
  const units = inbox.data?.units ?? [];
  return (
    <>
      <PageHeader title={t('tasks.inboxTitle')} description={t('tasks.inboxLead')} />
      <Stack gap="md">
        <Group gap="sm" align="flex-end" wrap="wrap">
          {units.length > 1 ? (
            <Select
              label={t('tasks.unitFilter')}
              data={[
                { value: '', label: t('tasks.allMyUnits') },
                ...units.map((u) => ({ value: u.id, label: t('tasks.unitWithCount', { name: u.name, count: u.openCount }) })),
              ]}
              value={filter.unitId ?? ''}
              onChange={(value) => update({ unit: value || null, page: null })}
              allowDeselect={false}
              w={280}
            />
          ) : units[0] ? (
            <Text fw={600}>{t('tasks.unitWithCount', { name: units[0].name, count: units[0].openCount })}</Text>
          ) : null}
          <SegmentedControl
            aria-label={t('tasks.viewLabel')}
            value={filter.view}
            onChange={(value) => update({ view: value === 'open' ? null : value, page: null })}
            data={views.map((view) => ({ value: view, label: t(`tasks.view.${view}`) }))}
          />
        </Group>
        <ErrorAlert error={inbox.error} />
        {inbox.isPending ? <Loading /> : null}
        {inbox.data ? (
          <>
            {units.length === 0 ? <Text>{t('tasks.noUnits')}</Text> : null}
            <TaskList
              tasks={inbox.data.items}
              onOpen={(id) => update({ task: id })}
              label={t('tasks.inboxListLabel')}
              emptyText={t(`tasks.empty.${filter.view}`)}
            />
            <Pager
              page={filter.page}
              pageSize={25}
              total={inbox.data.total}
              onChange={(page) => update({ page: String(page) })}
              label={t('tasks.pagerLabel')}
            />
          </>
        ) : null}
      </Stack>
      <TaskDrawer taskId={openTask} onClose={() => update({ task: null })} />
    </>
  );
}

import { useState } from 'react';
import { Checkbox, Paper, Select, SimpleGrid, Stack, Switch, Text, TextInput, Textarea, Title } from '@mantine/core';
import { IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CitizenTaskOverview, TaskSummary } from '@hjemvej/contract';
import { FormModal } from '../../components/form-modal';
import { RecordSection } from '../../components/record-section';
import { useFormModal } from '../../forms/use-form-modal';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { HousingClock } from './housing-clock';
import { TaskCard } from './task-card';
import { TaskDrawer } from './task-drawer';
import {
  useCitizenTasks,
  useCreateTask,
  useSetCitizenUrgent,
  useStartableFlowcards,
  useStartFlowcard,
  useTaskUnits,
} from './use-tasks';
import './tasks.css';
import { DateField } from '../../components/date-field';

type Group = 'overdue' | 'next' | 'inProgress' | 'waiting' | 'done';

function groupOf(task: TaskSummary, next: readonly string[]): Group {
  if (task.status === 'done' || task.status === 'cancelled') return 'done';
  if (task.status === 'waiting') return 'waiting';
  if (task.isOverdue) return 'overdue';
  if (next.includes(task.id)) return 'next';
  return 'inProgress';
}

/** Every unit's tasks for the citizen on one screen, with the two-month clock. */
export function CitizenTasksSection({
  citizenId,
  canWriteCourse,
  canCreateTasks,
}: {
  citizenId: string;
  /** Starting a flowcard and "haster" on the course: the server's `abilities.canWriteCourse`. */
  canWriteCourse: boolean;
  /** A task by hand for a unit: the server's `abilities.canCreateTasks`. */
  canCreateTasks: boolean;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const overview = useCitizenTasks(citizenId);
  const setUrgent = useSetCitizenUrgent(citizenId);
  const [openTask, setOpenTask] = useState<string | null>(null);
  const [starting, setStarting] = useState(false);
  const [creating, setCreating] = useState(false);
  return (
    <RecordSection
      name="tasks"
      testId="citizen-tasks"
      title={t('tasks.sectionTitle')}
      add={[
        canWriteCourse
          ? {
              label: t('tasks.startFlowcard'),
              icon: <IconPlayerPlay size={16} aria-hidden="true" />,
              onClick: () => setStarting(true),
            }
          : null,
        canCreateTasks ? { label: t('tasks.newTask'), onClick: () => setCreating(true) } : null,
      ]}
      query={{ data: overview.data, error: overview.error ?? setUrgent.error, isPending: overview.isPending }}
      dialogs={
        <>
          <TaskDrawer taskId={openTask} onClose={() => setOpenTask(null)} />
          {starting ? <StartFlowcardModal citizenId={citizenId} onClose={() => setStarting(false)} /> : null}
          {creating ? <CreateTaskModal citizenId={citizenId} onClose={() => setCreating(false)} /> : null}
        </>
      }
    >
      {(data) => (
        <Stack gap="md">
          <Paper withBorder p="md" radius="md">
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
              <HousingClock clock={data.clock} />
              <Stack gap="xs">
                <Text size="sm">
                  {t('tasks.countsLine', {
                    done: data.counts.done,
                    inProgress: data.counts.inProgress + data.counts.open,
                    waiting: data.counts.waiting,
                    blocked: data.counts.blocked,
                    overdue: data.counts.overdue,
                  })}
                </Text>
                {data.runs.map((run) => (
                  <Text size="sm" key={run.id}>
                    {t(run.completedAt ? 'tasks.runCompleted' : 'tasks.runStarted', {
                      name: run.flowcardName,
                      by: run.startedBy ?? '–',
                      date: formatIsoDate(run.startedOn, locale),
                    })}
                  </Text>
                ))}
                {canWriteCourse ? (
                  <Switch
                    label={t('tasks.courseUrgent')}
                    description={t('tasks.courseUrgentHint')}
                    checked={data.isUrgent}
                    onChange={(event) => setUrgent.mutate(event.currentTarget.checked)}
                    data-testid="course-urgent"
                  />
                ) : data.isUrgent ? (
                  <Text fw={700} c="red.8">
                    {t('tasks.courseIsUrgent')}
                  </Text>
                ) : null}
              </Stack>
            </SimpleGrid>
          </Paper>
          <TaskGroups overview={data} onOpen={setOpenTask} />
        </Stack>
      )}
    </RecordSection>
  );
}

function TaskGroups({ overview, onOpen }: { overview: CitizenTaskOverview; onOpen: (id: string) => void }) {
  const { t } = useTranslation();
  if (overview.tasks.length === 0) return <Text c="dimmed">{t('tasks.noTasksForCitizen')}</Text>;
  const order: Group[] = ['overdue', 'next', 'inProgress', 'waiting', 'done'];
  return (
    <Stack gap="md">
      {order.map((group) => {
        const tasks = overview.tasks.filter((task) => groupOf(task, overview.nextTaskIds) === group);
        if (tasks.length === 0) return null;
        return (
          <div key={group} data-testid={`task-group-${group}`}>
            <Title order={3} size="h4" mb="xs" id={`task-group-${group}`}>
              {t(`tasks.group.${group}`, { count: tasks.length })}
            </Title>
            <Stack component="ul" gap="xs" className="task-list" aria-labelledby={`task-group-${group}`}>
              {tasks.map((task) => (
                <TaskCard
                  key={task.id}
                  task={task}
                  onOpen={onOpen}
                  showCitizen={false}
                  {...(task.waitingForSteps.length > 0
                    ? { extra: t('tasks.waitsOn', { steps: task.waitingForSteps.join(', ') }) }
                    : {})}
                />
              ))}
            </Stack>
          </div>
        );
      })}
    </Stack>
  );
}

function StartFlowcardModal({ citizenId, onClose }: { citizenId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const flowcards = useStartableFlowcards(true);
  const start = useStartFlowcard(citizenId);
  const { form, modal } = useFormModal({
    initialValues: { flowcardId: null as string | null },
    mutation: start,
    send: ({ flowcardId }) => (flowcardId ? start.mutateAsync(flowcardId) : null),
    saved: (started) => t('tasks.started', { count: started.tasks.length }),
    onClose,
    submitLabel: t('tasks.start'),
  });
  return (
    <FormModal
      title={t('tasks.startFlowcard')}
      {...modal}
      error={flowcards.error ?? start.error}
      submit={{ ...modal.submit, disabled: !form.values.flowcardId }}
    >
      <Select
        label={t('tasks.flowcard')}
        placeholder={t('tasks.chooseFlowcard')}
        data={(flowcards.data?.items ?? []).map((f) => ({
          value: f.id,
          label: t('tasks.flowcardOption', { name: f.name, count: f.stepCount }),
        }))}
        {...form.getInputProps('flowcardId')}
        required
        nothingFoundMessage={t('tasks.noFlowcards')}
      />
      <Text size="sm">{t('tasks.startExplanation')}</Text>
    </FormModal>
  );
}

function CreateTaskModal({ citizenId, onClose }: { citizenId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const units = useTaskUnits(true);
  const create = useCreateTask(citizenId);
  const { form, modal } = useFormModal({
    initialValues: { title: '', description: '', unitId: null as string | null, dueOn: '', isUrgent: false },
    mutation: create,
    send: ({ title, unitId, description, dueOn, isUrgent }) =>
      unitId
        ? create.mutateAsync({
            title,
            unitId,
            ...(description.trim() ? { description } : {}),
            ...(dueOn ? { dueOn } : {}),
            isUrgent,
          })
        : null,
    saved: t('tasks.created'),
    onClose,
    submitLabel: t('common.create'),
  });
  const { title, unitId } = form.values;
  return (
    <FormModal
      title={t('tasks.newTask')}
      {...modal}
      error={units.error ?? create.error}
      submit={{ ...modal.submit, disabled: !unitId || title.trim() === '' }}
    >
      <TextInput label={t('tasks.titleLabel')} {...form.getInputProps('title')} required maxLength={200} />
      <Select
        label={t('tasks.unit')}
        data={(units.data?.items ?? []).map((u) => ({
          value: u.id,
          label: u.isOwn ? u.name : `${u.name} (${u.organisationName})`,
        }))}
        {...form.getInputProps('unitId')}
        required
        searchable
      />
      <DateField label={t('tasks.due')} {...form.getInputProps('dueOn')} />
      <Textarea label={t('tasks.descriptionLabel')} {...form.getInputProps('description')} autosize minRows={2} />
      <Checkbox label={t('tasks.urgentSwitch')} {...form.getInputProps('isUrgent', { type: 'checkbox' })} />
    </FormModal>
  );
}

import { useState, type FormEvent } from 'react';
import { Anchor, Button, Checkbox, Drawer, Group, Stack, Switch, Text, Textarea, Timeline, Title } from '@mantine/core';
import { IconCheck, IconHandStop, IconPlayerPlay } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Task } from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/use-notify';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate, formatMoment } from '../../format/date';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { TaskBadges } from './task-badges';
import { useTask, useTaskAction, type TaskAction } from './use-tasks';

/**
 * The task's record on the citizen page; none for a partner, who sees the citizen only through
 * their consented view (/partner/citizens/:id), where the record pages are not.
 */
function recordLink(task: Task, isPartner: boolean): string | null {
  if (!task.citizen || !task.linkedRecord || isPartner) return null;
  const base = `/citizens/${task.citizen.id}`;
  if (task.linkedRecord.type === 'plan') return `${base}/plans/${task.linkedRecord.id}`;
  if (task.linkedRecord.type === 'decision') return `${base}/decisions/${task.linkedRecord.id}`;
  return base;
}

/** One task: facts, what to do, checklist, the unit's actions, comments and history. */
export function TaskDrawer({ taskId, onClose }: { taskId: string | null; onClose: () => void }) {
  const { t } = useTranslation();
  const task = useTask(taskId);
  return (
    <Drawer.Root opened={taskId !== null} onClose={onClose} position="right" size="lg">
      <Drawer.Overlay />
      {/* Mantine names the dialog by its Drawer.Title (aria-labelledby): no id of our own, which would break that link. */}
      <Drawer.Content data-testid="task-drawer">
        <Drawer.Header component="div">
          <Drawer.Title component="div">
            <Title order={2} size="h3">
              {task.data?.title ?? t('tasks.task')}
            </Title>
          </Drawer.Title>
          <Drawer.CloseButton aria-label={t('common.close')} />
        </Drawer.Header>
        <Drawer.Body>
          <ErrorAlert error={task.error} />
          {task.isPending && taskId !== null ? <Loading /> : null}
          {task.data ? <TaskDetail task={task.data} /> : null}
        </Drawer.Body>
      </Drawer.Content>
    </Drawer.Root>
  );
}

function TaskDetail({ task }: { task: Task }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const { user } = useSession();
  const notify = useNotify();
  const action = useTaskAction(task.id);
  const [waitingFor, setWaitingFor] = useState('');
  const [comment, setComment] = useState('');
  const [reason, setReason] = useState('');
  // What the user may do with the task is the server's answer (the rules it enforces).
  const { abilities } = task;
  const finished = task.status === 'done' || task.status === 'cancelled';
  const canWork = abilities.canWork && !finished && task.status !== 'waiting';
  const isPartner = user?.organisation.kind === 'partner';
  const link = recordLink(task, isPartner);
  // Finishing with checklist points or documents not ticked is allowed, but asked about first.
  const openItems = [...task.checklist, ...task.requiredDocuments].filter((item) => !item.done).length;
  const [confirmDone, setConfirmDone] = useState(false);
  const markDone = () => {
    setConfirmDone(false);
    run({ kind: 'done', ...(comment.trim() ? { comment: comment.trim() } : {}) }, t('tasks.doneMessage'));
  };

  const run = (next: TaskAction, message: string) =>
    action.mutate(next, {
      onSuccess: () => notify(message),
    });
  const submit = (event: FormEvent, next: TaskAction, message: string, reset: () => void) => {
    event.preventDefault();
    action.mutate(next, {
      onSuccess: () => {
        reset();
        notify(message);
      },
    });
  };

  return (
    <Stack gap="md">
      <ConfirmDialog
        opened={confirmDone}
        title={t('tasks.confirmDoneTitle')}
        message={t('tasks.confirmDoneOpenItems', { count: openItems })}
        confirmLabel={t('tasks.markDoneAnyway')}
        onConfirm={markDone}
        onClose={() => setConfirmDone(false)}
      />
      <TaskBadges task={task} />
      <dl className="task-facts">
        <dt>{t('tasks.citizen')}</dt>
        <dd>
          {task.citizen ? (
            <Anchor component={Link} to={isPartner ? `/partner/citizens/${task.citizen.id}` : `/citizens/${task.citizen.id}`}>
              {task.citizen.name}
            </Anchor>
          ) : (
            t(task.aboutCitizen ? 'tasks.citizenHidden' : 'tasks.noCitizen')
          )}
        </dd>
        <dt>{t('tasks.unit')}</dt>
        <dd>
          {task.unit.name} · {task.unit.organisationName}
        </dd>
        <dt>{t('tasks.due')}</dt>
        <dd>{task.dueOn ? formatIsoDate(task.dueOn, locale) : t('tasks.noDue')}</dd>
        <dt>{t('tasks.assignee')}</dt>
        <dd>{task.assignee?.name ?? t('tasks.nobody')}</dd>
        {task.flowcardName ? (
          <>
            <dt>{t('tasks.flowcard')}</dt>
            <dd>{task.flowcardName}</dd>
          </>
        ) : null}
        {task.blockedWaitingFor ? (
          <>
            <dt>{t('tasks.waitsFor')}</dt>
            <dd>{task.blockedWaitingFor}</dd>
          </>
        ) : null}
      </dl>
      {link ? (
        <Anchor component={Link} to={link}>
          {t(`tasks.linked.${task.linkedRecord?.type ?? 'plan'}`)}
        </Anchor>
      ) : null}
      {task.description ? <Text style={{ whiteSpace: 'pre-wrap' }}>{task.description}</Text> : null}
      {task.waitingForSteps.length > 0 ? (
        <div>
          <Text fw={600}>{t('tasks.waitingForSteps')}</Text>
          <ul>
            {task.waitingForSteps.map((step) => (
              <li key={step}>{step}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {!abilities.canWork && !finished ? <Text size="sm">{t('tasks.notYourUnit', { unit: task.unit.name })}</Text> : null}
      <ErrorAlert error={action.error} />

      {canWork ? (
        <Group gap="xs">
          {task.assignee?.id !== user?.id ? (
            <Button
              size="sm"
              leftSection={<IconPlayerPlay size={16} aria-hidden="true" />}
              onClick={() => run({ kind: 'take' }, t('tasks.taken'))}
              loading={action.isPending}
            >
              {t('tasks.take')}
            </Button>
          ) : (
            <Button size="sm" variant="default" onClick={() => run({ kind: 'release' }, t('tasks.released'))}>
              {t('tasks.release')}
            </Button>
          )}
          <Button
            size="sm"
            leftSection={<IconCheck size={16} aria-hidden="true" />}
            onClick={() => (openItems > 0 ? setConfirmDone(true) : markDone())}
          >
            {t('tasks.markDone')}
          </Button>
          {task.status === 'blocked' ? (
            <Button size="sm" variant="default" onClick={() => run({ kind: 'unblock' }, t('tasks.unblocked'))}>
              {t('tasks.unblock')}
            </Button>
          ) : null}
        </Group>
      ) : null}

      {canWork && task.status !== 'blocked' ? (
        <form
          onSubmit={(event) =>
            submit(event, { kind: 'block', waitingFor: waitingFor.trim() }, t('tasks.blockedMessage'), () => setWaitingFor(''))
          }
        >
          <Stack gap="xs">
            <Textarea
              label={t('tasks.blockLabel')}
              description={t('tasks.blockHint')}
              value={waitingFor}
              onChange={(event) => setWaitingFor(event.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={300}
            />
            <div>
              <Button
                type="submit"
                size="sm"
                variant="default"
                leftSection={<IconHandStop size={16} aria-hidden="true" />}
                disabled={waitingFor.trim() === ''}
              >
                {t('tasks.block')}
              </Button>
            </div>
          </Stack>
        </form>
      ) : null}

      {!finished && abilities.canMarkUrgent ? (
        <Switch
          label={t('tasks.urgentSwitch')}
          description={t('tasks.urgentHint')}
          checked={task.isTaskUrgent}
          onChange={(event) =>
            run(
              { kind: 'urgent', urgent: event.currentTarget.checked },
              event.currentTarget.checked ? t('tasks.urgentSet') : t('tasks.urgentCleared'),
            )
          }
        />
      ) : null}

      {task.checklist.length + task.requiredDocuments.length > 0 ? (
        <Stack gap={6}>
          <Text fw={600}>{t('tasks.checklist')}</Text>
          {(['checklist', 'requiredDocuments'] as const).flatMap((list) =>
            task[list].map((item, index) => (
              <Checkbox
                key={`${list}-${index}`}
                label={list === 'requiredDocuments' ? t('tasks.document', { label: item.label }) : item.label}
                checked={item.done}
                disabled={!abilities.canWork || finished}
                onChange={(event) => action.mutate({ kind: 'check', list, index, done: event.currentTarget.checked })}
              />
            )),
          )}
        </Stack>
      ) : null}

      {abilities.canReopen && task.status === 'done' ? (
        <form
          onSubmit={(event) => submit(event, { kind: 'reopen', reason: reason.trim() }, t('tasks.reopened'), () => setReason(''))}
        >
          <Group align="flex-end" gap="xs">
            <Textarea
              label={t('tasks.reopenLabel')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={1}
              style={{ flex: 1 }}
            />
            <Button type="submit" size="sm" variant="default" disabled={reason.trim() === ''}>
              {t('tasks.reopen')}
            </Button>
          </Group>
        </form>
      ) : null}

      {abilities.canComment ? (
        <form
          onSubmit={(event) =>
            submit(event, { kind: 'comment', text: comment.trim() }, t('tasks.commented'), () => setComment(''))
          }
        >
          <Stack gap="xs">
            <Textarea
              label={t('tasks.commentLabel')}
              value={comment}
              onChange={(event) => setComment(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={4000}
            />
            <div>
              <Button type="submit" size="sm" variant="default" disabled={comment.trim() === ''}>
                {t('tasks.comment')}
              </Button>
            </div>
          </Stack>
        </form>
      ) : null}

      <div>
        <Title order={3} size="h4" mb="xs">
          {t('tasks.history')}
        </Title>
        <Timeline bulletSize={12} lineWidth={2}>
          {task.events.map((event) => (
            <Timeline.Item key={event.id} title={t(`tasks.event.${event.kind}`)}>
              <Text size="xs" c="dimmed">
                {formatMoment(event.at, locale)} · {event.byName ?? t('tasks.byCourse')}
              </Text>
              {event.text && !event.text.startsWith('course:') ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {event.kind === 'escalated'
                    ? t('tasks.escalatedDays', { count: Number(event.text) })
                    : event.text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (iso) => formatIsoDate(iso, locale))}
                </Text>
              ) : null}
            </Timeline.Item>
          ))}
        </Timeline>
      </div>
    </Stack>
  );
}

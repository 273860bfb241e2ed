import { useState } from 'react';
import { Button, Stack, Text } from '@mantine/core';
import { IconSend } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { TaskforceApplication } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { OpenCourseButton, TaskforceApplicationCard } from './taskforce-application-card';
import { TaskforceApplicationForm } from './taskforce-application-form';
import { useTaskforceApplications } from './use-taskforce';
import { EditButton } from '../../components/compact-button';

/** The municipality's side: apply for a taskforce course, follow the answer. */
export function TaskforcePage() {
  const { t } = useTranslation();
  const applications = useTaskforceApplications();
  const [editing, setEditing] = useState<TaskforceApplication | 'new' | null>(null);
  const items = applications.data?.items ?? [];
  const hasOpen = items.some((a) => a.status === 'submitted' || a.status === 'deferred');
  return (
    <>
      <PageHeader
        title={t('taskforce.title')}
        description={t('taskforce.lead')}
        actions={
          applications.data && !hasOpen ? (
            <Button leftSection={<IconSend size={16} aria-hidden="true" />} onClick={() => setEditing('new')}>
              {t('taskforce.newApplication')}
            </Button>
          ) : null
        }
      />
      <ErrorAlert error={applications.error} />
      {applications.isPending ? <Loading /> : null}
      {applications.data && items.length === 0 ? <Text c="dimmed">{t('taskforce.empty')}</Text> : null}
      <Stack gap="lg">
        {items.map((a) => (
          <TaskforceApplicationCard
            key={a.id}
            application={a}
            actions={
              a.courseId ? (
                <OpenCourseButton courseId={a.courseId} />
              ) : a.abilities.canEdit ? (
                <EditButton label={t('taskforce.editApplication')} onClick={() => setEditing(a)} />
              ) : null
            }
          />
        ))}
      </Stack>
      {editing ? (
        <TaskforceApplicationForm application={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />
      ) : null}
    </>
  );
}

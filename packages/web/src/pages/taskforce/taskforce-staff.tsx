import { useState } from 'react';
import { Select } from '@mantine/core';
import { IconTrash, IconUserPlus } from '@tabler/icons-react';
import { useNavigate } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TaskforceCourse, TaskforceStaffMember } from '@hjemvej/contract';
import { useSession } from '../../auth/session';
import { CompactButton } from '../../components/compact-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { DataTable } from '../../components/data-table';
import { FormModal } from '../../components/form-modal';
import { RowAction } from '../../components/row-action';
import { TaskforceSection } from './taskforce-section';
import { useAddTaskforceStaff, useRemoveTaskforceStaff, useTaskforceStaffCandidates } from './use-taskforce-staff';
import { useTaskforceForm } from './use-taskforce-form';

/**
 * The taskforce's own people on the course (issue 13, Access): only they of the national
 * organisation reach it. Its consultants and the national agency's administrator add and remove them.
 */
export function TaskforceStaffSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const { user } = useSession();
  const navigate = useNavigate();
  const [adding, setAdding] = useState(false);
  const removal = useConfirmedAction(useRemoveTaskforceStaff(), {
    input: (member: TaskforceStaffMember) => ({ id: course.id, userId: member.userId }),
    done: (member) => t('taskforce.staff.removed', { name: member.name }),
    // Off the course, the national user no longer reaches it.
    then: (member) => {
      if (member.userId === user?.id) void navigate('/');
    },
  });
  const removing = removal.subject;
  const canManage = course.abilities.canManageStaff;
  return (
    <TaskforceSection
      id="taskforce-staff-title"
      title={t('taskforce.staff.title')}
      actions={
        canManage ? (
          <CompactButton
            icon={<IconUserPlus size={14} aria-hidden="true" />}
            label={t('taskforce.staff.add')}
            onClick={() => setAdding(true)}
          />
        ) : null
      }
    >
      <DataTable<TaskforceStaffMember>
        caption={t('taskforce.staff.caption')}
        testId="taskforce-staff"
        items={course.staff}
        rowKey={(p) => p.userId}
        empty={t('taskforce.staff.none')}
        columns={[
          { header: t('taskforce.staff.name'), rowHeader: true, cell: (p) => p.name },
          { header: t('taskforce.staff.role'), cell: (p) => t(`role.${p.role}`) },
          { header: t('taskforce.staff.organisation'), cell: (p) => p.organisationName },
          ...(canManage
            ? [
                {
                  header: t('taskforce.staff.actions'),
                  align: 'right' as const,
                  cell: (p: TaskforceStaffMember) => (
                    <RowAction
                      label={t('taskforce.staff.removeNamed', { name: p.name })}
                      icon={<IconTrash size={16} aria-hidden="true" />}
                      onClick={() => removal.ask(p)}
                    />
                  ),
                },
              ]
            : []),
        ]}
      />
      {adding ? <AddStaffModal course={course} onClose={() => setAdding(false)} /> : null}
      <ConfirmDialog
        title={t('taskforce.staff.removeTitle')}
        message={t(removing?.userId === user?.id ? 'taskforce.staff.removeSelfMessage' : 'taskforce.staff.removeMessage', {
          name: removing?.name ?? '',
        })}
        confirmLabel={t('taskforce.staff.remove')}
        danger
        {...removal.dialog}
      />
    </TaskforceSection>
  );
}

function AddStaffModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const candidates = useTaskforceStaffCandidates(course.id, true);
  const add = useAddTaskforceStaff();
  const { form, modal } = useTaskforceForm({
    initialValues: { userId: null as string | null },
    mutation: add,
    send: ({ userId }) => add.mutateAsync({ id: course.id, userId: userId ?? '' }),
    saved: t('taskforce.staff.added'),
    submitLabel: t('taskforce.staff.addSubmit'),
    size: 'md',
    onClose,
  });
  return (
    <FormModal title={t('taskforce.staff.addTitle')} {...modal}>
      <Select
        data-autofocus
        required
        searchable
        label={t('taskforce.staff.person')}
        description={t('taskforce.staff.personHint')}
        nothingFoundMessage={t('taskforce.staff.noCandidates')}
        disabled={candidates.isPending}
        data={(candidates.data?.items ?? []).map((p) => ({
          value: p.userId,
          label: `${p.name} – ${t(`role.${p.role}`)}, ${p.organisationName}`,
        }))}
        {...form.getInputProps('userId')}
      />
    </FormModal>
  );
}

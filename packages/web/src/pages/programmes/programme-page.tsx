import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text } from '@mantine/core';
import { IconPencil, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link, useParams } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { ProgrammeActivity, ProgrammeMember } from '@hjemvej/contract';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { RowAction } from '../../components/row-action';
import { formatIsoDate } from '../../format/date';
import { ActivityForm } from './activity-form';
import { MemberFormModal } from './member-form-modal';
import { ProgrammeFigures } from './programme-figures';
import { ProgrammeFormModal } from './programme-form-modal';
import { useProgramme, useRemoveMember } from './use-programmes';
import { TitledSection } from '../../components/titled-section';

/** One programme: its members, the travelling team's log with a form, and the suppressed figures. */
export function ProgrammePage() {
  const { id = '' } = useParams();
  const { t } = useTranslation();
  const programme = useProgramme(id);
  const remove = useRemoveMember(id);
  const [editing, setEditing] = useState(false);
  const [memberForm, setMemberForm] = useState<ProgrammeMember | 'new' | null>(null);
  const removal = useConfirmedAction(remove, {
    input: (member: ProgrammeMember) => member.id,
    done: () => t('programmes.members.removed'),
  });
  if (programme.isPending) return <Loading />;
  if (!programme.data) return <ErrorAlert error={programme.error} />;
  const p = programme.data;
  const canManage = p.abilities.canManage;
  const date = (iso: string | null) => (iso ? formatIsoDate(iso) : '–');
  const memberName = new Map(p.members.map((m) => [m.id, m.organisationName]));

  return (
    <>
      <Anchor component={Link} to="/programmes" size="sm" mb="xs" display="inline-block">
        {t('programmes.back')}
      </Anchor>
      <PageHeader
        title={p.name}
        description={t('programmes.period', { from: date(p.startsOn), to: date(p.endsOn) })}
        actions={
          canManage ? (
            <Button variant="default" leftSection={<IconPencil size={16} aria-hidden="true" />} onClick={() => setEditing(true)}>
              {t('programmes.edit')}
            </Button>
          ) : null
        }
      />
      <Stack gap="xl">
        <div>
          <Text size="sm">{t('programmes.ownerLine', { name: p.ownerName })}</Text>
          {p.description ? (
            <Text mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
              {p.description}
            </Text>
          ) : null}
        </div>

        <TitledSection
          id="programme-members"
          title={t('programmes.members.title')}
          actions={
            canManage ? (
              <Button
                size="compact-sm"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() => setMemberForm('new')}
              >
                {t('programmes.members.add')}
              </Button>
            ) : null
          }
        >
          <DataTable<ProgrammeMember>
            caption={t('programmes.members.caption')}
            items={p.members}
            rowKey={(m) => m.id}
            empty={t('programmes.members.empty')}
            minWidth={640}
            testId="programme-members"
            columns={[
              { header: t('programmes.members.organisation'), rowHeader: true, cell: (m) => m.organisationName },
              { header: t('programmes.members.kind'), cell: (m) => t(`programmes.organisationKind.${m.organisationKind}`) },
              { header: t('programmes.members.role'), cell: (m) => t(`programmes.role.${m.role}`) },
              {
                header: t('programmes.members.methods'),
                cell: (m) => m.methods.map((method) => t(`programmes.method.${method}`)).join(', ') || '–',
              },
              { header: t('programmes.members.joinedOn'), cell: (m) => date(m.joinedOn) },
              { header: t('programmes.members.leftOn'), cell: (m) => date(m.leftOn) },
              ...(canManage
                ? [
                    {
                      header: t('programmes.members.actions'),
                      cell: (m: ProgrammeMember) => (
                        <Group gap={4} wrap="nowrap">
                          <RowAction
                            label={t('programmes.members.editNamed', { name: m.organisationName })}
                            icon={<IconPencil size={16} aria-hidden="true" />}
                            onClick={() => setMemberForm(m)}
                          />
                          <RowAction
                            label={t('programmes.members.removeNamed', { name: m.organisationName })}
                            icon={<IconTrash size={16} aria-hidden="true" />}
                            onClick={() => removal.ask(m)}
                          />
                        </Group>
                      ),
                    },
                  ]
                : []),
            ]}
          />
        </TitledSection>

        <TitledSection id="programme-activities" title={t('programmes.activities.title')}>
          <Stack gap="md">
            {canManage ? <ActivityForm programme={p} /> : null}
            <DataTable<ProgrammeActivity>
              caption={t('programmes.activities.caption')}
              items={p.activities}
              rowKey={(a) => a.id}
              empty={t('programmes.activities.empty')}
              minWidth={640}
              testId="programme-activities"
              columns={[
                { header: t('programmes.activities.occurredOn'), cell: (a) => date(a.occurredOn) },
                { header: t('programmes.activities.kind'), rowHeader: true, cell: (a) => t(`programmes.activityKind.${a.kind}`) },
                { header: t('programmes.activities.topic'), cell: (a) => a.topic },
                {
                  header: t('programmes.activities.members'),
                  cell: (a) => a.memberIds.map((m) => memberName.get(m) ?? '').join(', ') || t('programmes.activities.none'),
                },
                {
                  header: t('programmes.activities.note'),
                  cell: (a) => <span style={{ whiteSpace: 'pre-wrap' }}>{a.note || t('programmes.activities.none')}</span>,
                },
                { header: t('programmes.activities.by'), cell: (a) => a.createdBy ?? '–' },
              ]}
            />
          </Stack>
        </TitledSection>

        <TitledSection id="programme-figures-title" title={t('programmes.figures.title')}>
          <ProgrammeFigures programme={p} />
        </TitledSection>
      </Stack>

      {editing ? <ProgrammeFormModal programme={p} onClose={() => setEditing(false)} /> : null}
      {memberForm ? (
        <MemberFormModal programme={p} member={memberForm === 'new' ? null : memberForm} onClose={() => setMemberForm(null)} />
      ) : null}
      <ConfirmDialog
        title={t('programmes.members.removeTitle')}
        message={t('programmes.members.removeMessage', { name: removal.subject?.organisationName ?? '' })}
        confirmLabel={t('programmes.members.remove')}
        danger
        {...removal.dialog}
      />
    </>
  );
}

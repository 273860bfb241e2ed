/**
 * The course's anchoring (issue 13 point 8) on the course page: the anchoring plan (what
 * continues after the course, each item with an owner, how it is followed up and when it is next
 * reviewed), written by either side as a draft or agreed, and the way to the effect presentation
 * for the political level.
 */
import { useState, type ReactNode } from 'react';
import { ActionIcon, Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, TextInput } from '@mantine/core';
import { IconChartBar, IconPlus, IconTrash } from '@tabler/icons-react';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { TaskforceAnchoring, TaskforceCourse } from '@hjemvej/contract';
import { EditButton } from '../../components/compact-button';
import { DateField } from '../../components/date-field';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { ConflictFormModal } from '../../components/conflict-form-modal';
import { formatIsoDate } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { LongText } from './taskforce-goals';
import { TaskforceQuerySection } from './taskforce-section';
import { StatusChoice } from './taskforce-status-choice';
import { useTaskforceForm } from './use-taskforce-form';
import { useSaveTaskforceAnchoring, useTaskforceAnchoring } from './use-taskforce-report';

interface ItemDraft {
  key: number;
  title: string;
  ownerUserId: string | null;
  followUp: string;
  reviewOn: string;
}

function AnchoringModal({
  courseId,
  anchoring,
  onClose,
}: {
  courseId: string;
  anchoring: TaskforceAnchoring;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const save = useSaveTaskforceAnchoring();
  const plan = anchoring.plan;
  const items: ItemDraft[] = (plan?.items ?? []).map((i, key) => ({
    key,
    title: i.title,
    ownerUserId: i.owner?.id ?? null,
    followUp: i.followUp,
    reviewOn: i.reviewOn ?? '',
  }));
  // Each new item's key for React: items keep theirs when one above is removed.
  const [nextKey, setNextKey] = useState(items.length);
  const { form, modal } = useTaskforceForm({
    initialValues: { status: plan?.status ?? 'draft', description: plan?.description ?? '', items },
    mutation: save,
    send: (values) =>
      save.mutateAsync({
        id: courseId,
        body: {
          version: plan?.version ?? null,
          status: values.status,
          description: values.description,
          items: values.items.map((i) => ({
            title: i.title,
            ownerUserId: i.ownerUserId,
            followUp: i.followUp,
            reviewOn: i.reviewOn === '' ? null : i.reviewOn,
          })),
        },
      }),
    saved: t('taskforceReport.anchoring.saved'),
    submitLabel: t('taskforceReport.save'),
    size: 'xl',
    onClose,
  });
  return (
    <ConflictFormModal title={t('taskforceReport.anchoring.edit')} {...modal}>
      <StatusChoice
        id="anchoring-status-label"
        label={t('taskforceReport.anchoring.statusLabel')}
        options={[
          { value: 'draft', label: t('taskforceReport.anchoring.status.draft') },
          { value: 'agreed', label: t('taskforceReport.anchoring.status.agreed') },
        ]}
        hint={t('taskforceReport.anchoring.statusHint')}
        value={form.values.status}
        onChange={(status) => form.setFieldValue('status', status)}
        // An agreed plan without items is refused naming the items: said where the status is chosen.
        error={form.getInputProps('items').error as ReactNode}
      />
      <LongText label={t('taskforceReport.anchoring.description')} {...form.getInputProps('description')} />
      {form.values.items.map((item, index) => (
        <Paper key={item.key} withBorder p="sm" radius="sm" component="fieldset" style={{ margin: 0 }}>
          <Group justify="space-between" mb="xs">
            <Text component="legend" size="sm" fw={600}>
              {t('taskforceReport.anchoring.itemN', { n: index + 1 })}
            </Text>
            <ActionIcon
              variant="subtle"
              color="red"
              aria-label={t('taskforceReport.anchoring.removeItem', { n: index + 1 })}
              onClick={() => form.removeListItem('items', index)}
            >
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </Group>
          <Stack gap="xs">
            <TextInput label={t('taskforceReport.anchoring.itemTitle')} {...form.getInputProps(`items.${index}.title`)} />
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <Select
                searchable
                clearable
                label={t('taskforceReport.anchoring.owner')}
                data={anchoring.owners.map((o) => ({ value: o.id, label: o.name }))}
                {...form.getInputProps(`items.${index}.ownerUserId`)}
              />
              <DateField label={t('taskforceReport.anchoring.reviewOn')} {...form.getInputProps(`items.${index}.reviewOn`)} />
            </SimpleGrid>
            <TextInput
              label={t('taskforceReport.anchoring.followUp')}
              description={t('taskforceReport.anchoring.followUpHint')}
              {...form.getInputProps(`items.${index}.followUp`)}
            />
          </Stack>
        </Paper>
      ))}
      <Button
        variant="default"
        leftSection={<IconPlus size={14} aria-hidden="true" />}
        onClick={() => {
          form.insertListItem('items', { key: nextKey, title: '', ownerUserId: null, followUp: '', reviewOn: '' });
          setNextKey((k) => k + 1);
        }}
      >
        {t('taskforceReport.anchoring.addItem')}
      </Button>
    </ConflictFormModal>
  );
}

export function TaskforceAnchoringSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const query = useTaskforceAnchoring(course.id);
  const [editing, setEditing] = useState(false);
  const anchoring = query.data;
  const plan = anchoring?.plan ?? null;
  return (
    <TaskforceQuerySection
      id="taskforce-anchoring-title"
      title={t('taskforceReport.anchoring.title')}
      query={query}
      actions={
        <>
          {anchoring?.canEdit ? (
            <EditButton label={t('taskforceReport.anchoring.edit')} onClick={() => setEditing(true)} />
          ) : null}
          <Anchor component={Link} to={`/taskforce/courses/${course.id}/effects`} size="sm" data-testid="effects-link">
            <Group gap={4} component="span" wrap="nowrap">
              <IconChartBar size={14} aria-hidden="true" />
              {t('taskforceReport.effects.open')}
            </Group>
          </Anchor>
        </>
      }
    >
      {() => (
        <>
          {anchoring && !plan ? (
            <Text size="sm" c="dimmed">
              {t('taskforceReport.anchoring.none')}
            </Text>
          ) : null}
          {plan ? (
            <Stack gap="sm">
              <Group gap="xs">
                <StatusBadge tone={plan.status === 'agreed' ? 'success' : 'warning'}>
                  {t(`taskforceReport.anchoring.status.${plan.status}`)}
                </StatusBadge>
                {plan.updatedBy ? (
                  <Text size="xs" c="dimmed">
                    {t('taskforceReport.anchoring.updated', {
                      name: plan.updatedBy,
                      date: formatIsoDate(plan.updatedAt.slice(0, 10), locale),
                    })}
                  </Text>
                ) : null}
              </Group>
              {plan.description ? (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
                  {plan.description}
                </Text>
              ) : null}
              <TableFrame caption={t('taskforceReport.anchoring.items')} minWidth={560} testId="anchoring-items">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('taskforceReport.anchoring.itemTitle')}</Table.Th>
                    <Table.Th scope="col">{t('taskforceReport.anchoring.owner')}</Table.Th>
                    <Table.Th scope="col">{t('taskforceReport.anchoring.followUp')}</Table.Th>
                    <Table.Th scope="col">{t('taskforceReport.anchoring.reviewOn')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {plan.items.length === 0 ? (
                    <Table.Tr>
                      <Table.Td colSpan={4}>{t('taskforceReport.anchoring.noItems')}</Table.Td>
                    </Table.Tr>
                  ) : null}
                  {plan.items.map((i) => (
                    <Table.Tr key={i.id}>
                      <Table.Th scope="row" fw={500}>
                        {i.title}
                      </Table.Th>
                      <Table.Td>{i.owner?.name ?? '–'}</Table.Td>
                      <Table.Td>{i.followUp || '–'}</Table.Td>
                      <Table.Td>{i.reviewOn ? formatIsoDate(i.reviewOn, locale) : '–'}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </TableFrame>
            </Stack>
          ) : null}
          {anchoring && editing ? (
            <AnchoringModal courseId={course.id} anchoring={anchoring} onClose={() => setEditing(false)} />
          ) : null}
        </>
      )}
    </TaskforceQuerySection>
  );
}

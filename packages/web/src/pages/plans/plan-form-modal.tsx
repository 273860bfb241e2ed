import type { ReactNode } from 'react';
import {
  ActionIcon,
  Button,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { CreatePlanBody, Plan } from '@hjemvej/contract';
import { todayInDenmark } from '../../format/date';
import { lifeAreas, pick, planKinds, type LifeArea, type PlanKind } from '../../course-records/course-options';
import { usePlanVocabulary } from './plan-vocabulary';
import { planHooks } from './use-plans';
import { courseRecordFormHook, type CourseRecordFormProps } from '../../course-records/use-course-record-form';
import { VersionedRecordModal } from '../../course-records/versioned-record-modal';
import '../../course-records/course-records.css';
import { DateField } from '../../components/date-field';

interface GoalDraft {
  key: number;
  lifeArea: LifeArea;
  goal: string;
  note: string;
}
interface ResponsibleDraft {
  key: number;
  name: string;
  unit: string;
  task: string;
}
interface FollowUpDraft {
  key: number;
  dueOn: string;
  note: string;
  doneOn: string;
}
interface Draft {
  kind: PlanKind;
  madeOn: string;
  endedOn: string;
  citizenWishes: string;
  goals: GoalDraft[];
  responsible: ResponsibleDraft[];
  followUps: FollowUpDraft[];
}

let nextKey = 1;
const newKey = () => (nextKey += 1);

function draftOf(plan: Plan | null, { defaultKind }: { defaultKind: PlanKind }): Draft {
  return {
    kind: plan?.kind ?? defaultKind,
    madeOn: plan?.madeOn ?? todayInDenmark(),
    endedOn: plan?.endedOn ?? '',
    citizenWishes: plan?.citizenWishes ?? '',
    goals: (plan?.goals ?? []).map((goal) => ({
      key: newKey(),
      lifeArea: goal.lifeArea,
      goal: goal.goal,
      note: goal.note ?? '',
    })),
    responsible: (plan?.responsible ?? []).map((person) => ({
      key: newKey(),
      name: person.name,
      unit: person.unit ?? '',
      task: person.task ?? '',
    })),
    followUps: (plan?.followUps ?? []).map((followUp) => ({
      key: newKey(),
      dueOn: followUp.dueOn,
      note: followUp.note ?? '',
      doneOn: followUp.doneOn ?? '',
    })),
  };
}

function bodyOf(draft: Draft): CreatePlanBody {
  return {
    kind: draft.kind,
    madeOn: draft.madeOn,
    endedOn: draft.endedOn === '' ? null : draft.endedOn,
    citizenWishes: draft.citizenWishes,
    goals: draft.goals.map(({ lifeArea, goal, note }) => ({ lifeArea, goal, note })),
    responsible: draft.responsible.map(({ name, unit, task }) => ({ name, unit, task })),
    followUps: draft.followUps.map(({ dueOn, note, doneOn }) => ({ dueOn, note, doneOn: doneOn === '' ? null : doneOn })),
  };
}

/** § 142 for a citizen staying at a shelter, § 141 otherwise. */
type PlanFormModalProps = CourseRecordFormProps<Plan, { defaultKind: PlanKind }>;

const usePlanForm = courseRecordFormHook(planHooks, draftOf, bodyOf);

/** Rows of the same few fields (who is responsible, follow-ups), each with its remove button, and an add button. */
function RepeatedRows<Item extends { key: string | number }>({
  items,
  testId,
  legend,
  removeLabel,
  onRemove,
  addLabel,
  onAdd,
  children,
}: {
  items: readonly Item[];
  testId: string;
  legend: (number: number) => string;
  removeLabel: (number: number) => string;
  onRemove: (index: number) => void;
  addLabel: string;
  onAdd: () => void;
  children: (index: number) => ReactNode;
}) {
  return (
    <>
      {items.map((item, index) => (
        <fieldset key={item.key} className="repeat-row" data-testid={testId}>
          <legend>{legend(index + 1)}</legend>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            {children(index)}
          </SimpleGrid>
          <Group justify="flex-end" mt="xs">
            <ActionIcon variant="subtle" color="red" aria-label={removeLabel(index + 1)} onClick={() => onRemove(index)}>
              <IconTrash size={16} aria-hidden="true" />
            </ActionIcon>
          </Group>
        </fieldset>
      ))}
      <div>
        <Button size="sm" variant="default" leftSection={<IconPlus size={16} aria-hidden="true" />} onClick={onAdd}>
          {addLabel}
        </Button>
      </div>
    </>
  );
}

/**
 * A § 141 handleplan or § 142 plan: goals per life area, the citizen's own wishes, who is
 * responsible and follow-up dates. Saving a change makes a new version; when someone else saved
 * first the server refuses (409) and the dialog shows what they changed.
 */
export function PlanFormModal(props: PlanFormModalProps) {
  const { t } = useTranslation();
  const { form, modal } = usePlanForm(props, usePlanVocabulary(), (key, values) => t(`plans.${key}`, values));
  const draft = form.values;

  const areaOptions = lifeAreas.map((value) => ({ value, label: t(`plans.lifeArea.${value}`) }));

  return (
    <VersionedRecordModal {...modal}>
      <Radio.Group
        label={t('plans.kindLabel')}
        required
        {...form.getInputProps('kind')}
        onChange={(value: string) => form.setFieldValue('kind', pick(planKinds, value) ?? draft.kind)}
      >
        <Stack gap="xs" mt="xs">
          {planKinds.map((kind) => (
            <Radio key={kind} value={kind} label={t(`plans.kind.${kind}`)} description={t(`plans.kindHint.${kind}`)} />
          ))}
        </Stack>
      </Radio.Group>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField label={t('plans.field.madeOn')} required max={todayInDenmark()} {...form.getInputProps('madeOn')} />
        <DateField label={t('plans.field.endedOn')} description={t('plans.endedOnHint')} {...form.getInputProps('endedOn')} />
      </SimpleGrid>
      <Textarea
        label={t('plans.field.citizenWishes')}
        description={t('plans.citizenWishesHint')}
        autosize
        minRows={3}
        {...form.getInputProps('citizenWishes')}
      />

      <Title order={3} size="h5">
        {t('plans.field.goals')}
      </Title>
      {draft.goals.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('plans.noGoals')}
        </Text>
      ) : null}
      {draft.goals.map((goal, index) => (
        <fieldset key={goal.key} className="repeat-row" data-testid="plan-goal">
          <legend>{t('plans.goalNumber', { number: index + 1 })}</legend>
          <Stack gap="xs">
            <NativeSelect
              label={t('plans.field.lifeArea')}
              data={areaOptions}
              {...form.getInputProps(`goals.${index}.lifeArea`)}
              onChange={(event) =>
                form.setFieldValue(`goals.${index}.lifeArea`, pick(lifeAreas, event.currentTarget.value) ?? goal.lifeArea)
              }
            />
            <Textarea
              label={t('plans.field.goal')}
              required
              autosize
              minRows={2}
              {...form.getInputProps(`goals.${index}.goal`)}
            />
            <TextInput label={t('plans.field.note')} {...form.getInputProps(`goals.${index}.note`)} />
            <Group justify="flex-end">
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                leftSection={<IconTrash size={14} aria-hidden="true" />}
                onClick={() => form.removeListItem('goals', index)}
              >
                {t('plans.removeGoal', { number: index + 1 })}
              </Button>
            </Group>
          </Stack>
        </fieldset>
      ))}
      <div>
        <Button
          size="sm"
          variant="default"
          leftSection={<IconPlus size={16} aria-hidden="true" />}
          onClick={() => form.insertListItem('goals', { key: newKey(), lifeArea: 'housing', goal: '', note: '' })}
        >
          {t('plans.addGoal')}
        </Button>
      </div>

      <Title order={3} size="h5">
        {t('plans.field.responsible')}
      </Title>
      <RepeatedRows
        items={draft.responsible}
        testId="plan-responsible"
        legend={(number) => t('plans.responsibleNumber', { number })}
        removeLabel={(number) => t('plans.removeResponsible', { number })}
        onRemove={(index) => form.removeListItem('responsible', index)}
        addLabel={t('plans.addResponsible')}
        onAdd={() => form.insertListItem('responsible', { key: newKey(), name: '', unit: '', task: '' })}
      >
        {(index) => (
          <>
            <TextInput label={t('plans.field.name')} required {...form.getInputProps(`responsible.${index}.name`)} />
            <TextInput label={t('plans.field.unit')} {...form.getInputProps(`responsible.${index}.unit`)} />
            <TextInput label={t('plans.field.task')} {...form.getInputProps(`responsible.${index}.task`)} />
          </>
        )}
      </RepeatedRows>

      <Title order={3} size="h5">
        {t('plans.field.followUps')}
      </Title>
      <RepeatedRows
        items={draft.followUps}
        testId="plan-follow-up"
        legend={(number) => t('plans.followUpNumber', { number })}
        removeLabel={(number) => t('plans.removeFollowUp', { number })}
        onRemove={(index) => form.removeListItem('followUps', index)}
        addLabel={t('plans.addFollowUp')}
        onAdd={() => form.insertListItem('followUps', { key: newKey(), dueOn: '', note: '', doneOn: '' })}
      >
        {(index) => (
          <>
            <DateField label={t('plans.field.dueOn')} required {...form.getInputProps(`followUps.${index}.dueOn`)} />
            <TextInput label={t('plans.field.note')} {...form.getInputProps(`followUps.${index}.note`)} />
            <DateField label={t('plans.field.doneOn')} {...form.getInputProps(`followUps.${index}.doneOn`)} />
          </>
        )}
      </RepeatedRows>
    </VersionedRecordModal>
  );
}

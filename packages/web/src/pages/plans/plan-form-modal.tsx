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
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { useNotify } from '../../components/use-notify';
import { todayInDenmark } from '../../format/date';
import { ConflictNotice } from '../../components/conflict-notice';
import { lifeAreas, pick, planKinds, type LifeArea, type PlanKind } from '../../course-records/course-options';
import { usePlanVocabulary } from './plan-vocabulary';
import { useCreatePlan, useUpdatePlan } from './use-plans';
import { ChangedSince } from '../../course-records/record-versions';
import { useVersionedRecordForm } from '../../course-records/use-versioned-record-form';
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

function draftOf(plan: Plan | null, defaultKind: PlanKind): Draft {
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

interface PlanFormModalProps {
  citizenId: string;
  /** The plan as it is now when editing (refreshed when someone else has saved); null to make one. */
  plan: Plan | null;
  /** § 142 for a citizen staying at a shelter, § 141 otherwise. */
  defaultKind: PlanKind;
  onClose: () => void;
}

/**
 * A § 141 handleplan or § 142 plan: goals per life area, the citizen's own wishes, who is
 * responsible and follow-up dates. Saving a change makes a new version; when someone else saved
 * first the server refuses (409) and the dialog shows what they changed.
 */
export function PlanFormModal({ citizenId, plan, defaultKind, onClose }: PlanFormModalProps) {
  const { t } = useTranslation();
  const notify = useNotify();
  const vocabulary = usePlanVocabulary();
  const { form, base, error, isPending, conflict, onSubmit, reload } = useVersionedRecordForm({
    record: plan,
    draftOf: (record: Plan | null) => draftOf(record, defaultKind),
    bodyOf,
    create: useCreatePlan(citizenId),
    update: useUpdatePlan(plan?.id ?? ''),
    skipUnchanged: true,
    onSaved: (savedOver) => notify(savedOver === null ? t('plans.saved') : t('plans.savedVersion', { version: savedOver + 1 })),
    onClose,
  });
  const draft = form.values;

  const areaOptions = lifeAreas.map((value) => ({ value, label: t(`plans.lifeArea.${value}`) }));

  return (
    <AppModal opened onClose={onClose} title={plan ? t('plans.editTitle') : t('plans.createTitle')} size="xl">
      <form onSubmit={onSubmit} noValidate>
        <Stack>
          {conflict && plan && base ? (
            <ConflictNotice error={error} onReload={reload}>
              {plan.version !== base.version ? (
                <ChangedSince
                  path="plans"
                  id={plan.id}
                  from={base.version}
                  to={plan.version}
                  vocabulary={vocabulary}
                  testId="plan-conflict-changes"
                />
              ) : null}
            </ConflictNotice>
          ) : (
            <ErrorAlert error={error} />
          )}
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
          {draft.responsible.map((person, index) => (
            <fieldset key={person.key} className="repeat-row" data-testid="plan-responsible">
              <legend>{t('plans.responsibleNumber', { number: index + 1 })}</legend>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <TextInput label={t('plans.field.name')} required {...form.getInputProps(`responsible.${index}.name`)} />
                <TextInput label={t('plans.field.unit')} {...form.getInputProps(`responsible.${index}.unit`)} />
                <TextInput label={t('plans.field.task')} {...form.getInputProps(`responsible.${index}.task`)} />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('plans.removeResponsible', { number: index + 1 })}
                  onClick={() => form.removeListItem('responsible', index)}
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </fieldset>
          ))}
          <div>
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => form.insertListItem('responsible', { key: newKey(), name: '', unit: '', task: '' })}
            >
              {t('plans.addResponsible')}
            </Button>
          </div>

          <Title order={3} size="h5">
            {t('plans.field.followUps')}
          </Title>
          {draft.followUps.map((followUp, index) => (
            <fieldset key={followUp.key} className="repeat-row" data-testid="plan-follow-up">
              <legend>{t('plans.followUpNumber', { number: index + 1 })}</legend>
              <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
                <DateField label={t('plans.field.dueOn')} required {...form.getInputProps(`followUps.${index}.dueOn`)} />
                <TextInput label={t('plans.field.note')} {...form.getInputProps(`followUps.${index}.note`)} />
                <DateField label={t('plans.field.doneOn')} {...form.getInputProps(`followUps.${index}.doneOn`)} />
              </SimpleGrid>
              <Group justify="flex-end" mt="xs">
                <ActionIcon
                  variant="subtle"
                  color="red"
                  aria-label={t('plans.removeFollowUp', { number: index + 1 })}
                  onClick={() => form.removeListItem('followUps', index)}
                >
                  <IconTrash size={16} aria-hidden="true" />
                </ActionIcon>
              </Group>
            </fieldset>
          ))}
          <div>
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => form.insertListItem('followUps', { key: newKey(), dueOn: '', note: '', doneOn: '' })}
            >
              {t('plans.addFollowUp')}
            </Button>
          </div>

          <Group justify="flex-end" mt="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={isPending} disabled={conflict}>
              {t('common.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

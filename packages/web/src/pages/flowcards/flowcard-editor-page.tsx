import { useEffect, useRef, useState } from 'react';
import {
  ActionIcon,
  Alert,
  Anchor,
  Button,
  Group,
  List,
  MultiSelect,
  NumberInput,
  Paper,
  Select,
  SimpleGrid,
  Stack,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { IconArrowDown, IconArrowUp, IconPlus, IconTrash } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import type {
  CreateFlowcardBody,
  Flowcard,
  FlowcardStepInput,
  FlowcardTemplateStepView,
  FlowcardTemplateView,
  FlowcardUnit,
} from '@hjemvej/contract';
import { flowcardCourseSignals, type FlowcardCourseSignal } from '@hjemvej/domain';
import { fieldErrorsOf, isApiError } from '../../api/api-error';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { useNotify } from '../../components/use-notify';
import { NotFoundPage } from '../not-found/not-found-page';
import { ConflictNotice, isConflict } from '../../components/conflict-notice';
import { useFlowcard, useFlowcardTemplates, useFlowcardUnitOptions, useSaveFlowcard } from './use-flowcards';
import './flowcards.css';

interface EditorStep {
  key: string;
  title: string;
  description: string;
  responsibleUnitId: string | null;
  deadline: number | '';
  urgentDeadline: number | '';
  /** fromStart, else the key of the step whose end the deadline counts from. */
  anchor: string;
  dependsOn: string[];
  checklist: string;
  documents: string;
  notes: string;
  doneWhen: FlowcardCourseSignal | null;
  /** From a template: the unit it names, shown beside the unit field until the leader has chosen. */
  suggestedUnit?: FlowcardTemplateStepView['suggestedUnit'];
}

/** A new step's key: stable across versions (tasks refer to it), never shown to the user. */
function newKey(taken: readonly EditorStep[]): string {
  for (;;) {
    const key = `trin-${Math.random().toString(36).slice(2, 8)}`;
    if (!taken.some((step) => step.key === key)) return key;
  }
}

function emptyStep(taken: readonly EditorStep[]): EditorStep {
  return {
    key: newKey(taken),
    title: '',
    description: '',
    responsibleUnitId: null,
    deadline: 5,
    urgentDeadline: '',
    anchor: fromStart,
    dependsOn: [],
    checklist: '',
    documents: '',
    notes: '',
    doneWhen: null,
  };
}

function editorStepsOf(card: Pick<Flowcard, 'steps'> | FlowcardTemplateView): EditorStep[] {
  return card.steps.map((step) => ({
    key: step.key,
    title: step.title,
    description: step.description,
    responsibleUnitId: step.responsibleUnitId,
    deadline: step.deadlineWorkingDays,
    urgentDeadline: step.urgentDeadlineWorkingDays ?? '',
    anchor: step.deadlineFrom.kind === 'step_done' ? step.deadlineFrom.stepKey : fromStart,
    dependsOn: step.dependsOn,
    checklist: step.checklist.join('\n'),
    documents: step.requiredDocuments.join('\n'),
    notes: step.notes,
    doneWhen: step.doneWhen,
    suggestedUnit: 'suggestedUnit' in step ? step.suggestedUnit : undefined,
  }));
}

const lines = (text: string) =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '');

function stepBodyOf(step: EditorStep): FlowcardStepInput {
  return {
    key: step.key,
    title: step.title,
    description: step.description,
    responsibleUnitId: step.responsibleUnitId,
    // An emptied number field is sent as missing, so the server names it ("must be filled in").
    deadlineWorkingDays: step.deadline === '' ? Number.NaN : step.deadline,
    urgentDeadlineWorkingDays: step.urgentDeadline === '' ? null : step.urgentDeadline,
    deadlineFrom: step.anchor === fromStart ? { kind: 'start' } : { kind: 'step_done', stepKey: step.anchor },
    dependsOn: step.dependsOn,
    checklist: lines(step.checklist),
    requiredDocuments: lines(step.documents),
    notes: step.notes,
    doneWhen: step.doneWhen,
  };
}

/** Select values that are never step keys (those are generated as 'trin-…' or written lower-case without '__'). */
const fromStart = '__start';
const noSignal = '__none';

const toNumber = (value: string | number): number | '' => (typeof value === 'number' ? value : value === '' ? '' : Number(value));

/**
 * Write a new flowcard (/flowcards/new, from a template with ?template=<key>) or a new version
 * of one (/flowcards/:id/edit).
 */
export function FlowcardEditorPage() {
  const { id = '' } = useParams();
  const [search] = useSearchParams();
  const templateKey = id === '' ? search.get('template') : null;
  const card = useFlowcard(id);
  const templates = useFlowcardTemplates(templateKey !== null);
  if (templateKey !== null) {
    if (templates.isPending) return <Loading minHeight={240} />;
    if (!templates.data) return <ErrorAlert error={templates.error} />;
    const template = templates.data.find((candidate) => candidate.key === templateKey);
    return <FlowcardEditor key={templateKey} card={null} template={template ?? 'missing'} />;
  }
  if (id === '') return <FlowcardEditor card={null} />;
  if (isApiError(card.error) && [400, 404].includes(card.error.status)) return <NotFoundPage />;
  if (card.isPending) return <Loading minHeight={240} />;
  if (!card.data) return <ErrorAlert error={card.error} />;
  return <FlowcardEditor key={card.data.version} card={card.data} onReload={() => void card.refetch()} />;
}

function FlowcardEditor({
  card,
  template,
  onReload,
}: {
  card: Flowcard | null;
  /** The template a new card starts from; 'missing' when the address names one that does not exist. */
  template?: FlowcardTemplateView | 'missing';
  onReload?: () => void;
}) {
  const from = typeof template === 'object' ? template : null;
  const { t } = useTranslation();
  const navigate = useNavigate();
  const notify = useNotify();
  const units = useFlowcardUnitOptions();
  const save = useSaveFlowcard(card ? { id: card.id, version: card.version } : null);
  const [name, setName] = useState(card?.name ?? from?.name ?? '');
  const [description, setDescription] = useState(card?.description ?? from?.description ?? '');
  const [changeNote, setChangeNote] = useState('');
  const [steps, setSteps] = useState<EditorStep[]>(() => {
    const source = card ?? from;
    return source ? editorStepsOf(source) : [emptyStep([])];
  });
  const problemsRef = useRef<HTMLDivElement>(null);
  const errors = fieldErrorsOf(save.error);
  const problems = isApiError(save.error) && !isConflict(save.error) ? save.error.fields : [];

  useEffect(() => {
    if (problems.length > 0) problemsRef.current?.focus();
  }, [problems.length, save.error]);

  const update = (index: number, change: Partial<EditorStep>) =>
    setSteps((current) => current.map((step, i) => (i === index ? { ...step, ...change } : step)));
  const move = (index: number, by: -1 | 1) =>
    setSteps((current) => {
      const next = [...current];
      const [moved] = next.splice(index, 1);
      if (moved) next.splice(index + by, 0, moved);
      return next;
    });
  const remove = (index: number) =>
    setSteps((current) => {
      const gone = current[index]?.key;
      return current
        .filter((_, i) => i !== index)
        .map((step) => ({
          ...step,
          dependsOn: step.dependsOn.filter((key) => key !== gone),
          anchor: step.anchor === gone ? fromStart : step.anchor,
        }));
    });

  const submit = async () => {
    const note = from ? t('flowcards.templates.changeNote', { name: from.name }) : changeNote;
    const body: CreateFlowcardBody = { name, description, steps: steps.map(stepBodyOf), changeNote: note };
    try {
      const saved = await save.mutateAsync(body);
      notify(t('flowcards.editor.saved', { version: saved.version }));
      void navigate(`/flowcards/${saved.id}`);
    } catch {
      // Shown below: the problems beside their steps, or the conflict.
    }
  };

  const ownUnits = (units.data ?? []).filter((unit) => unit.isOwn);
  const partnerUnits = (units.data ?? []).filter((unit) => !unit.isOwn);
  const unitOption = (unit: FlowcardUnit) => ({
    value: unit.id,
    label: unit.isOwn ? unit.name : `${unit.name} (${unit.organisationName})`,
  });
  const unitData = [
    { group: t('flowcards.unitOption.own'), items: ownUnits.map(unitOption) },
    ...(partnerUnits.length > 0 ? [{ group: t('flowcards.unitOption.partners'), items: partnerUnits.map(unitOption) }] : []),
  ];
  const stepLabel = (step: EditorStep, index: number) => `${index + 1}. ${step.title.trim() || t('flowcards.editor.untitled')}`;

  return (
    <>
      <PageHeader
        title={card ? t('flowcards.editor.editTitle', { name: card.name }) : t('flowcards.editor.createTitle')}
        description={t('flowcards.editor.lead')}
      />
      <Anchor component={Link} to={card ? `/flowcards/${card.id}` : '/flowcards'} size="sm" mb="md" display="inline-block">
        {t('flowcards.back')}
      </Anchor>
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          void submit();
        }}
      >
        <Stack gap="md">
          {from ? (
            <Alert color="blue" data-testid="flowcard-from-template">
              {t('flowcards.templates.fromTemplate', { name: from.name })}
            </Alert>
          ) : null}
          {template === 'missing' ? <Alert color="yellow">{t('flowcards.templates.notFound')}</Alert> : null}
          {isConflict(save.error) ? <ConflictNotice error={save.error} onReload={() => onReload?.()} /> : null}
          {problems.length > 0 ? (
            <Alert
              ref={problemsRef}
              tabIndex={-1}
              role="alert"
              color="red"
              title={t('flowcards.editor.problemsTitle')}
              data-testid="flowcard-problems"
            >
              <List size="sm" spacing={4}>
                {problems.map((problem, index) => (
                  <List.Item key={`${problem.path}-${index}`}>{problem.message}</List.Item>
                ))}
              </List>
            </Alert>
          ) : (
            <ErrorAlert error={isConflict(save.error) ? null : save.error} />
          )}
          <ErrorAlert error={units.error} />
          <TextInput
            label={t('flowcards.editor.name')}
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={errors.name}
            maxLength={160}
          />
          <Textarea
            label={t('flowcards.editor.description')}
            value={description}
            onChange={(e) => setDescription(e.currentTarget.value)}
            error={errors.description}
            autosize
            minRows={2}
          />
          <Title order={2} size="h3">
            {t('flowcards.editor.steps')}
          </Title>
          {errors.steps ? <Alert color="red">{errors.steps}</Alert> : null}
          {steps.map((step, index) => {
            const at = (field: string) => errors[`steps.${index}.${field}`];
            const others = steps
              .map((other, otherIndex) => ({ value: other.key, label: stepLabel(other, otherIndex) }))
              .filter((option) => option.value !== step.key);
            return (
              <Paper
                key={step.key}
                withBorder
                p="md"
                radius="md"
                className="flowcard-step-card"
                component="fieldset"
                data-testid={`flowcard-step-${index + 1}`}
              >
                <Group justify="space-between" mb="xs" wrap="nowrap">
                  <Title order={3} size="h4" component="legend">
                    {t('flowcards.editor.stepN', { n: index + 1 })}
                  </Title>
                  <Group gap={4} wrap="nowrap">
                    <ActionIcon
                      variant="default"
                      aria-label={t('flowcards.editor.moveUp', { n: index + 1 })}
                      disabled={index === 0}
                      onClick={() => move(index, -1)}
                    >
                      <IconArrowUp size={16} aria-hidden="true" />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      aria-label={t('flowcards.editor.moveDown', { n: index + 1 })}
                      disabled={index === steps.length - 1}
                      onClick={() => move(index, 1)}
                    >
                      <IconArrowDown size={16} aria-hidden="true" />
                    </ActionIcon>
                    <ActionIcon
                      variant="default"
                      color="red"
                      aria-label={t('flowcards.editor.remove', { n: index + 1 })}
                      onClick={() => remove(index)}
                    >
                      <IconTrash size={16} aria-hidden="true" />
                    </ActionIcon>
                  </Group>
                </Group>
                <Stack gap="sm">
                  <TextInput
                    label={t('flowcards.editor.stepTitle')}
                    required
                    value={step.title}
                    onChange={(e) => update(index, { title: e.currentTarget.value })}
                    error={at('title') ?? at('key')}
                    maxLength={200}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Select
                      label={t('flowcards.editor.unit')}
                      placeholder={t('flowcards.editor.unitPlaceholder')}
                      required
                      data={unitData}
                      value={step.responsibleUnitId}
                      onChange={(value) => update(index, { responsibleUnitId: value })}
                      description={
                        step.suggestedUnit && step.responsibleUnitId === null
                          ? t('flowcards.templates.suggested', {
                              name: step.suggestedUnit.name,
                              at: t(`flowcards.templates.at.${step.suggestedUnit.at}`),
                            })
                          : undefined
                      }
                      error={at('responsibleUnitId')}
                      searchable
                    />
                    <MultiSelect
                      label={t('flowcards.editor.dependsOn')}
                      placeholder={step.dependsOn.length === 0 ? t('flowcards.editor.dependsOnPlaceholder') : undefined}
                      data={others}
                      value={step.dependsOn}
                      onChange={(value) => update(index, { dependsOn: value })}
                      error={at('dependsOn')}
                    />
                    <NumberInput
                      label={t('flowcards.editor.deadline')}
                      required
                      min={0}
                      max={260}
                      allowDecimal={false}
                      value={step.deadline}
                      onChange={(value) => update(index, { deadline: toNumber(value) })}
                      error={at('deadlineWorkingDays')}
                    />
                    <Select
                      label={t('flowcards.editor.deadlineFrom')}
                      data={[
                        { value: fromStart, label: t('flowcards.editor.fromStart') },
                        ...others.map((option) => ({
                          value: option.value,
                          label: t('flowcards.editor.fromStep', { title: option.label }),
                        })),
                      ]}
                      value={step.anchor}
                      onChange={(value) => update(index, { anchor: value ?? fromStart })}
                      allowDeselect={false}
                      error={at('deadlineFrom')}
                    />
                    <NumberInput
                      label={t('flowcards.editor.urgentDeadline')}
                      description={t('flowcards.editor.urgentHint')}
                      min={0}
                      max={260}
                      allowDecimal={false}
                      value={step.urgentDeadline}
                      onChange={(value) => update(index, { urgentDeadline: toNumber(value) })}
                      error={at('urgentDeadlineWorkingDays')}
                    />
                    <Select
                      label={t('flowcards.editor.doneWhen')}
                      data={[
                        { value: noSignal, label: t('flowcards.editor.doneWhenNone') },
                        ...flowcardCourseSignals.map((signal) => ({ value: signal, label: t(`flowcards.signal.${signal}`) })),
                      ]}
                      value={step.doneWhen ?? noSignal}
                      onChange={(value) =>
                        update(index, { doneWhen: flowcardCourseSignals.find((signal) => signal === value) ?? null })
                      }
                      allowDeselect={false}
                      error={at('doneWhen')}
                    />
                  </SimpleGrid>
                  <Textarea
                    label={t('flowcards.editor.stepDescription')}
                    value={step.description}
                    onChange={(e) => update(index, { description: e.currentTarget.value })}
                    autosize
                    minRows={1}
                  />
                  <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
                    <Textarea
                      label={t('flowcards.editor.checklist')}
                      value={step.checklist}
                      onChange={(e) => update(index, { checklist: e.currentTarget.value })}
                      error={at('checklist')}
                      autosize
                      minRows={2}
                    />
                    <Textarea
                      label={t('flowcards.editor.documents')}
                      value={step.documents}
                      onChange={(e) => update(index, { documents: e.currentTarget.value })}
                      error={at('requiredDocuments')}
                      autosize
                      minRows={2}
                    />
                  </SimpleGrid>
                  <Textarea
                    label={t('flowcards.editor.notes')}
                    value={step.notes}
                    onChange={(e) => update(index, { notes: e.currentTarget.value })}
                    autosize
                    minRows={1}
                  />
                </Stack>
              </Paper>
            );
          })}
          <Group>
            <Button
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setSteps((current) => [...current, emptyStep(current)])}
            >
              {t('flowcards.editor.addStep')}
            </Button>
          </Group>
          {card ? (
            <Textarea
              label={t('flowcards.editor.changeNote')}
              value={changeNote}
              onChange={(e) => setChangeNote(e.currentTarget.value)}
              autosize
              minRows={1}
              maxLength={1000}
            />
          ) : null}
          <Group justify="flex-end">
            <Button variant="default" component={Link} to={card ? `/flowcards/${card.id}` : '/flowcards'}>
              {t('flowcards.editor.cancel')}
            </Button>
            <Button type="submit" loading={save.isPending}>
              {t('flowcards.editor.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </>
  );
}

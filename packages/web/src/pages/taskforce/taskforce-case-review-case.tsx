/**
 * The review form for one sampled case: the narrow view of the case's facts, and for each
 * checkpoint the pre-answer from the data with its evidence, the reviewer's answer (the
 * pre-answer to confirm, or another to overrule) and a note (required to overrule).
 */
import { Badge, Group, List, Paper, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { caseReviewAnswers } from '@hjemvej/domain';
import type { TaskforceCaseReview, TaskforceReviewCase } from '@hjemvej/contract';
import { AppModal } from '../../components/app-modal';
import { ErrorAlert } from '../../components/error-alert';
import { Fact } from '../../components/fact';
import { FormModal } from '../../components/form-modal';
import { HeadedCard } from '../../components/headed-card';
import { Loading } from '../../components/loading';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { formatIsoDate } from '../../format/date';
import { LongText } from './taskforce-goals';
import { useAnswerReviewCase, useTaskforceReviewCase } from './use-taskforce-case-review';

type Definitions = TaskforceCaseReview['checkpoints'];
type Checkpoint = TaskforceReviewCase['checkpoints'][number];

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** An evidence line in the reader's language, its dates as dd.mm.åååå. */
function evidenceText(t: TFunction, evidence: Checkpoint['evidence'][number]): string {
  const facts = Object.fromEntries(
    Object.entries(evidence.facts).map(([key, value]) => [
      key,
      typeof value === 'string' && isoDate.test(value) ? formatIsoDate(value) : value === '' ? '–' : value,
    ]),
  );
  return t(`taskforceCaseReview.evidence.${evidence.code}`, facts);
}

/** One kind of the case's records (its stays, plans …): the kind's name, then a line each, or that none are recorded. */
export function RecordLines({ title, lines }: { title: string; lines: string[] }) {
  const { t } = useTranslation();
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600}>
        {title}
      </Text>
      {lines.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('taskforceCaseReview.form.noneRecorded')}
        </Text>
      ) : (
        <List size="sm" spacing={2}>
          {lines.map((line, i) => (
            <List.Item key={i}>{line}</List.Item>
          ))}
        </List>
      )}
    </Stack>
  );
}

function CaseFacts({ sampled }: { sampled: TaskforceReviewCase }) {
  const { t } = useTranslation();
  const date = (iso: string | null) => (iso ? formatIsoDate(iso) : '–');
  return (
    <HeadedCard
      component="section"
      headingId="review-case-facts"
      title={t('taskforceCaseReview.form.facts')}
      order={3}
      size="h5"
      p="sm"
      radius="sm"
      headingMb="xs"
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
        <Fact label={t('taskforceCaseReview.form.birthDate')}>{date(sampled.citizen.birthDate)}</Fact>
        <Fact label={t('taskforceCaseReview.form.handlekommune')}>{sampled.citizen.handlekommune ?? '–'}</Fact>
        <Fact label={t('taskforceCaseReview.form.stratum')}>{sampled.stratumLabel}</Fact>
        <Fact label={t('taskforceCaseReview.form.grantUntil')}>{date(sampled.grantUntil)}</Fact>
      </SimpleGrid>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
        <RecordLines
          title={t('taskforceCaseReview.form.stays')}
          lines={sampled.stays.map((s) =>
            t('taskforceCaseReview.form.stayLine', {
              shelter: s.shelter,
              admitted: date(s.admittedOn),
              discharged: date(s.dischargedOn),
              notified: date(s.handlekommuneNotifiedOn),
            }),
          )}
        />
        <RecordLines
          title={t('taskforceCaseReview.form.plans')}
          lines={sampled.plans.map((p) => t('taskforceCaseReview.form.planLine', { kind: p.kind, madeOn: date(p.madeOn) }))}
        />
        <RecordLines
          title={t('taskforceCaseReview.form.decisions')}
          lines={sampled.decisions.map((d) =>
            t('taskforceCaseReview.form.decisionLine', {
              kind: d.kind === '85a' ? '85 a' : d.kind,
              outcome: t(`taskforceCaseReview.form.${d.outcome}`),
              decidedOn: date(d.decidedOn),
            }),
          )}
        />
        <RecordLines
          title={t('taskforceCaseReview.form.assessments')}
          lines={sampled.assessments.map((a) => date(a.assessedOn))}
        />
      </SimpleGrid>
    </HeadedCard>
  );
}

function ReviewForm({
  courseId,
  sampled,
  definitions,
  onClose,
}: {
  courseId: string;
  sampled: TaskforceReviewCase;
  definitions: Definitions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const notify = useNotify();
  const answer = useAnswerReviewCase(courseId);
  const form = useApiForm({
    initialValues: {
      answers: sampled.checkpoints.map((c) => ({
        checkpoint: c.checkpoint,
        answer: c.answer ?? c.preAnswer,
        note: c.note,
      })),
    },
    error: answer.error,
  });
  const source = new Map(definitions.map((d) => [d.id, d.source]));
  return (
    <FormModal
      title={t('taskforceCaseReview.form.title', { number: sampled.position, name: sampled.citizen.name })}
      size="xl"
      onClose={onClose}
      error={answer.error}
      submit={{ label: t('taskforceCaseReview.form.save'), loading: answer.isPending }}
      onSubmit={form.onSave(async (values) => {
        await answer.mutateAsync({
          caseId: sampled.id,
          body: { answers: values.answers.map((a) => ({ checkpoint: a.checkpoint, answer: a.answer, note: a.note })) },
        });
        notify(t('taskforceCaseReview.form.saved'));
        onClose();
      })}
    >
      <CaseFacts sampled={sampled} />
      <Title order={3} size="h5">
        {t('taskforceCaseReview.form.checkpoints')}
      </Title>
      {sampled.checkpoints.map((c, index) => {
        const given = form.values.answers[index]?.answer ?? null;
        const overruled = c.preAnswer !== null && given !== null && given !== c.preAnswer;
        return (
          <Paper key={c.checkpoint} withBorder p="sm" radius="sm" data-testid={`review-checkpoint-${c.checkpoint}`}>
            <Stack gap="xs">
              <Group justify="space-between" gap="xs">
                <Text fw={600} id={`checkpoint-${c.checkpoint}`}>
                  {t(`taskforceCaseReview.checkpoint.${c.checkpoint}`)}
                </Text>
                <Text size="xs" c="dimmed">
                  {source.get(c.checkpoint)}
                </Text>
              </Group>
              <Group gap="xs">
                <Text size="sm">{t('taskforceCaseReview.form.preAnswer')}:</Text>
                {c.preAnswer ? (
                  <Badge variant="light" color="blue.9" data-testid="review-pre-answer">
                    {t(`taskforceCaseReview.answer.${c.preAnswer}`)}
                  </Badge>
                ) : (
                  <Text size="sm" c="dimmed" data-testid="review-pre-answer">
                    {t('taskforceCaseReview.form.noPreAnswer')}
                  </Text>
                )}
                {overruled ? (
                  <Badge variant="light" color="orange.9">
                    {t('taskforceCaseReview.form.overruled')}
                  </Badge>
                ) : null}
              </Group>
              {c.evidence.length > 0 ? (
                <List size="sm" spacing={2} aria-label={t('taskforceCaseReview.form.evidence')}>
                  {c.evidence.map((e, i) => (
                    <List.Item key={i}>{evidenceText(t, e)}</List.Item>
                  ))}
                </List>
              ) : null}
              <Radio.Group
                label={t('taskforceCaseReview.form.answer')}
                {...form.getInputProps(`answers.${index}.answer`)}
                value={given ?? ''}
                onChange={(value) =>
                  form.setFieldValue(`answers.${index}.answer`, caseReviewAnswers.find((a) => a === value) ?? null)
                }
              >
                <Group gap="md" mt={4}>
                  {caseReviewAnswers.map((a) => (
                    <Radio key={a} value={a} label={t(`taskforceCaseReview.answer.${a}`)} />
                  ))}
                </Group>
              </Radio.Group>
              <LongText
                label={t('taskforceCaseReview.form.note')}
                description={t('taskforceCaseReview.form.noteHint')}
                minRows={1}
                required={overruled}
                {...form.getInputProps(`answers.${index}.note`)}
              />
            </Stack>
          </Paper>
        );
      })}
    </FormModal>
  );
}

/** Opens one sampled case (an audited read) in its review form. */
export function ReviewCaseModal({
  courseId,
  caseId,
  checkpoints,
  onClose,
}: {
  courseId: string;
  caseId: string;
  checkpoints: Definitions;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const sampled = useTaskforceReviewCase(courseId, caseId);
  if (sampled.data && sampled.data.id === caseId)
    return <ReviewForm courseId={courseId} sampled={sampled.data} definitions={checkpoints} onClose={onClose} />;
  return (
    <AppModal opened onClose={onClose} title={t('taskforceCaseReview.form.checkpoints')}>
      <ErrorAlert error={sampled.error} />
      {sampled.isPending ? <Loading /> : null}
    </AppModal>
  );
}

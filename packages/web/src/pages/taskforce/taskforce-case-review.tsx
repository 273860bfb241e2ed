/**
 * The legal case review on the taskforce course page (issue 13 point 4): the sample and its
 * documented rule (drawn by Ankestyrelsen's reviewer), the grant of access with the read log and
 * "end access" for the municipality's administrator, the sampled cases with their review status
 * (each opened in the review form), and the share of cases meeting each checkpoint.
 */
import { useState } from 'react';
import { Badge, Button, NumberInput, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDice, IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { caseReviewStratifications, type CaseReviewStratification } from '@hjemvej/domain';
import type { TaskforceCaseReview, TaskforceCourse } from '@hjemvej/contract';
import { CompactButton } from '../../components/compact-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { DataTable } from '../../components/data-table';
import { DateField } from '../../components/date-field';
import { Fact } from '../../components/fact';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { useApiForm } from '../../forms/use-api-form';
import { formatIsoDate, formatMoment } from '../../format/date';
import { useLanguage } from '../../i18n/use-language';
import { ReviewCaseModal } from './taskforce-case-review-case';
import { LongText } from './taskforce-goals';
import { TaskforceQuerySection } from './taskforce-section';
import { useDrawCaseSample, useEndCaseReviewGrant, useTaskforceCaseReview } from './use-taskforce-case-review';

type Review = NonNullable<TaskforceCaseReview['review']>;

const noStratification: CaseReviewStratification = 'none';

function DrawSampleModal({ course, onClose }: { course: TaskforceCourse; onClose: () => void }) {
  const { t } = useTranslation();
  const notify = useNotify();
  const draw = useDrawCaseSample(course.id);
  const agreement = course.agreement;
  const form = useApiForm({
    initialValues: {
      periodFrom: agreement.dataPeriodFrom ?? '',
      periodTo: agreement.dataPeriodTo ?? '',
      size: 20,
      stratifyBy: noStratification,
      seed: '',
      purpose: '',
      accessUntil: agreement.dataValidUntil ?? '',
      publishedDeadlineDays: '',
    },
    error: draw.error,
  });
  return (
    <FormModal
      title={t('taskforceCaseReview.drawTitle')}
      size="lg"
      onClose={onClose}
      error={draw.error}
      submit={{ label: t('taskforceCaseReview.draw'), loading: draw.isPending }}
      onSubmit={form.onSave(async (v) => {
        await draw.mutateAsync({
          periodFrom: v.periodFrom,
          periodTo: v.periodTo,
          size: Number(v.size),
          stratifyBy: v.stratifyBy,
          ...(v.seed.trim() === '' ? {} : { seed: v.seed.trim() }),
          purpose: v.purpose,
          accessUntil: v.accessUntil,
          publishedDeadlineDays: v.publishedDeadlineDays === '' ? null : Number(v.publishedDeadlineDays),
        });
        notify(t('taskforceCaseReview.drawn'));
        onClose();
      })}
    >
      <Text size="sm">{t('taskforceCaseReview.drawLead')}</Text>
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          data-autofocus
          label={t('taskforceCaseReview.field.periodFrom')}
          required
          {...form.getInputProps('periodFrom')}
        />
        <DateField label={t('taskforceCaseReview.field.periodTo')} required {...form.getInputProps('periodTo')} />
        <NumberInput
          label={t('taskforceCaseReview.field.size')}
          required
          min={1}
          max={100}
          allowDecimal={false}
          {...form.getInputProps('size')}
        />
        <Select
          label={t('taskforceCaseReview.field.stratifyBy')}
          data={caseReviewStratifications.map((value) => ({ value, label: t(`taskforceCaseReview.stratify.${value}`) }))}
          allowDeselect={false}
          {...form.getInputProps('stratifyBy')}
        />
      </SimpleGrid>
      <TextInput
        label={t('taskforceCaseReview.field.seed')}
        description={t('taskforceCaseReview.field.seedHint')}
        {...form.getInputProps('seed')}
      />
      <LongText
        label={t('taskforceCaseReview.field.purpose')}
        description={t('taskforceCaseReview.field.purposeHint')}
        required
        {...form.getInputProps('purpose')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
        <DateField
          label={t('taskforceCaseReview.field.accessUntil')}
          description={
            agreement.dataValidUntil
              ? t('taskforceCaseReview.field.accessUntilHint', { date: formatIsoDate(agreement.dataValidUntil) })
              : undefined
          }
          required
          {...form.getInputProps('accessUntil')}
        />
        <NumberInput
          label={t('taskforceCaseReview.field.publishedDeadlineDays')}
          min={1}
          max={365}
          allowDecimal={false}
          {...form.getInputProps('publishedDeadlineDays')}
        />
      </SimpleGrid>
    </FormModal>
  );
}

function GrantPanel({ courseId, review, canEnd }: { courseId: string; review: Review; canEnd: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const end = useEndCaseReviewGrant(courseId);
  const [confirming, setConfirming] = useState(false);
  const { grant } = review;
  const status = grant.isValid ? (
    <Badge color="green.9" variant="light">
      {t('taskforceCaseReview.grant.valid')}
    </Badge>
  ) : grant.endedAt ? (
    t('taskforceCaseReview.grant.ended', { date: formatMoment(grant.endedAt, locale), name: grant.endedBy ?? '' })
  ) : (
    <Badge color="gray" variant="light">
      {t('taskforceCaseReview.grant.expired')}
    </Badge>
  );
  return (
    <Stack gap="xs" data-testid="taskforce-review-grant">
      <Title order={3} size="h5">
        {t('taskforceCaseReview.grant.title')}
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Fact label={t('taskforceCaseReview.grant.purpose')}>{grant.purpose}</Fact>
        <Fact label={t('taskforceCaseReview.grant.status')}>{status}</Fact>
        <Fact label={t('taskforceCaseReview.grant.until')}>{formatIsoDate(grant.accessUntil, locale)}</Fact>
        <Fact label={t('taskforceCaseReview.grant.agreementUntil')}>
          {grant.agreementValidUntil ? formatIsoDate(grant.agreementValidUntil, locale) : '–'}
        </Fact>
      </SimpleGrid>
      {canEnd ? (
        <div>
          <Button
            color="red.9"
            variant="light"
            leftSection={<IconLock size={16} aria-hidden="true" />}
            onClick={() => setConfirming(true)}
          >
            {t('taskforceCaseReview.grant.end')}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        opened={confirming}
        title={t('taskforceCaseReview.grant.endTitle')}
        message={t('taskforceCaseReview.grant.endMessage')}
        confirmLabel={t('taskforceCaseReview.grant.end')}
        danger
        pending={end.isPending}
        error={end.error}
        onClose={() => setConfirming(false)}
        onConfirm={() => {
          end.mutate(undefined, {
            onSuccess: () => {
              notify(t('taskforceCaseReview.grant.endDone'));
              setConfirming(false);
            },
          });
        }}
      />
    </Stack>
  );
}

function SampleFacts({ review }: { review: Review }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <SimpleGrid cols={{ base: 1, sm: 2 }}>
      <Fact label={t('taskforceCaseReview.rule')}>{review.ruleText}</Fact>
      <Stack gap="xs">
        <Fact label={t('taskforceCaseReview.seed')}>
          <code>{review.seed}</code>
        </Fact>
        <Fact label={t('taskforceCaseReview.population')}>{review.populationSize}</Fact>
        <Fact label={t('taskforceCaseReview.strata')}>
          {review.strata.map((s) => t('taskforceCaseReview.stratumLine', { ...s })).join('\n')}
        </Fact>
        <Fact label={t('taskforceCaseReview.deadline')}>
          {review.publishedDeadlineDays === null
            ? '–'
            : t('taskforceCaseReview.deadlineDays', { days: review.publishedDeadlineDays })}
        </Fact>
        <Text size="xs" c="dimmed">
          {t('taskforceCaseReview.drawnBy', { name: review.drawnBy, date: formatMoment(review.drawnAt, locale) })}
        </Text>
      </Stack>
    </SimpleGrid>
  );
}

function ResultsTable({ data }: { data: TaskforceCaseReview }) {
  const { t } = useTranslation();
  const review = data.review;
  if (!review) return null;
  const source = new Map(data.checkpoints.map((c) => [c.id, c.source]));
  type Row = Review['results'][number];
  const share = (row: Row) => {
    if (row.share.kind === 'suppressed') return row.share.label;
    const answered = row.share.yes + row.share.no;
    if (row.share.share === null) return '–';
    return `${Math.round(row.share.share * 100)} % (${t('taskforceCaseReview.results.met', { yes: row.share.yes, answered })})`;
  };
  return (
    <Stack gap="xs">
      <Title order={3} size="h5">
        {t('taskforceCaseReview.results.title')}
      </Title>
      <Text size="sm">{t('taskforceCaseReview.results.reviewedCount', { count: review.reviewedCount, size: review.size })}</Text>
      <DataTable<Row>
        caption={t('taskforceCaseReview.results.caption')}
        testId="taskforce-review-results"
        minWidth={560}
        items={review.results}
        rowKey={(r) => r.checkpoint}
        empty={t('taskforceCaseReview.cases.none')}
        columns={[
          {
            header: t('taskforceCaseReview.results.checkpoint'),
            rowHeader: true,
            cell: (r) => (
              <>
                {t(`taskforceCaseReview.checkpoint.${r.checkpoint}`)}
                <Text size="xs" c="dimmed">
                  {source.get(r.checkpoint)}
                </Text>
              </>
            ),
          },
          { header: t('taskforceCaseReview.results.share'), cell: share },
          { header: t('taskforceCaseReview.results.notApplicable'), cell: (r) => r.notApplicable ?? '–' },
          { header: t('taskforceCaseReview.results.overruled'), cell: (r) => r.overruled ?? '–' },
        ]}
      />
      {data.abilities.canSeeExactResults ? null : (
        <Text size="xs" c="dimmed">
          {t('taskforceCaseReview.results.suppressedHint')}
        </Text>
      )}
    </Stack>
  );
}

/** The case-review section of the course page. */
export function TaskforceCaseReviewSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const query = useTaskforceCaseReview(course.id);
  const [drawing, setDrawing] = useState(false);
  const [openCase, setOpenCase] = useState<{ id: string; position: number } | null>(null);
  type CaseRow = Review['cases'][number];
  type ReadRow = NonNullable<Review['reads']>[number];
  return (
    <TaskforceQuerySection
      id="taskforce-case-review-title"
      title={t('taskforceCaseReview.title')}
      query={query}
      actions={
        query.data?.abilities.canDrawSample ? (
          <CompactButton
            icon={<IconDice size={14} aria-hidden="true" />}
            label={t('taskforceCaseReview.draw')}
            onClick={() => setDrawing(true)}
          />
        ) : null
      }
    >
      {(data) => {
        const review = data.review;
        return (
          <>
            <Stack gap="md" data-testid="taskforce-case-review">
              <Text size="sm">{t('taskforceCaseReview.intro')}</Text>
              {review === null ? (
                <Text size="sm" c="dimmed">
                  {t('taskforceCaseReview.none')} {data.abilities.canDrawSample ? null : t('taskforceCaseReview.noneTaskforce')}
                </Text>
              ) : (
                <>
                  <SampleFacts review={review} />
                  <GrantPanel courseId={course.id} review={review} canEnd={data.abilities.canEndGrant} />
                  <Stack gap="xs">
                    <Title order={3} size="h5">
                      {t('taskforceCaseReview.cases.title')}
                    </Title>
                    {!review.grant.isValid ? (
                      <Text size="sm" c="dimmed" data-testid="taskforce-review-no-access">
                        {t('taskforceCaseReview.cases.noAccess')}
                      </Text>
                    ) : null}
                    <DataTable<CaseRow>
                      caption={t('taskforceCaseReview.cases.caption')}
                      testId="taskforce-review-cases"
                      minWidth={480}
                      items={review.cases}
                      rowKey={(c) => c.id}
                      empty={t('taskforceCaseReview.cases.none')}
                      columns={[
                        {
                          header: t('taskforceCaseReview.cases.case'),
                          rowHeader: true,
                          cell: (c) => t('taskforceCaseReview.cases.caseNumber', { number: c.position }),
                        },
                        { header: t('taskforceCaseReview.cases.stratum'), cell: (c) => c.stratumLabel },
                        {
                          header: t('taskforceCaseReview.cases.status'),
                          cell: (c) =>
                            c.isReviewed ? (
                              <>
                                <Badge color="green.9" variant="light">
                                  {t('taskforceCaseReview.cases.reviewed')}
                                </Badge>
                                <Text size="xs" c="dimmed">
                                  {t('taskforceCaseReview.cases.reviewedBy', {
                                    name: c.reviewedBy ?? '',
                                    date: c.reviewedAt ? formatMoment(c.reviewedAt, locale) : '',
                                  })}
                                </Text>
                              </>
                            ) : (
                              <Badge color="gray" variant="light">
                                {t('taskforceCaseReview.cases.notReviewed')}
                              </Badge>
                            ),
                        },
                        {
                          header: '',
                          cell: (c) =>
                            data.abilities.canReview ? (
                              <CompactButton
                                icon={null}
                                label={t('taskforceCaseReview.cases.open', { number: c.position })}
                                onClick={() => setOpenCase({ id: c.id, position: c.position })}
                              />
                            ) : null,
                        },
                      ]}
                    />
                  </Stack>
                  <ResultsTable data={data} />
                  {review.reads !== null ? (
                    <Stack gap="xs">
                      <Title order={3} size="h5">
                        {t('taskforceCaseReview.reads.title')}
                      </Title>
                      <DataTable<ReadRow>
                        caption={t('taskforceCaseReview.reads.caption')}
                        testId="taskforce-review-reads"
                        items={review.reads}
                        rowKey={(r) => `${r.caseId}-${r.readAt}`}
                        empty={t('taskforceCaseReview.reads.none')}
                        columns={[
                          {
                            header: t('taskforceCaseReview.reads.case'),
                            rowHeader: true,
                            cell: (r) => t('taskforceCaseReview.cases.caseNumber', { number: r.position }),
                          },
                          { header: t('taskforceCaseReview.reads.who'), cell: (r) => r.userName },
                          { header: t('taskforceCaseReview.reads.when'), cell: (r) => formatMoment(r.readAt, locale) },
                        ]}
                      />
                    </Stack>
                  ) : null}
                </>
              )}
            </Stack>
            {drawing ? <DrawSampleModal course={course} onClose={() => setDrawing(false)} /> : null}
            {openCase ? (
              <ReviewCaseModal
                courseId={course.id}
                caseId={openCase.id}
                checkpoints={data.checkpoints}
                onClose={() => setOpenCase(null)}
              />
            ) : null}
          </>
        );
      }}
    </TaskforceQuerySection>
  );
}

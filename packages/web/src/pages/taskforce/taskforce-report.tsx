/**
 * The course's analysis report (issue 13 point 5): assembled from a frozen data package (its key
 * figures as published, suppressed), the taskforce's analysis under each theme, the legal case
 * review's section, and the recommendations, each with its theme and evidence. The taskforce
 * writes and publishes it; the municipality sees it once published; either side chooses a
 * recommendation as a development point of the plan. Downloadable as PDF.
 */
import { useState } from 'react';
import { Anchor, Button, Group, Paper, Select, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { IconDownload, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { taskforceThemes, type TaskforceTheme } from '@hjemvej/domain';
import type { TaskforceCourse, TaskforceRecommendation, TaskforceReport, TaskforceReportAnswer } from '@hjemvej/contract';
import { CompactButton, EditButton } from '../../components/compact-button';
import { ConfirmDialog } from '../../components/confirm-dialog';
import { useConfirmedAction } from '../../components/use-confirmed-action';
import { StatusBadge } from '../../components/status-badge';
import { DataTable } from '../../components/data-table';
import { ConflictFormModal } from '../../components/conflict-form-modal';
import { useNotify } from '../../components/use-notify';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { shownFigure } from './taskforce-data-package';
import { LongText, ThemeSelect, ThemedHead, themeLabel } from './taskforce-goals';
import { ItemActions } from './taskforce-item-actions';
import { TaskforceItem, TaskforceQuerySection } from './taskforce-section';
import { StatusChoice } from './taskforce-status-choice';
import { usePackageChoices } from './use-package-choices';
import { useTaskforceForm } from './use-taskforce-form';
import {
  taskforceReportPdfUrl,
  useChooseTaskforceRecommendation,
  useDeleteTaskforceRecommendation,
  useSaveTaskforceRecommendation,
  useSaveTaskforceReport,
  useTaskforceReport,
} from './use-taskforce-report';

type Editing = { kind: 'report' } | { kind: 'recommendation'; recommendation: TaskforceRecommendation | null } | null;

const emptyAnalyses: Record<TaskforceTheme, string> = {
  housing_supply: '',
  support_methods: '',
  organisation: '',
  legal_quality: '',
};

function ReportModal({ answer, onClose }: { answer: TaskforceReportAnswer; onClose: () => void }) {
  const { t } = useTranslation();
  const packageChoices = usePackageChoices();
  const save = useSaveTaskforceReport();
  const report = answer.report;
  const { form, modal } = useTaskforceForm({
    initialValues: {
      status: report?.status ?? 'draft',
      dataPackageId: report?.dataPackage?.id ?? answer.packages.at(-1)?.id ?? null,
      summary: report?.summary ?? '',
      analyses: report?.analyses ?? emptyAnalyses,
    },
    mutation: save,
    send: (body) => save.mutateAsync({ id: answer.courseId, body: { ...body, version: report?.version ?? null } }),
    saved: t('taskforceReport.saved'),
    submitLabel: t('taskforceReport.save'),
    size: 'xl',
    onClose,
  });
  return (
    <ConflictFormModal title={t('taskforceReport.edit')} {...modal}>
      <StatusChoice
        id="report-status-label"
        label={t('taskforceReport.statusLabel')}
        options={[
          { value: 'draft', label: t('taskforceReport.status.draft') },
          { value: 'published', label: t('taskforceReport.status.published') },
        ]}
        hint={t('taskforceReport.statusHint')}
        {...form.getInputProps('status')}
      />
      <Select
        label={t('taskforceReport.package')}
        description={t('taskforceReport.packageHint')}
        data={packageChoices(answer.packages, (values) => t('taskforceReport.packageLabel', values))}
        clearable
        {...form.getInputProps('dataPackageId')}
      />
      <LongText label={t('taskforceReport.summary')} {...form.getInputProps('summary')} />
      {taskforceThemes.map((theme) => (
        <LongText
          key={theme}
          label={t('taskforceReport.analysisOf', { theme: t(themeLabel(theme)) })}
          {...form.getInputProps(`analyses.${theme}`)}
        />
      ))}
    </ConflictFormModal>
  );
}

function RecommendationModal({
  answer,
  recommendation,
  onClose,
}: {
  answer: TaskforceReportAnswer;
  recommendation: TaskforceRecommendation | null;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const save = useSaveTaskforceRecommendation();
  const figures = answer.report?.dataPackage?.figures ?? [];
  const { form, modal } = useTaskforceForm({
    initialValues: {
      theme: recommendation?.theme ?? null,
      title: recommendation?.title ?? '',
      text: recommendation?.text ?? '',
      evidenceMeasure: recommendation?.evidenceFigure?.measure ?? null,
      evidenceNote: recommendation?.evidenceNote ?? '',
    },
    mutation: save,
    send: ({ theme, evidenceMeasure, ...values }) => {
      const body = {
        ...values,
        theme: theme as TaskforceTheme,
        evidenceMeasure: figures.find((f) => f.measure === evidenceMeasure)?.measure ?? null,
      };
      return save.mutateAsync(
        recommendation
          ? { id: answer.courseId, recommendationId: recommendation.id, body: { ...body, version: recommendation.version } }
          : { id: answer.courseId, recommendationId: null, body },
      );
    },
    saved: t('taskforceReport.recommendationSaved'),
    submitLabel: t('taskforceReport.save'),
    size: 'md',
    onClose,
  });
  return (
    <ConflictFormModal
      title={recommendation ? t('taskforceReport.editRecommendation') : t('taskforceReport.addRecommendation')}
      {...modal}
    >
      <ThemeSelect {...form.getInputProps('theme')} />
      <TextInput data-autofocus label={t('taskforceReport.recommendationTitle')} {...form.getInputProps('title')} />
      <LongText label={t('taskforceReport.recommendationText')} {...form.getInputProps('text')} />
      <Text size="sm" fw={600}>
        {t('taskforceReport.evidence')}
      </Text>
      <Text size="xs" c="dimmed" mt={-12}>
        {t('taskforceReport.evidenceHint')}
      </Text>
      <Select
        searchable
        clearable
        label={t('taskforceReport.evidenceFigure')}
        data={figures.map((f) => ({ value: f.measure, label: `${f.figure} · ${f.name} (${shownFigure(f, i18n.language)})` }))}
        {...form.getInputProps('evidenceMeasure')}
      />
      <LongText label={t('taskforceReport.evidenceNote')} {...form.getInputProps('evidenceNote')} />
    </ConflictFormModal>
  );
}

function RecommendationView({
  answer,
  recommendation,
  index,
  onEdit,
  onRemove,
}: {
  answer: TaskforceReportAnswer;
  recommendation: TaskforceRecommendation;
  index: number;
  onEdit: () => void;
  onRemove: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const choose = useChooseTaskforceRecommendation();
  const r = recommendation;
  return (
    <TaskforceItem name={{ labelledBy: `recommendation-${r.id}` }} testId="taskforce-recommendation">
      <ThemedHead
        theme={r.theme}
        id={`recommendation-${r.id}`}
        level={4}
        title={`${index + 1}. ${r.title}`}
        actions={
          <Group gap="xs">
            {r.developmentPointId ? <StatusBadge tone="success">{t('taskforceReport.isPoint')}</StatusBadge> : null}
            <ItemActions
              editLabel={t('taskforceReport.editRecommendationNamed', { title: r.title })}
              removeLabel={t('taskforceReport.removeRecommendationNamed', { title: r.title })}
              onEdit={r.canEdit ? onEdit : null}
              onRemove={r.canDelete ? onRemove : null}
            />
            {answer.canChoosePoints && !r.developmentPointId ? (
              <Button
                size="compact-xs"
                leftSection={<IconTargetArrow size={12} aria-hidden="true" />}
                loading={choose.isPending}
                onClick={() => {
                  choose
                    .mutateAsync({ id: answer.courseId, recommendationId: r.id })
                    .then(() => notify(t('taskforceReport.pointChosen')))
                    .catch(() => undefined);
                }}
              >
                {t('taskforceReport.choosePoint')}
              </Button>
            ) : null}
          </Group>
        }
      />
      {r.text ? (
        <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
          {r.text}
        </Text>
      ) : null}
      <Text size="sm" mt={4} c="dimmed">
        {t('taskforceReport.evidenceShown')}{' '}
        {[
          r.evidenceFigure
            ? `${r.evidenceFigure.figure} · ${r.evidenceFigure.name}: ${shownFigure(r.evidenceFigure, i18n.language)}`
            : null,
          r.evidenceNote || null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Text>
      {choose.error ? (
        <Text size="sm" c="red" role="alert">
          {t('taskforceReport.chooseFailed')}
        </Text>
      ) : null}
    </TaskforceItem>
  );
}

function ReportView({
  answer,
  report,
  onEdit,
  onRemove,
}: {
  answer: TaskforceReportAnswer;
  report: TaskforceReport;
  onEdit: (r: TaskforceRecommendation) => void;
  onRemove: (r: TaskforceRecommendation) => void;
}) {
  const { t, i18n } = useTranslation();
  const { locale } = useLanguage();
  const pkg = report.dataPackage;
  return (
    <Stack gap="md">
      <Group gap="xs">
        <StatusBadge tone={report.status === 'published' ? 'success' : 'warning'}>
          {report.publishedAt
            ? t('taskforceReport.publishedOn', { date: formatIsoDate(report.publishedAt.slice(0, 10), locale) })
            : t('taskforceReport.status.draft')}
        </StatusBadge>
        {report.status === 'draft' ? (
          <Text size="sm" c="dimmed">
            {t('taskforceReport.draftHint')}
          </Text>
        ) : null}
      </Group>
      {report.summary ? <Text style={{ whiteSpace: 'pre-wrap' }}>{report.summary}</Text> : null}
      <section aria-labelledby="report-basis">
        <Title order={3} size="h5" id="report-basis" mb={4}>
          {t('taskforceReport.basis')}
        </Title>
        {pkg ? (
          <>
            <Text size="sm" c="dimmed" mb="xs">
              {t('taskforceReport.basisText', {
                version: pkg.version,
                from: formatIsoDate(pkg.from, locale),
                to: formatIsoDate(pkg.to, locale),
                threshold: pkg.threshold,
              })}
            </Text>
            <DataTable
              caption={t('taskforceReport.figures')}
              minWidth={320}
              testId="report-figures"
              items={pkg.figures}
              rowKey={(f) => f.measure}
              columns={[
                { header: t('taskforceReport.figure'), rowHeader: true, cell: (f) => `${f.figure} · ${f.name}` },
                { header: t('taskforceReport.value'), align: 'right', cell: (f) => shownFigure(f, i18n.language) },
              ]}
            />
          </>
        ) : (
          <Text size="sm" c="dimmed">
            {t('taskforceReport.noPackage')}
          </Text>
        )}
      </section>
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        {taskforceThemes.map((theme) => (
          <section key={theme} aria-labelledby={`analysis-${theme}`}>
            <Title order={3} size="h5" id={`analysis-${theme}`} mb={4}>
              {t(themeLabel(theme))}
            </Title>
            <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} c={report.analyses[theme] ? undefined : 'dimmed'}>
              {report.analyses[theme] || t('taskforceReport.noAnalysis')}
            </Text>
            {theme === 'legal_quality' ? (
              <Paper withBorder p="xs" radius="sm" mt="xs" data-testid="report-case-review">
                <Text size="sm" fw={600}>
                  {t('taskforceReport.caseReview')}
                </Text>
                {report.caseReview ? (
                  <DataTable
                    caption={t('taskforceReport.caseReviewCaption', { count: report.caseReview.reviewedCases })}
                    minWidth={300}
                    testId="report-case-review-results"
                    items={report.caseReview.checkpoints}
                    rowKey={(c) => c.checkpoint}
                    columns={[
                      {
                        header: t('taskforceReport.checkpoint'),
                        rowHeader: true,
                        cell: (c) => (
                          <>
                            {t(`taskforceReport.caseReviewCheckpoint.${c.checkpoint}`)}
                            <Text size="xs" c="dimmed">
                              {c.source}
                            </Text>
                          </>
                        ),
                      },
                      {
                        header: t('taskforceReport.met'),
                        align: 'right',
                        cell: (c) =>
                          c.share === null
                            ? (c.hiddenLabel ?? '–')
                            : `${formatNumber(Math.round(c.share * 1000) / 10, locale)} %`,
                      },
                    ]}
                  />
                ) : (
                  <Text size="sm" c="dimmed">
                    {t('taskforceReport.caseReviewPending')}
                  </Text>
                )}
              </Paper>
            ) : null}
          </section>
        ))}
      </SimpleGrid>
      <section aria-labelledby="report-recommendations">
        <Title order={3} size="h5" id="report-recommendations" mb="xs">
          {t('taskforceReport.recommendations')}
        </Title>
        {report.recommendations.length === 0 ? (
          <Text size="sm" c="dimmed">
            {t('taskforceReport.noRecommendations')}
          </Text>
        ) : (
          <Stack gap="xs">
            {report.recommendations.map((r, index) => (
              <RecommendationView
                key={r.id}
                answer={answer}
                recommendation={r}
                index={index}
                onEdit={() => onEdit(r)}
                onRemove={() => onRemove(r)}
              />
            ))}
          </Stack>
        )}
      </section>
    </Stack>
  );
}

export function TaskforceReportSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const query = useTaskforceReport(course.id);
  const [editing, setEditing] = useState<Editing>(null);
  const removal = useConfirmedAction(useDeleteTaskforceRecommendation(), {
    input: (r: TaskforceRecommendation) => ({ id: course.id, recommendationId: r.id, version: r.version }),
    done: () => t('taskforceReport.recommendationRemoved'),
  });
  const answer = query.data;
  const report = answer?.report ?? null;
  return (
    <TaskforceQuerySection
      id="taskforce-report-title"
      title={t('taskforceReport.title')}
      query={query}
      actions={
        <>
          {answer?.canEdit ? (
            <>
              <EditButton label={t('taskforceReport.edit')} onClick={() => setEditing({ kind: 'report' })} />
              <CompactButton
                label={t('taskforceReport.addRecommendation')}
                onClick={() => setEditing({ kind: 'recommendation', recommendation: null })}
              />
            </>
          ) : null}
          {report ? (
            <Anchor href={taskforceReportPdfUrl(course.id)} download size="sm" data-testid="report-pdf">
              <Group gap={4} component="span" wrap="nowrap">
                <IconDownload size={14} aria-hidden="true" />
                {t('taskforceReport.downloadPdf')}
              </Group>
            </Anchor>
          ) : null}
        </>
      }
    >
      {() => (
        <>
          {answer && !report ? (
            <Text size="sm" c="dimmed">
              {answer.canEdit ? t('taskforceReport.none') : t('taskforceReport.notPublished')}
            </Text>
          ) : null}
          {answer && report ? (
            <ReportView
              answer={answer}
              report={report}
              onEdit={(r) => setEditing({ kind: 'recommendation', recommendation: r })}
              onRemove={removal.ask}
            />
          ) : null}
          <ConfirmDialog
            title={t('taskforceReport.removeRecommendationTitle')}
            message={t('taskforceReport.removeRecommendationConfirm', { title: removal.subject?.title ?? '' })}
            confirmLabel={t('common.remove')}
            danger
            {...removal.dialog}
          />
          {answer && editing?.kind === 'report' ? <ReportModal answer={answer} onClose={() => setEditing(null)} /> : null}
          {answer && editing?.kind === 'recommendation' ? (
            <RecommendationModal answer={answer} recommendation={editing.recommendation} onClose={() => setEditing(null)} />
          ) : null}
        </>
      )}
    </TaskforceQuerySection>
  );
}

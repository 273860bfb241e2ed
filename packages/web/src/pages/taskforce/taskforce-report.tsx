/**
 * The course's analysis report (issue 13 point 5): assembled from a frozen data package (its key
 * figures as published, suppressed), the taskforce's analysis under each theme, the legal case
 * review's section, and the recommendations, each with its theme and evidence. The taskforce
 * writes and publishes it; the municipality sees it once published; either side chooses a
 * recommendation as a development point of the plan. Downloadable as PDF.
 */
import { useState } from 'react';
import {
  Anchor,
  Button,
  Group,
  Paper,
  Select,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconDownload, IconPencil, IconPlus, IconTargetArrow } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { taskforceThemes, type TaskforceTheme } from '@hjemvej/domain';
import type { TaskforceCourse, TaskforceRecommendation, TaskforceReport, TaskforceReportAnswer } from '@hjemvej/contract';
import { fieldError, fieldErrorsOf } from '../../api/api-error';
import { ConflictNotice, isConflict } from '../../components/conflict-notice';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { FormModal } from '../../components/form-modal';
import { useNotify } from '../../components/use-notify';
import { formatIsoDate } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { shownFigure } from './taskforce-data-package';
import { LongText, ThemeSelect, themeLabel } from './taskforce-goals';
import { TaskforceQuerySection } from './taskforce-section';
import {
  taskforceReportPdfUrl,
  useChooseTaskforceRecommendation,
  useSaveTaskforceRecommendation,
  useSaveTaskforceReport,
  useTaskforceReport,
  submitting,
} from './use-taskforce-report';

type Editing = { kind: 'report' } | { kind: 'recommendation'; recommendation: TaskforceRecommendation | null } | null;

function ReportModal({ answer, onClose }: { answer: TaskforceReportAnswer; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const notify = useNotify();
  const save = useSaveTaskforceReport();
  const report = answer.report;
  const [status, setStatus] = useState<TaskforceReport['status']>(report?.status ?? 'draft');
  const [packageId, setPackageId] = useState<string | null>(report?.dataPackage?.id ?? answer.packages.at(-1)?.id ?? null);
  const [summary, setSummary] = useState(report?.summary ?? '');
  const [analyses, setAnalyses] = useState<Record<TaskforceTheme, string>>(
    report?.analyses ?? { housing_supply: '', support_methods: '', organisation: '', legal_quality: '' },
  );
  const fields = fieldErrorsOf(save.error);
  return (
    <FormModal
      title={t('taskforceReport.edit')}
      error={isConflict(save.error) ? null : save.error}
      submit={{ label: t('taskforceReport.save'), loading: save.isPending }}
      onClose={onClose}
      size="xl"
      onSubmit={submitting(async () => {
        await save.mutateAsync({
          id: answer.courseId,
          body: { version: report?.version ?? null, status, dataPackageId: packageId, summary, analyses },
        });
        notify(t('taskforceReport.saved'));
        onClose();
      })}
    >
      {isConflict(save.error) ? <ConflictNotice error={save.error} onReload={onClose} /> : null}
      <Stack gap={4}>
        <Text size="sm" fw={500} id="report-status-label">
          {t('taskforceReport.statusLabel')}
        </Text>
        <SegmentedControl
          aria-labelledby="report-status-label"
          value={status}
          onChange={(v) => setStatus(v === 'published' ? 'published' : 'draft')}
          data={[
            { value: 'draft', label: t('taskforceReport.status.draft') },
            { value: 'published', label: t('taskforceReport.status.published') },
          ]}
        />
        <Text size="xs" c={fieldError(fields, 'status') ? 'red' : 'dimmed'}>
          {fieldError(fields, 'status') ?? t('taskforceReport.statusHint')}
        </Text>
      </Stack>
      <Select
        label={t('taskforceReport.package')}
        description={t('taskforceReport.packageHint')}
        data={answer.packages.map((p) => ({
          value: p.id,
          label: t('taskforceReport.packageLabel', {
            version: p.version,
            from: formatIsoDate(p.from, locale),
            to: formatIsoDate(p.to, locale),
          }),
        }))}
        value={packageId}
        onChange={setPackageId}
        clearable
        error={fieldError(fields, 'dataPackageId')}
      />
      <LongText
        label={t('taskforceReport.summary')}
        value={summary}
        onChange={(e) => setSummary(e.currentTarget.value)}
        error={fieldError(fields, 'summary')}
      />
      {taskforceThemes.map((theme) => (
        <LongText
          key={theme}
          label={t('taskforceReport.analysisOf', { theme: t(themeLabel(theme)) })}
          value={analyses[theme]}
          onChange={(e) => {
            const text = e.currentTarget.value;
            setAnalyses((a) => ({ ...a, [theme]: text }));
          }}
          error={fieldError(fields, `analyses.${theme}`)}
        />
      ))}
    </FormModal>
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
  const notify = useNotify();
  const save = useSaveTaskforceRecommendation();
  const [theme, setTheme] = useState<TaskforceTheme | null>(recommendation?.theme ?? null);
  const [title, setTitle] = useState(recommendation?.title ?? '');
  const [text, setText] = useState(recommendation?.text ?? '');
  const [measure, setMeasure] = useState<string | null>(recommendation?.evidenceFigure?.measure ?? null);
  const [note, setNote] = useState(recommendation?.evidenceNote ?? '');
  const figures = answer.report?.dataPackage?.figures ?? [];
  const fields = fieldErrorsOf(save.error);
  return (
    <FormModal
      title={recommendation ? t('taskforceReport.editRecommendation') : t('taskforceReport.addRecommendation')}
      error={isConflict(save.error) ? null : save.error}
      submit={{ label: t('taskforceReport.save'), loading: save.isPending }}
      onClose={onClose}
      onSubmit={submitting(async () => {
        const body = {
          theme: theme as TaskforceTheme,
          title,
          text,
          evidenceMeasure: figures.find((f) => f.measure === measure)?.measure ?? null,
          evidenceNote: note,
        };
        await save.mutateAsync(
          recommendation
            ? { id: answer.courseId, recommendationId: recommendation.id, body: { ...body, version: recommendation.version } }
            : { id: answer.courseId, recommendationId: null, body },
        );
        notify(t('taskforceReport.recommendationSaved'));
        onClose();
      })}
    >
      {isConflict(save.error) ? <ConflictNotice error={save.error} onReload={onClose} /> : null}
      <ThemeSelect
        value={theme}
        onChange={(v) => setTheme(taskforceThemes.find((x) => x === v) ?? null)}
        error={fieldError(fields, 'theme')}
      />
      <TextInput
        data-autofocus
        label={t('taskforceReport.recommendationTitle')}
        value={title}
        onChange={(e) => setTitle(e.currentTarget.value)}
        error={fieldError(fields, 'title')}
      />
      <LongText
        label={t('taskforceReport.recommendationText')}
        value={text}
        onChange={(e) => setText(e.currentTarget.value)}
        error={fieldError(fields, 'text')}
      />
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
        value={measure}
        onChange={setMeasure}
        error={fieldError(fields, 'evidenceMeasure')}
      />
      <LongText
        label={t('taskforceReport.evidenceNote')}
        value={note}
        onChange={(e) => setNote(e.currentTarget.value)}
        error={fieldError(fields, 'evidenceNote')}
      />
    </FormModal>
  );
}

function RecommendationView({
  answer,
  recommendation,
  index,
  onEdit,
}: {
  answer: TaskforceReportAnswer;
  recommendation: TaskforceRecommendation;
  index: number;
  onEdit: () => void;
}) {
  const { t, i18n } = useTranslation();
  const notify = useNotify();
  const choose = useChooseTaskforceRecommendation();
  const r = recommendation;
  return (
    <Paper
      withBorder
      p="sm"
      radius="sm"
      component="article"
      aria-labelledby={`recommendation-${r.id}`}
      data-testid="taskforce-recommendation"
    >
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
            {t(themeLabel(r.theme))}
          </Text>
          <Title order={4} size="h6" id={`recommendation-${r.id}`}>
            {index + 1}. {r.title}
          </Title>
        </div>
        <Group gap="xs">
          {r.developmentPointId ? <StatusBadge tone="success">{t('taskforceReport.isPoint')}</StatusBadge> : null}
          {answer.canEdit ? (
            <Button
              size="compact-xs"
              variant="default"
              leftSection={<IconPencil size={12} aria-hidden="true" />}
              onClick={onEdit}
            >
              {t('taskforceReport.editShort')}
            </Button>
          ) : null}
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
      </Group>
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
    </Paper>
  );
}

function ReportView({
  answer,
  report,
  onEdit,
}: {
  answer: TaskforceReportAnswer;
  report: TaskforceReport;
  onEdit: (r: TaskforceRecommendation) => void;
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
            <TableFrame caption={t('taskforceReport.figures')} minWidth={320} testId="report-figures">
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('taskforceReport.figure')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('taskforceReport.value')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {pkg.figures.map((f) => (
                  <Table.Tr key={f.measure}>
                    <Table.Th scope="row" fw={500}>
                      {f.figure} · {f.name}
                    </Table.Th>
                    <Table.Td ta="right">{shownFigure(f, i18n.language)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </TableFrame>
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
                  <TableFrame
                    caption={t('taskforceReport.caseReviewCaption', { count: report.caseReview.reviewedCases })}
                    minWidth={300}
                    testId="report-case-review-results"
                  >
                    <Table.Thead>
                      <Table.Tr>
                        <Table.Th scope="col">{t('taskforceReport.checkpoint')}</Table.Th>
                        <Table.Th scope="col" ta="right">
                          {t('taskforceReport.met')}
                        </Table.Th>
                      </Table.Tr>
                    </Table.Thead>
                    <Table.Tbody>
                      {report.caseReview.checkpoints.map((c) => (
                        <Table.Tr key={c.checkpoint}>
                          <Table.Th scope="row" fw={500}>
                            {t(`taskforceReport.caseReviewCheckpoint.${c.checkpoint}`)}
                            <Text size="xs" c="dimmed">
                              {c.source}
                            </Text>
                          </Table.Th>
                          <Table.Td ta="right">
                            {c.share === null
                              ? (c.hiddenLabel ?? '–')
                              : `${formatNumber(Math.round(c.share * 1000) / 10, locale)} %`}
                          </Table.Td>
                        </Table.Tr>
                      ))}
                    </Table.Tbody>
                  </TableFrame>
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
              <RecommendationView key={r.id} answer={answer} recommendation={r} index={index} onEdit={() => onEdit(r)} />
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
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconPencil size={14} aria-hidden="true" />}
                onClick={() => setEditing({ kind: 'report' })}
              >
                {t('taskforceReport.edit')}
              </Button>
              <Button
                size="compact-sm"
                variant="default"
                leftSection={<IconPlus size={14} aria-hidden="true" />}
                onClick={() => setEditing({ kind: 'recommendation', recommendation: null })}
              >
                {t('taskforceReport.addRecommendation')}
              </Button>
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
            />
          ) : null}
          {answer && editing?.kind === 'report' ? <ReportModal answer={answer} onClose={() => setEditing(null)} /> : null}
          {answer && editing?.kind === 'recommendation' ? (
            <RecommendationModal answer={answer} recommendation={editing.recommendation} onClose={() => setEditing(null)} />
          ) : null}
        </>
      )}
    </TaskforceQuerySection>
  );
}

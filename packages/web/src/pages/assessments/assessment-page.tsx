import { Paper, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@hjemvej/contract';
import { CourseRecordHeader } from '../../course-records/course-record-header';
import { useCourseRecordPage } from '../../course-records/use-course-record-page';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { SectionTitle } from '../../components/section-title';
import { RecordVersions } from '../../course-records/record-versions';
import { AssessmentFormModal } from './assessment-form-modal';
import { useAssessmentVocabulary } from './assessment-vocabulary';
import { assessmentHooks } from './use-assessments';
import { DataTable } from '../../components/data-table';
import '../../course-records/course-records.css';

/** Every VUM area with level of function, support need, goal type and note. */
export function AssessmentAreasTable({ assessment }: { assessment: Assessment }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = formatIsoDate(assessment.assessedOn, locale);
  return (
    <DataTable
      caption={t('assessments.areasCaption', { date })}
      minWidth={640}
      testId="assessment-areas"
      items={assessment.areas}
      rowKey={(area) => area.area}
      columns={[
        { header: t('assessments.areaLabel'), rowHeader: true, cell: (area) => t(`assessments.area.${area.area}`) },
        { header: t('assessments.functionLevelLabel'), cell: (area) => t(`assessments.functionLevel.${area.functionLevel}`) },
        { header: t('assessments.supportNeedLabel'), cell: (area) => t(`assessments.supportNeed.${area.supportNeed}`) },
        {
          header: t('assessments.goalTypeLabel'),
          cell: (area) => (area.goalType ? t(`assessments.goalType.${area.goalType}`) : '–'),
        },
        { header: t('assessments.note'), className: 'course-list-item', cell: (area) => area.note ?? '–' },
      ]}
    />
  );
}

/** One assessment as it is now, its versions (who, when, what) and any two versions compared. */
export function AssessmentPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const page = useCourseRecordPage(assessmentHooks.useRecord, 'assessmentId', useAssessmentVocabulary);
  if (page.fallback) return page.fallback;
  const { data, citizenId: id, name, canWrite, vocabulary, editing, setEditing } = page;
  const date = formatIsoDate(data.assessedOn, locale);
  return (
    <>
      <CourseRecordHeader
        title={t('assessments.pageTitle', { date, name })}
        description={t('assessments.pageDescription', { version: data.version, name: data.updatedBy ?? data.createdBy ?? '–' })}
        citizenId={id}
        citizenName={name}
        edit={canWrite ? { label: t('assessments.edit'), onClick: () => setEditing(true) } : null}
        printable
      />
      <Stack gap="xl">
        <Paper withBorder p="md" radius="md" data-testid="assessment-content">
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            <Fact label={t('assessments.citizenView')}>{data.citizenView ?? '–'}</Fact>
            <Fact label={t('assessments.summary')}>{data.summary ?? '–'}</Fact>
          </SimpleGrid>
        </Paper>
        <section aria-labelledby="assessment-areas-heading">
          <SectionTitle id="assessment-areas-heading">{t('assessments.areasLabel')}</SectionTitle>
          <AssessmentAreasTable assessment={data} />
        </section>
        <RecordVersions path="assessments" id={data.id} idPrefix="assessment" vocabulary={vocabulary} />
      </Stack>
      {editing ? <AssessmentFormModal citizenId={id} record={data} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

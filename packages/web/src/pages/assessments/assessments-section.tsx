import { useState } from 'react';
import { Button, Group, Stack, Table, Text } from '@mantine/core';
import { IconEye, IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import type { Assessment } from '@hjemvej/contract';
import { AppModal } from '../../components/app-modal';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { RowAction } from '../../components/row-action';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../citizens/dates';
import { Fact } from '../citizens/fact';
import { SectionTitle } from '../citizens/section-title';
import { useCanAuthorCourse } from '../plans/course-access';
import { AssessmentFormModal } from './assessment-form-modal';
import { useAssessments } from './use-assessments';

function assessedCount(assessment: Assessment): number {
  return assessment.areas.filter((area) => area.functionLevel !== 'not_assessed' || area.supportNeed !== 'not_assessed').length;
}

/** One assessment in full: every area with level of function, support need, goal type and note. */
function AssessmentViewModal({ assessment, onClose }: { assessment: Assessment; onClose: () => void }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = formatIsoDate(assessment.assessedOn, locale);
  return (
    <AppModal opened onClose={onClose} title={t('assessments.viewTitle', { date })} size="xl">
      <Stack>
        <Fact label={t('assessments.citizenView')}>{assessment.citizenView ?? '–'}</Fact>
        <TableFrame caption={t('assessments.areasCaption', { date })} minWidth={640} testId="assessment-areas">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessments.areaLabel')}</Table.Th>
              <Table.Th scope="col">{t('assessments.functionLevelLabel')}</Table.Th>
              <Table.Th scope="col">{t('assessments.supportNeedLabel')}</Table.Th>
              <Table.Th scope="col">{t('assessments.goalTypeLabel')}</Table.Th>
              <Table.Th scope="col">{t('assessments.note')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {assessment.areas.map((area) => (
              <Table.Tr key={area.area}>
                <Table.Th scope="row" fw={500}>
                  {t(`assessments.area.${area.area}`)}
                </Table.Th>
                <Table.Td>{t(`assessments.functionLevel.${area.functionLevel}`)}</Table.Td>
                <Table.Td>{t(`assessments.supportNeed.${area.supportNeed}`)}</Table.Td>
                <Table.Td>{area.goalType ? t(`assessments.goalType.${area.goalType}`) : '–'}</Table.Td>
                <Table.Td className="course-list-item">{area.note ?? '–'}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
        <Fact label={t('assessments.summary')}>{assessment.summary ?? '–'}</Fact>
        <Text size="sm" c="dimmed">
          {t('assessments.madeBy', { name: assessment.createdBy ?? '–', version: assessment.version })}
        </Text>
      </Stack>
    </AppModal>
  );
}

/** The citizen's VUM 2.0 assessments, newest first, with view, create and edit. */
export function AssessmentsSection({ citizenId }: { citizenId: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const canWrite = useCanAuthorCourse();
  const assessments = useAssessments(citizenId);
  const [editing, setEditing] = useState<string | null>(null); // an assessment id, or 'new'
  const [viewing, setViewing] = useState<string | null>(null);
  const items = assessments.data ?? [];
  const edited = editing === 'new' ? null : (items.find((item) => item.id === editing) ?? null);
  const viewed = items.find((item) => item.id === viewing) ?? null;
  return (
    <section aria-labelledby="assessments-heading" data-testid="assessments-section">
      <SectionTitle
        id="assessments-heading"
        actions={
          canWrite ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setEditing('new')}
            >
              {t('assessments.add')}
            </Button>
          ) : null
        }
      >
        {t('assessments.title')}
      </SectionTitle>
      <ErrorAlert error={assessments.error} />
      {assessments.isPending ? <Loading /> : null}
      {assessments.data ? (
        <TableFrame caption={t('assessments.tableCaption')} minWidth={640} testId="assessments-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('assessments.assessedOn')}</Table.Th>
              <Table.Th scope="col">{t('assessments.areasColumn')}</Table.Th>
              <Table.Th scope="col">{t('assessments.citizenViewColumn')}</Table.Th>
              <Table.Th scope="col">{t('assessments.createdBy')}</Table.Th>
              <Table.Th scope="col">{t('common.actions')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={5}>{t('assessments.empty')}</EmptyRow> : null}
            {items.map((item) => {
              const date = formatIsoDate(item.assessedOn, locale);
              return (
                <Table.Tr key={item.id}>
                  <Table.Th scope="row" fw={500}>
                    {date}
                  </Table.Th>
                  <Table.Td>{t('assessments.areasAssessed', { count: assessedCount(item), total: item.areas.length })}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} className="course-list-item">
                      {item.citizenView ?? '–'}
                    </Text>
                  </Table.Td>
                  <Table.Td>{item.updatedBy ?? item.createdBy ?? '–'}</Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
                      <RowAction
                        label={t('assessments.viewNamed', { date })}
                        icon={<IconEye size={16} aria-hidden="true" />}
                        onClick={() => setViewing(item.id)}
                      />
                      {canWrite ? (
                        <RowAction
                          label={t('assessments.editNamed', { date })}
                          icon={<IconPencil size={16} aria-hidden="true" />}
                          onClick={() => setEditing(item.id)}
                        />
                      ) : null}
                    </Group>
                  </Table.Td>
                </Table.Tr>
              );
            })}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {editing !== null && (editing === 'new' || edited) ? (
        <AssessmentFormModal key={editing} citizenId={citizenId} assessment={edited} onClose={() => setEditing(null)} />
      ) : null}
      {viewed ? <AssessmentViewModal assessment={viewed} onClose={() => setViewing(null)} /> : null}
    </section>
  );
}

import { useState } from 'react';
import { Anchor, Group, Text } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { RecordSection } from '../../components/record-section';
import { RowAction } from '../../components/row-action';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { AssessmentFormModal } from './assessment-form-modal';
import { assessmentHooks } from './use-assessments';

function assessedCount(assessment: Assessment): number {
  return assessment.areas.filter((area) => area.functionLevel !== 'not_assessed' || area.supportNeed !== 'not_assessed').length;
}

/** The citizen's VUM 2.0 assessments, newest first; each opens on its own page with its versions. */
export function AssessmentsSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const assessments = assessmentHooks.useList(citizenId);
  const [editing, setEditing] = useState<string | null>(null); // an assessment id, or 'new'
  const items = assessments.data ?? [];
  const edited = editing === 'new' ? null : (items.find((item) => item.id === editing) ?? null);
  return (
    <RecordSection
      name="assessments"
      title={t('assessments.title')}
      add={canWrite ? { label: t('assessments.add'), onClick: () => setEditing('new') } : null}
      query={assessments}
      dialogs={
        editing !== null && (editing === 'new' || edited) ? (
          <AssessmentFormModal key={editing} citizenId={citizenId} record={edited} onClose={() => setEditing(null)} />
        ) : null
      }
    >
      {(list) => (
        <DataTable<Assessment>
          caption={t('assessments.tableCaption')}
          minWidth={640}
          testId="assessments-table"
          items={list}
          rowKey={(item) => item.id}
          empty={t('assessments.empty')}
          columns={[
            {
              header: t('assessments.assessedOn'),
              rowHeader: true,
              cell: (item) => (
                <Anchor component={Link} to={`/citizens/${citizenId}/assessments/${item.id}`}>
                  {t('assessments.linkName', { date: formatIsoDate(item.assessedOn, locale) })}
                </Anchor>
              ),
            },
            {
              header: t('assessments.areasColumn'),
              cell: (item) => t('assessments.areasAssessed', { count: assessedCount(item), total: item.areas.length }),
            },
            {
              header: t('assessments.citizenViewColumn'),
              cell: (item) => (
                <Text size="sm" lineClamp={2} className="course-list-item">
                  {item.citizenView ?? '–'}
                </Text>
              ),
            },
            {
              header: t('plans.versionColumn'),
              cell: (item) => t('plans.versionBy', { version: item.version, name: item.updatedBy ?? item.createdBy ?? '–' }),
            },
            {
              header: t('common.actions'),
              cell: (item) => (
                <Group gap={4} wrap="nowrap">
                  {canWrite ? (
                    <RowAction
                      label={t('assessments.editNamed', { date: formatIsoDate(item.assessedOn, locale) })}
                      icon={<IconPencil size={16} aria-hidden="true" />}
                      onClick={() => setEditing(item.id)}
                    />
                  ) : null}
                </Group>
              ),
            },
          ]}
        />
      )}
    </RecordSection>
  );
}

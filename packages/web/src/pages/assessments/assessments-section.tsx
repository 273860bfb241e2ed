import { useState } from 'react';
import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Assessment } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { RowAction } from '../../components/row-action';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { SectionTitle } from '../../components/section-title';
import { AssessmentFormModal } from './assessment-form-modal';
import { useAssessments } from './use-assessments';

function assessedCount(assessment: Assessment): number {
  return assessment.areas.filter((area) => area.functionLevel !== 'not_assessed' || area.supportNeed !== 'not_assessed').length;
}

/** The citizen's VUM 2.0 assessments, newest first; each opens on its own page with its versions. */
export function AssessmentsSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const assessments = useAssessments(citizenId);
  const [editing, setEditing] = useState<string | null>(null); // an assessment id, or 'new'
  const items = assessments.data ?? [];
  const edited = editing === 'new' ? null : (items.find((item) => item.id === editing) ?? null);
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
              <Table.Th scope="col">{t('plans.versionColumn')}</Table.Th>
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
                    <Anchor component={Link} to={`/citizens/${citizenId}/assessments/${item.id}`}>
                      {t('assessments.linkName', { date })}
                    </Anchor>
                  </Table.Th>
                  <Table.Td>{t('assessments.areasAssessed', { count: assessedCount(item), total: item.areas.length })}</Table.Td>
                  <Table.Td>
                    <Text size="sm" lineClamp={2} className="course-list-item">
                      {item.citizenView ?? '–'}
                    </Text>
                  </Table.Td>
                  <Table.Td>
                    {t('plans.versionBy', { version: item.version, name: item.updatedBy ?? item.createdBy ?? '–' })}
                  </Table.Td>
                  <Table.Td>
                    <Group gap={4} wrap="nowrap">
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
    </section>
  );
}

import { List, Paper, SimpleGrid, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Plan } from '@hjemvej/contract';
import { CourseRecordHeader } from '../../course-records/course-record-header';
import { useCourseRecordPage } from '../../course-records/use-course-record-page';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { Fact } from '../../components/fact';
import { lifeAreas } from '../../course-records/course-options';
import { PlanFormModal } from './plan-form-modal';
import { usePlanVocabulary } from './plan-vocabulary';
import { RecordVersions } from '../../course-records/record-versions';
import { planHooks } from './use-plans';
import { DataTable } from '../../components/data-table';
import { EmptyText } from '../../components/empty-text';
import '../../course-records/course-records.css';
import { TitledSection } from '../../components/titled-section';

function PlanContentView({ plan }: { plan: Plan }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  return (
    <Stack gap="lg">
      <Paper withBorder p="md" radius="md">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="md">
          <Fact label={t('plans.kindLabel')}>{t(`plans.kind.${plan.kind}`)}</Fact>
          <Fact label={t('plans.field.madeOn')}>{date(plan.madeOn)}</Fact>
          <Fact label={t('plans.field.endedOn')}>{date(plan.endedOn)}</Fact>
          <Fact label={t('plans.nextFollowUp')}>{date(plan.nextFollowUpOn)}</Fact>
        </SimpleGrid>
        <Stack mt="md">
          <Fact label={t('plans.field.citizenWishes')}>{plan.citizenWishes ?? '–'}</Fact>
        </Stack>
      </Paper>
      <TitledSection id="plan-goals-heading" title={t('plans.goalsByArea')}>
        <DataTable
          caption={t('plans.goalsByArea')}
          minWidth={560}
          testId="plan-goals"
          items={[...plan.goals]
            .sort((a, b) => lifeAreas.indexOf(a.lifeArea) - lifeAreas.indexOf(b.lifeArea))
            .map((goal, index) => ({ ...goal, key: `${goal.lifeArea}-${index}` }))}
          rowKey={(goal) => goal.key}
          empty={t('plans.noGoals')}
          columns={[
            { header: t('plans.field.lifeArea'), rowHeader: true, cell: (goal) => t(`plans.lifeArea.${goal.lifeArea}`) },
            { header: t('plans.field.goal'), className: 'course-list-item', cell: (goal) => goal.goal },
            { header: t('plans.field.note'), className: 'course-list-item', cell: (goal) => goal.note ?? '–' },
          ]}
        />
      </TitledSection>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <TitledSection id="plan-responsible-heading" title={t('plans.field.responsible')}>
          {plan.responsible.length === 0 ? (
            <EmptyText>{t('plans.noResponsible')}</EmptyText>
          ) : (
            <List spacing="xs">
              {plan.responsible.map((person, index) => (
                <List.Item key={index} className="course-list-item">
                  {[person.name, person.unit, person.task].filter(Boolean).join(' · ')}
                </List.Item>
              ))}
            </List>
          )}
        </TitledSection>
        <TitledSection id="plan-follow-ups-heading" title={t('plans.field.followUps')}>
          {plan.followUps.length === 0 ? (
            <EmptyText>{t('plans.noFollowUps')}</EmptyText>
          ) : (
            <List spacing="xs">
              {plan.followUps.map((followUp, index) => (
                <List.Item key={index} className="course-list-item">
                  {followUp.doneOn
                    ? t('plans.followUpDone', { due: date(followUp.dueOn), done: date(followUp.doneOn) })
                    : t('plans.followUpDue', { due: date(followUp.dueOn) })}
                  {followUp.note ? ` – ${followUp.note}` : ''}
                </List.Item>
              ))}
            </List>
          )}
        </TitledSection>
      </SimpleGrid>
    </Stack>
  );
}

/** One plan as it is now, its versions (who, when, what) and any two versions compared. */
export function PlanPage() {
  const { t } = useTranslation();
  const page = useCourseRecordPage(planHooks.useRecord, 'planId', usePlanVocabulary);
  if (page.fallback) return page.fallback;
  const { data, citizenId: id, name, canWrite, vocabulary, editing, setEditing } = page;
  return (
    <>
      <CourseRecordHeader
        title={t('plans.pageTitle', { kind: t(`plans.kind.${data.kind}`), name })}
        description={t('plans.pageDescription', { version: data.version, name: data.updatedBy ?? data.createdBy ?? '–' })}
        citizenId={id}
        citizenName={name}
        printable
        edit={canWrite ? { label: t('plans.edit'), onClick: () => setEditing(true) } : null}
      />
      <Stack gap="xl">
        <PlanContentView plan={data} />
        <div className="print-hidden">
          <RecordVersions path="plans" id={data.id} idPrefix="plan" vocabulary={vocabulary} />
        </div>
      </Stack>
      {editing ? <PlanFormModal citizenId={id} record={data} defaultKind={data.kind} onClose={() => setEditing(false)} /> : null}
    </>
  );
}

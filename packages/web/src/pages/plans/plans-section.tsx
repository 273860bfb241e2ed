import { useState } from 'react';
import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { RecordSection } from '../../components/record-section';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { useShelterStays } from '../shelter-stays/use-shelter-stays';
import { PlanFormModal } from './plan-form-modal';
import { planHooks } from './use-plans';

/** The citizen's § 141/§ 142 plans, newest first; each opens on its own page with its versions. */
export function PlansSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const plans = planHooks.useList(citizenId);
  const stays = useShelterStays(citizenId);
  const [creating, setCreating] = useState(false);
  const atShelter = (stays.data ?? []).some((stay) => stay.dischargedOn === null);
  return (
    <RecordSection
      name="plans"
      title={t('plans.title')}
      add={canWrite ? { label: t('plans.add'), onClick: () => setCreating(true) } : null}
      query={plans}
      dialogs={
        creating ? (
          <PlanFormModal
            citizenId={citizenId}
            record={null}
            defaultKind={atShelter ? '142' : '141'}
            onClose={() => setCreating(false)}
          />
        ) : null
      }
    >
      {(items) => (
        <DataTable<Plan>
          caption={t('plans.tableCaption')}
          minWidth={640}
          testId="plans-table"
          items={items}
          rowKey={(plan) => plan.id}
          empty={t('plans.empty')}
          columns={[
            {
              header: t('plans.kindLabel'),
              rowHeader: true,
              cell: (plan) => (
                <>
                  <Anchor component={Link} to={`/citizens/${citizenId}/plans/${plan.id}`}>
                    {t('plans.linkName', { kind: t(`plans.kind.${plan.kind}`), date: formatIsoDate(plan.madeOn, locale) })}
                  </Anchor>
                  {plan.endedOn ? (
                    <Text size="xs" c="dimmed">
                      {t('plans.endedOnShort', { date: formatIsoDate(plan.endedOn, locale) })}
                    </Text>
                  ) : null}
                </>
              ),
            },
            { header: t('plans.field.madeOn'), cell: (plan) => formatIsoDate(plan.madeOn, locale) },
            {
              header: t('plans.goalsColumn'),
              cell: (plan) => (
                <Text size="sm" lineClamp={2} className="course-list-item">
                  {plan.goals.length === 0
                    ? '–'
                    : [...new Set(plan.goals.map((goal) => t(`plans.lifeArea.${goal.lifeArea}`)))].join(', ')}
                </Text>
              ),
            },
            {
              header: t('plans.nextFollowUp'),
              cell: (plan) => (plan.nextFollowUpOn ? formatIsoDate(plan.nextFollowUpOn, locale) : '–'),
            },
            {
              header: t('plans.versionColumn'),
              cell: (plan) => t('plans.versionBy', { version: plan.version, name: plan.updatedBy ?? plan.createdBy ?? '–' }),
            },
          ]}
        />
      )}
    </RecordSection>
  );
}

import { useState } from 'react';
import { Anchor, Button, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { formatIsoDate } from '../../format/date';
import { SectionTitle } from '../../components/section-title';
import { useStays } from '../shelter-stays/use-stays';
import { PlanFormModal } from './plan-form-modal';
import { usePlans } from './use-plans';

/** The citizen's § 141/§ 142 plans, newest first; each opens on its own page with its versions. */
export function PlansSection({ citizenId, canWrite }: { citizenId: string; canWrite: boolean }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const plans = usePlans(citizenId);
  const stays = useStays(citizenId);
  const [creating, setCreating] = useState(false);
  const atShelter = (stays.data ?? []).some((stay) => stay.dischargedOn === null);
  const items = plans.data ?? [];
  return (
    <section aria-labelledby="plans-heading" data-testid="plans-section">
      <SectionTitle
        id="plans-heading"
        actions={
          canWrite ? (
            <Button
              size="sm"
              variant="default"
              leftSection={<IconPlus size={16} aria-hidden="true" />}
              onClick={() => setCreating(true)}
            >
              {t('plans.add')}
            </Button>
          ) : null
        }
      >
        {t('plans.title')}
      </SectionTitle>
      <ErrorAlert error={plans.error} />
      {plans.isPending ? <Loading /> : null}
      {plans.data ? (
        <TableFrame caption={t('plans.tableCaption')} minWidth={640} testId="plans-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('plans.kindLabel')}</Table.Th>
              <Table.Th scope="col">{t('plans.field.madeOn')}</Table.Th>
              <Table.Th scope="col">{t('plans.goalsColumn')}</Table.Th>
              <Table.Th scope="col">{t('plans.nextFollowUp')}</Table.Th>
              <Table.Th scope="col">{t('plans.versionColumn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={5}>{t('plans.empty')}</EmptyRow> : null}
            {items.map((plan) => (
              <Table.Tr key={plan.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/citizens/${citizenId}/plans/${plan.id}`}>
                    {t('plans.linkName', { kind: t(`plans.kind.${plan.kind}`), date: formatIsoDate(plan.madeOn, locale) })}
                  </Anchor>
                  {plan.endedOn ? (
                    <Text size="xs" c="dimmed">
                      {t('plans.endedOnShort', { date: formatIsoDate(plan.endedOn, locale) })}
                    </Text>
                  ) : null}
                </Table.Th>
                <Table.Td>{formatIsoDate(plan.madeOn, locale)}</Table.Td>
                <Table.Td>
                  <Text size="sm" lineClamp={2} className="course-list-item">
                    {plan.goals.length === 0
                      ? '–'
                      : [...new Set(plan.goals.map((goal) => t(`plans.lifeArea.${goal.lifeArea}`)))].join(', ')}
                  </Text>
                </Table.Td>
                <Table.Td>{plan.nextFollowUpOn ? formatIsoDate(plan.nextFollowUpOn, locale) : '–'}</Table.Td>
                <Table.Td>
                  {t('plans.versionBy', { version: plan.version, name: plan.updatedBy ?? plan.createdBy ?? '–' })}
                </Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {creating ? (
        <PlanFormModal
          citizenId={citizenId}
          plan={null}
          defaultKind={atShelter ? '142' : '141'}
          onClose={() => setCreating(false)}
        />
      ) : null}
    </section>
  );
}

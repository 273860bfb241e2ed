import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { flowcardsRoutes, type FlowcardLane } from '@hjemvej/contract';
import { call } from '../../api/client';
import { flowcardsQueryKey } from '../flowcards/use-flowcards';
import { StartQueryBlock } from './start-block';
import { PlainList } from '../../components/plain-list';

/** A partner's start page: the municipalities' flowcards with a step in the partner's units, and those steps. */
export function LanesBlock() {
  const { t } = useTranslation();
  const lanes = useQuery({
    queryKey: [...flowcardsQueryKey, 'lanes'],
    queryFn: async ({ signal }) => (await call(flowcardsRoutes.lanes, { signal })).items,
  });
  return (
    <StartQueryBlock id="start-lanes" title={t('home.lanes.title')} link={null} query={lanes}>
      {(items) => <LaneList lanes={items} />}
    </StartQueryBlock>
  );
}

function LaneList({ lanes }: { lanes: FlowcardLane[] }) {
  const { t } = useTranslation();
  if (lanes.length === 0) return <Text>{t('home.lanes.none')}</Text>;
  return (
    <PlainList gap="sm">
      {lanes.map((lane) => (
        <li key={lane.id} data-testid="start-lane">
          <Text fw={600} size="sm">
            {t('home.lanes.card', { name: lane.name, organisation: lane.organisationName })}
          </Text>
          {lane.steps.map((step) => (
            <Text key={step.key} size="sm" c="dimmed">
              {t('home.lanes.step', {
                position: step.position,
                total: lane.stepCount,
                title: step.title,
                unit: step.unitName,
                days: step.deadlineWorkingDays,
              })}
            </Text>
          ))}
        </li>
      ))}
    </PlainList>
  );
}

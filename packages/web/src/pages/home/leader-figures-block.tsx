import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { keyFiguresRoutes, type KeyFigures } from '@hjemvej/contract';
import { call } from '../../api/client';
import { useSession } from '../../auth/session';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { todayInDenmark, yearBefore } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { useAgreements } from '../agreements/use-agreements';
import { useOversight } from '../tasks/use-tasks';
import { StartBlock } from './start-block';
import { leaderFigures, monthStart, type LeaderFigure } from './leader-figures';
import { useCitizensNeedingAttention } from './use-home';
import { plainListStyle } from '../../components/plain-list';

const leadTimeOf = (figures: KeyFigures | undefined) => figures?.measures.find((measure) => measure.id === 'k1_lead_time');

/** K1 over a period, as the dashboard computes it (the same route, so the numbers agree). */
function useLeadTime(from: string, to: string, enabled: boolean) {
  return useQuery({
    queryKey: ['key-figures', 'start-page', from, to],
    queryFn: ({ signal }) => call(keyFiguresRoutes.read, { query: { from, to, referenceDate: to }, signal }),
    enabled,
  });
}

/**
 * The leader's few figures: homeless now, housed this month, lead time, overdue tasks and
 * agreements to revisit, each opening onto its page. A figure whose page the leader may not open
 * is left out, so a shelter leader without the by-name list still gets the rest.
 */
export function LeaderFiguresBlock() {
  const { t } = useTranslation();
  const { can } = useSession();
  const today = todayInDenmark();
  const statistics = can('statistics.municipal');
  const byName = useCitizensNeedingAttention(can('citizens.read'));
  const month = useLeadTime(monthStart(today), today, statistics);
  const year = useLeadTime(yearBefore(today), today, statistics);
  const oversight = useOversight();
  const agreements = useAgreements();
  const queries = [byName, month, year, oversight, agreements].filter((query) => query.fetchStatus !== 'idle' || query.data);
  const figures = leaderFigures({
    byNameTotal: can('citizens.read') ? byName.data?.total : undefined,
    monthLeadTime: leadTimeOf(month.data),
    yearLeadTime: leadTimeOf(year.data),
    overdueTasks: oversight.data?.units.reduce((sum, unit) => sum + unit.overdue, 0),
    agreements: agreements.data?.items,
  });
  return (
    <StartBlock
      id="start-oversight"
      title={t('home.oversight.title')}
      link={{ to: '/oversight', label: t('home.oversight.open') }}
    >
      {queries.map((query, index) => (
        <ErrorAlert key={index} error={query.error} />
      ))}
      {figures.length === 0 && queries.some((query) => query.isPending) ? <Loading /> : null}
      <SimpleGrid
        component="ul"
        cols={{ base: 1, xs: 2, xl: 3 }}
        spacing="sm"
        style={plainListStyle}
        data-testid="start-leader-figures"
      >
        {figures.map((figure) => (
          <li key={figure.key}>
            <FigureTile figure={figure} />
          </li>
        ))}
      </SimpleGrid>
    </StartBlock>
  );
}

function FigureTile({ figure }: { figure: LeaderFigure }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const value = figure.value === null ? '–' : formatNumber(figure.value, locale);
  return (
    <Paper
      component={Link}
      to={figure.path}
      withBorder
      p="sm"
      radius="md"
      h="100%"
      display="block"
      data-testid={`leader-figure-${figure.key}`}
      style={{ textDecoration: 'none', color: 'inherit' }}
    >
      <Text fz={26} fw={700} lh={1.1}>
        {figure.key === 'leadTime' && figure.value !== null ? t('home.figures.days', { value }) : value}
      </Text>
      <Text size="sm" mt={2}>
        {t(`home.figures.${figure.key}`)}
      </Text>
      {figure.key === 'leadTime' ? (
        <Text size="xs" c="dimmed">
          {t('home.figures.leadTimeWindow')}
        </Text>
      ) : null}
    </Paper>
  );
}

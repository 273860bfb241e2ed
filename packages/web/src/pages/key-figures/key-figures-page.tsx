import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  defaultKeyFigurePeriod,
  type KeyFigureCitizensQuery,
  type KeyFigureDefinitionOutput,
  type KeyFigures,
  type MeasureFigure,
  type MeasureSummaryOutput,
} from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { TableFrame } from '../../components/table-frame';
import { formatIsoDate, todayInDenmark } from '../../format/date';
import { CitizensBehind } from './citizens-behind';
import { FigureChart, type ChartRow } from './figure-charts';
import { ComputedNote, DefinitionDetails, formatHeadline, quarterLabel, useGroupLabel } from './figure-format';
import { useKeyFigureCitizens, useKeyFigures } from './use-key-figures';
import './key-figures.css';
import { DateField } from '../../components/date-field';
import { TaskforceGoalsCard } from '../taskforce/taskforce-goals-card';
import { useSession } from '../../auth/session';
import { FidelityFigures } from '../fidelity/fidelity-page';
import { useFidelity } from '../fidelity/use-fidelity';

type Part = KeyFigureCitizensQuery['part'];
const breakdownOptions = ['method', 'unit', 'age_band', 'sex'] as const;

interface Behind {
  readonly measure: string;
  readonly part: Part;
  readonly window?: string;
  readonly group?: string;
  readonly title: string;
}

function MeasureTile({
  measure,
  selected,
  onSelect,
  onOpen,
}: {
  measure: MeasureFigure;
  selected: boolean;
  onSelect: () => void;
  onOpen: (part: Part) => void;
}) {
  const { t, i18n } = useTranslation();
  const s = measure.period;
  return (
    <div className="measure" data-selected={selected || undefined}>
      <Button
        variant={selected ? 'light' : 'subtle'}
        size="compact-sm"
        onClick={onSelect}
        aria-pressed={selected}
        className="measure-name"
      >
        {measure.name}
      </Button>
      <Text size="xl" fw={700} data-testid={`headline-${measure.id}`}>
        {formatHeadline(measure.display, s, i18n.language)}
      </Text>
      <Group gap="xs">
        {measure.display === 'share' ? (
          <>
            <Anchor component="button" type="button" size="sm" onClick={() => onOpen('numerator')}>
              {t('keyFigures.numeratorCount', { count: s.numerator })}
            </Anchor>
            <Anchor component="button" type="button" size="sm" onClick={() => onOpen('denominator')}>
              {t('keyFigures.denominatorCount', { count: s.denominator })}
            </Anchor>
          </>
        ) : (
          <Anchor component="button" type="button" size="sm" onClick={() => onOpen('denominator')}>
            {t('keyFigures.rowCount', { count: s.denominator })}
          </Anchor>
        )}
        {s.unknown > 0 ? (
          <Anchor component="button" type="button" size="sm" onClick={() => onOpen('unknown')}>
            {t('keyFigures.unknownCount', { count: s.unknown })}
          </Anchor>
        ) : null}
        {s.excluded > 0 ? (
          <Anchor component="button" type="button" size="sm" onClick={() => onOpen('excluded')}>
            {t('keyFigures.excludedCount', { count: s.excluded })}
          </Anchor>
        ) : null}
      </Group>
    </div>
  );
}

function FigureCard({
  definition,
  measures,
  selected,
  onSelect,
  onOpen,
}: {
  definition: KeyFigureDefinitionOutput;
  measures: readonly MeasureFigure[];
  selected: string | null;
  onSelect: (id: string) => void;
  onOpen: (measure: MeasureFigure, part: Part) => void;
}) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`figure-${definition.id}`}>
      <Group gap="xs" mb="xs" wrap="nowrap" align="flex-start">
        {/* Never squeezed by a long name: "K1", not "K." */}
        <Badge variant="light" color="gray" style={{ flexShrink: 0 }}>
          {definition.id}
        </Badge>
        <Title order={2} size="h5" id={`figure-${definition.id}`}>
          {definition.name}
        </Title>
      </Group>
      {definition.notComputedReason ? (
        <Text size="sm" c="dimmed">
          {t('keyFigures.notComputed')} {definition.notComputedReason}
        </Text>
      ) : definition.id === 'K14' ? (
        <Text size="sm">
          {definition.explanationDa}{' '}
          <Anchor href="#fidelity-heading" size="sm">
            {t('fidelity.dashboardTitle')}
          </Anchor>
        </Text>
      ) : (
        <Stack gap="sm">
          {measures.map((m) => (
            <MeasureTile
              key={m.id}
              measure={m}
              selected={selected === m.id}
              onSelect={() => onSelect(m.id)}
              onOpen={(part) => onOpen(m, part)}
            />
          ))}
          {measures.some((m) => m.evictionWarnings !== null) ? (
            <Text size="sm" c="dimmed">
              {t('keyFigures.evictionRisk', {
                count: Math.max(...measures.map((m) => m.evictionWarnings ?? 0)),
              })}
            </Text>
          ) : null}
        </Stack>
      )}
    </Paper>
  );
}

function chartValue(display: MeasureFigure['display'], s: MeasureSummaryOutput): number | null {
  if (display === 'share') return s.share === null ? null : Math.round(s.share * 1000) / 10;
  if (display === 'days') return s.median;
  return s.numerator;
}

function MeasureDetail({
  measure,
  definition,
  breakdown,
  onOpen,
}: {
  measure: MeasureFigure;
  definition: KeyFigureDefinitionOutput | undefined;
  breakdown: string;
  onOpen: (behind: Omit<Behind, 'measure'>) => void;
}) {
  const { t, i18n } = useTranslation();
  const groupLabel = useGroupLabel(breakdown);
  const unit = measure.display === 'share' ? ' %' : measure.display === 'days' ? ` ${t('keyFigures.daysUnit')}` : '';
  const valueLabel = t(`keyFigures.value.${measure.display}`);
  const part: Part = measure.display === 'share' ? 'numerator' : 'denominator';
  const detail = (s: MeasureSummaryOutput) =>
    measure.display === 'share'
      ? t('keyFigures.ofCount', { numerator: s.numerator, denominator: s.denominator })
      : t('keyFigures.rowCount', { count: s.denominator });
  const trendRows: ChartRow[] = measure.trend.map((q) => ({
    key: q.window,
    label: quarterLabel(q.window, t),
    value: chartValue(measure.display, q.summary),
    shown: formatHeadline(measure.display, q.summary, i18n.language),
    detail: detail(q.summary),
    onOpen: () => onOpen({ part, window: q.window, title: `${measure.name} · ${quarterLabel(q.window, t)}` }),
  }));
  const groupRows: ChartRow[] = measure.groups.map((g) => ({
    key: g.key,
    label: groupLabel(g.key, g.label),
    value: chartValue(measure.display, g.summary),
    shown: formatHeadline(measure.display, g.summary, i18n.language),
    detail: detail(g.summary),
    onOpen: () => onOpen({ part, group: g.key, title: `${measure.name} · ${groupLabel(g.key, g.label)}` }),
  }));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby="measure-detail" data-testid="measure-detail">
      <Title order={2} size="h4" id="measure-detail" mb="sm">
        {measure.name}
      </Title>
      <SimpleGrid cols={{ base: 1, lg: 2 }} mb="md">
        <FigureChart
          id="trend-chart"
          title={t('keyFigures.trendTitle')}
          valueLabel={valueLabel}
          rows={trendRows}
          unit={unit}
          kind="line"
        />
        <FigureChart
          id="group-chart"
          title={t('keyFigures.groupTitle', { breakdown: t(`keyFigures.breakdown.${breakdown}`) })}
          valueLabel={valueLabel}
          rows={groupRows}
          unit={unit}
          kind="bar"
        />
      </SimpleGrid>
      {measure.evictionWarnings !== null ? (
        <Text size="sm" data-testid="eviction-risk">
          {t('keyFigures.evictionRisk', { count: measure.evictionWarnings })}
        </Text>
      ) : null}
      {measure.bands ? (
        <TableFrame caption={t('keyFigures.bandsTitle')} minWidth={280} testId="bands-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('keyFigures.band')}</Table.Th>
              <Table.Th scope="col">{t('keyFigures.count')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {measure.bands.map((b) => (
              <Table.Tr key={b.key}>
                <Table.Th scope="row">
                  {t('keyFigures.bandDays', { band: b.key.replace('_plus', '+').replace('_', '–') })}
                </Table.Th>
                <Table.Td>{b.count}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      ) : null}
      {definition ? <DefinitionDetails definition={definition} /> : null}
    </Paper>
  );
}

/** The housing offers' steps inside the wait for a home (K1): how long each step took, in days. */
function OfferStepsTable({ steps }: { steps: KeyFigures['offerSteps'] }) {
  const { t, i18n } = useTranslation();
  const days = (n: number) =>
    t('keyFigures.offerSteps.days', {
      value: n.toLocaleString(i18n.language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }),
    });
  return (
    <section aria-labelledby="offer-steps-heading" data-testid="offer-steps">
      <Title order={2} size="h4" id="offer-steps-heading" mb="xs">
        {t('keyFigures.offerSteps.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="xs">
        {t('keyFigures.offerSteps.lead')}
      </Text>
      <TableFrame caption={t('keyFigures.offerSteps.title')} minWidth={480}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('keyFigures.offerSteps.step')}</Table.Th>
            <Table.Th scope="col">{t('keyFigures.offerSteps.count')}</Table.Th>
            <Table.Th scope="col">{t('keyFigures.offerSteps.open')}</Table.Th>
            <Table.Th scope="col">{t('keyFigures.offerSteps.median')}</Table.Th>
            <Table.Th scope="col">{t('keyFigures.offerSteps.mean')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {steps.length === 0 ? <EmptyRow colSpan={5}>{t('keyFigures.offerSteps.empty')}</EmptyRow> : null}
          {steps.map((s) => (
            <Table.Tr key={s.step}>
              <Table.Th scope="row">{t(`keyFigures.offerSteps.name.${s.step}`)}</Table.Th>
              <Table.Td>{s.count}</Table.Td>
              <Table.Td>{s.openCount}</Table.Td>
              <Table.Td>{days(s.medianDays)}</Table.Td>
              <Table.Td>{days(s.meanDays)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
    </section>
  );
}

/** K14 on the dashboard: every support team's latest fidelity measurement on the reference date (municipalities only). */
function FidelitySection({ referenceDate }: { referenceDate: string }) {
  const { t } = useTranslation();
  const fidelity = useFidelity({ referenceDate });
  return (
    <section aria-labelledby="fidelity-heading" data-testid="dashboard-fidelity">
      <Group justify="space-between" mb="sm">
        <Title order={2} size="h4" id="fidelity-heading">
          {t('fidelity.dashboardTitle')}
        </Title>
        <Anchor component={Link} to="/fidelity" size="sm">
          {t('fidelity.dashboardLink')}
        </Anchor>
      </Group>
      <ErrorAlert error={fidelity.error} />
      {fidelity.data ? <FidelityFigures overview={fidelity.data} /> : null}
    </section>
  );
}

/** The municipality's (or shelter's) key figures: period, trend, one breakdown, and the people behind every figure. */
export function KeyFiguresPage() {
  const { t, i18n } = useTranslation();
  const { user } = useSession();
  const today = todayInDenmark();
  // The default period is the one the server keeps rolled up (the year to today).
  const [from, setFrom] = useState(defaultKeyFigurePeriod(today).from);
  const [to, setTo] = useState(today);
  const [referenceDate, setReferenceDate] = useState(today);
  const [breakdown, setBreakdown] = useState<string>('method');
  const [selected, setSelected] = useState<string | null>(null);
  const [behind, setBehind] = useState<Behind | null>(null);
  const query = { from, to, referenceDate, breakdown };
  const figures = useKeyFigures(query);
  const citizensQuery: KeyFigureCitizensQuery | null = behind
    ? {
        ...query,
        measure: behind.measure,
        part: behind.part,
        window: behind.window,
        group: behind.group,
        breakdown: behind.group === undefined ? undefined : breakdown,
      }
    : null;
  const people = useKeyFigureCitizens(citizensQuery);
  const data = figures.data;
  const chosen = data?.measures.find((m) => m.id === selected) ?? data?.measures[0];
  const open = (b: Behind) => {
    setBehind(b);
    window.setTimeout(() => document.getElementById('behind-heading')?.focus(), 0);
  };
  const reset = () => setBehind(null);
  return (
    <>
      <PageHeader title={t('keyFigures.title')} description={t('keyFigures.lead')} />
      <Group align="flex-end" mb="lg" wrap="wrap">
        <DateField label={t('keyFigures.from')} value={from} onChange={(value) => (setFrom(value), reset())} />
        <DateField label={t('keyFigures.to')} value={to} onChange={(value) => (setTo(value), reset())} />
        <DateField
          label={t('keyFigures.referenceDate')}
          value={referenceDate}
          onChange={(value) => (setReferenceDate(value), reset())}
        />
        <Select
          label={t('keyFigures.breakdownLabel')}
          data={breakdownOptions.map((b) => ({ value: b, label: t(`keyFigures.breakdown.${b}`) }))}
          value={breakdown}
          allowDeselect={false}
          onChange={(value) => (setBreakdown(value ?? 'method'), reset())}
        />
      </Group>
      <ErrorAlert error={figures.error} />
      {figures.isPending ? <Loading /> : null}
      {data ? (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('keyFigures.readingHelp', {
              organisation: data.organisationName,
              from: formatIsoDate(data.from, i18n.language === 'en' ? 'en' : 'da'),
              to: formatIsoDate(data.to, i18n.language === 'en' ? 'en' : 'da'),
            })}{' '}
            <Anchor component={Link} to="/time-report" underline="always">
              {t('keyFigures.timeReportLink')}
            </Anchor>
          </Text>
          <ComputedNote computed={data.computed} />
          <TaskforceGoalsCard />
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }}>
            {data.definitions.map((d) => (
              <FigureCard
                key={d.id}
                definition={d}
                measures={data.measures.filter((m) => m.figure === d.id)}
                selected={chosen?.id ?? null}
                onSelect={(id) => {
                  setSelected(id);
                  window.setTimeout(() => document.getElementById('measure-detail')?.scrollIntoView({ block: 'start' }), 0);
                }}
                onOpen={(m, part) => open({ measure: m.id, part, title: `${m.name} · ${t(`keyFigures.part.${part}`)}` })}
              />
            ))}
          </SimpleGrid>
          {data.definitions.some((d) => d.id === 'K1') ? <OfferStepsTable steps={data.offerSteps} /> : null}
          {user?.organisation.kind === 'municipality' ? <FidelitySection referenceDate={referenceDate} /> : null}
          {chosen ? (
            <MeasureDetail
              measure={chosen}
              definition={data.definitions.find((d) => d.id === chosen.figure)}
              breakdown={data.breakdown}
              onOpen={(b) => open({ ...b, measure: chosen.id })}
            />
          ) : null}
          {behind ? (
            <CitizensBehind
              title={t('keyFigures.behindTitle', { label: behind.title })}
              query={people}
              focusable
              note={(data) =>
                data.outsideScope > 0 ? (
                  <Text size="sm" c="dimmed" mb="xs">
                    {t('keyFigures.outsideScope', { count: data.outsideScope })}
                  </Text>
                ) : null
              }
              citizenHeader={t('keyFigures.citizen')}
              columns={[
                {
                  header: t('keyFigures.anchorOn'),
                  cell: (item) => formatIsoDate(item.anchorOn, i18n.language === 'en' ? 'en' : 'da'),
                },
                { header: t('keyFigures.valueColumn'), cell: (item) => item.value ?? '–' },
              ]}
              empty={t('keyFigures.noCitizens')}
            />
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}

import { useState } from 'react';
import { Group, Select, Stack, Table, Text, UnstyledButton } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { defaultKeyFigurePeriod, type NationalFigures, type PublishedCount, type PublishedFigure } from '@hjemvej/contract';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { TableFrame } from '../../components/table-frame';
import { todayInDenmark } from '../../format/date';
import { FigureChart, type ChartRow } from './figure-charts';
import { ComputedNote, DefinitionDetails, quarterLabel } from './figure-format';
import { NationalFidelity } from './national-fidelity';
import { useNationalFigures } from './use-key-figures';
import './key-figures.css';
import { DateField } from '../../components/date-field';

type Municipality = NationalFigures['municipalities'][number];
type SortKey = 'name' | 'value' | 'denominator';

const count = (c: PublishedCount) => (c.kind === 'value' ? String(c.value) : c.label);
const countValue = (c: PublishedCount) => (c.kind === 'value' ? c.value : -1);

function figureValue(display: string, f: PublishedFigure | undefined): number | null {
  if (!f) return null;
  if (display === 'share') return f.share === null ? null : Math.round(f.share * 1000) / 10;
  if (display === 'days') return f.median;
  return f.numerator.kind === 'value' ? f.numerator.value : null;
}

function shownValue(display: string, f: PublishedFigure | undefined, language: string): string {
  if (!f) return '–';
  const v = figureValue(display, f);
  if (v === null) return f.shareLabel ?? (f.denominator.kind === 'suppressed' ? f.denominator.label : '–');
  const text = new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(v);
  return display === 'share' ? `${text} %` : text;
}

/** Municipalities like `m`: same size band and at least one method in common (or none used by either). */
function isSimilar(m: Municipality, other: Municipality): boolean {
  if (m.id === other.id) return true;
  if (m.sizeBand !== other.sizeBand) return false;
  if (m.methods.length === 0 && other.methods.length === 0) return true;
  return m.methods.some((method) => other.methods.includes(method));
}

/** Every municipality's key figures side by side, and the country's: suppressed aggregates, no person, no drill-down. */
export function NationalFiguresPage() {
  const { t, i18n } = useTranslation();
  const today = todayInDenmark();
  // The default period is the one the national answer is computed for once a day.
  const [from, setFrom] = useState(defaultKeyFigurePeriod(today).from);
  const [to, setTo] = useState(today);
  const [referenceDate, setReferenceDate] = useState(today);
  const [measureId, setMeasureId] = useState<string>('k3_retained_3m');
  const [similarTo, setSimilarTo] = useState<string | null>(null);
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'name', descending: false });
  const national = useNationalFigures({ from, to, referenceDate });
  const data = national.data;
  const measure = data?.measures.find((m) => m.id === measureId) ?? data?.measures[0];
  const display = measure?.display ?? 'share';
  const anchor = data?.municipalities.find((m) => m.id === similarTo);
  const rows = (data?.municipalities ?? [])
    .filter((m) => !anchor || isSimilar(anchor, m))
    .map((m) => ({ municipality: m, figure: measure ? m.figures[measure.id] : undefined }));
  const direction = sort.descending ? -1 : 1;
  rows.sort((a, b) => {
    if (sort.key === 'name') return direction * a.municipality.name.localeCompare(b.municipality.name, 'da');
    if (sort.key === 'denominator')
      return (
        direction *
        (countValue(a.figure?.denominator ?? { kind: 'value', value: 0 }) -
          countValue(b.figure?.denominator ?? { kind: 'value', value: 0 }))
      );
    return direction * ((figureValue(display, a.figure) ?? -1) - (figureValue(display, b.figure) ?? -1));
  });
  const sortButton = (key: SortKey, label: string) => (
    <UnstyledButton
      onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : key !== 'name' }))}
      aria-label={t('keyFigures.national.sortBy', { column: label })}
      fw={700}
    >
      {label} {sort.key === key ? (sort.descending ? '↓' : '↑') : ''}
    </UnstyledButton>
  );
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none');
  const chartRows: ChartRow[] = rows.map((r) => ({
    key: r.municipality.id,
    label: r.municipality.name,
    value: figureValue(display, r.figure),
    shown: shownValue(display, r.figure, i18n.language),
    detail: r.figure ? `${count(r.figure.numerator)} / ${count(r.figure.denominator)}` : '–',
  }));
  const trendRows: ChartRow[] = (data?.trend ?? []).map((q) => {
    const f = measure ? q.figures[measure.id] : undefined;
    return {
      key: q.window,
      label: quarterLabel(q.window, t),
      value: figureValue(display, f),
      shown: shownValue(display, f, i18n.language),
      detail: f ? `${count(f.numerator)} / ${count(f.denominator)}` : '–',
    };
  });
  const unit = display === 'share' ? ' %' : '';
  const valueLabel = t(`keyFigures.value.${display}`);
  const country = measure ? data?.country[measure.id] : undefined;
  const definition = data?.definitions.find((d) => d.measures.some((m) => m === measure?.id));
  return (
    <>
      <PageHeader title={t('keyFigures.national.title')} description={t('keyFigures.national.lead')} />
      <Group align="flex-end" mb="lg" wrap="wrap">
        <DateField label={t('keyFigures.from')} value={from} onChange={(value) => setFrom(value)} />
        <DateField label={t('keyFigures.to')} value={to} onChange={(value) => setTo(value)} />
        <DateField label={t('keyFigures.referenceDate')} value={referenceDate} onChange={(value) => setReferenceDate(value)} />
        <Select
          label={t('keyFigures.national.measure')}
          data={(data?.measures ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={measure?.id ?? null}
          allowDeselect={false}
          onChange={(value) => setMeasureId(value ?? 'k3_retained_12m')}
          w={320}
        />
        <Select
          label={t('keyFigures.national.similarTo')}
          placeholder={t('keyFigures.national.allMunicipalities')}
          data={(data?.municipalities ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={similarTo}
          onChange={setSimilarTo}
          clearable
          searchable
        />
      </Group>
      <ErrorAlert error={national.error} />
      {national.isPending ? <Loading /> : null}
      {data && measure ? (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('keyFigures.national.suppressionHelp', { threshold: data.threshold })}
          </Text>
          <ComputedNote computed={data.computed} />
          <TableFrame
            caption={t('keyFigures.national.tableCaption', { measure: measure.name })}
            minWidth={640}
            testId="national-table"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col" aria-sort={ariaSort('name')}>
                  {sortButton('name', t('keyFigures.national.municipality'))}
                </Table.Th>
                <Table.Th scope="col">{t('keyFigures.national.size')}</Table.Th>
                <Table.Th scope="col">{t('keyFigures.national.methods')}</Table.Th>
                <Table.Th scope="col">{t('keyFigures.national.numerator')}</Table.Th>
                <Table.Th scope="col" aria-sort={ariaSort('denominator')}>
                  {sortButton('denominator', t('keyFigures.national.denominator'))}
                </Table.Th>
                <Table.Th scope="col" aria-sort={ariaSort('value')}>
                  {sortButton('value', valueLabel)}
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ municipality, figure }) => (
                <Table.Tr key={municipality.id} data-selected={municipality.id === similarTo || undefined}>
                  <Table.Th scope="row" fw={municipality.id === similarTo ? 700 : 500}>
                    {municipality.name}
                  </Table.Th>
                  <Table.Td>{t(`keyFigures.national.sizeBand.${municipality.sizeBand}`)}</Table.Td>
                  <Table.Td>{municipality.methods.map((m) => t(`keyFigures.method.${m}`)).join(', ') || '–'}</Table.Td>
                  <Table.Td>{figure ? count(figure.numerator) : '–'}</Table.Td>
                  <Table.Td>{figure ? count(figure.denominator) : '–'}</Table.Td>
                  <Table.Td>{shownValue(display, figure, i18n.language)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th scope="row">{t('keyFigures.national.country')}</Table.Th>
                <Table.Td />
                <Table.Td />
                <Table.Td>{country ? count(country.numerator) : '–'}</Table.Td>
                <Table.Td>{country ? count(country.denominator) : '–'}</Table.Td>
                <Table.Td>{shownValue(display, country, i18n.language)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </TableFrame>
          <FigureChart id="national-chart" title={measure.name} valueLabel={valueLabel} rows={chartRows} unit={unit} kind="bar" />
          <FigureChart
            id="national-trend"
            title={t('keyFigures.national.trendTitle')}
            valueLabel={valueLabel}
            rows={trendRows}
            unit={unit}
            kind="line"
          />
          {definition ? <DefinitionDetails definition={definition} /> : null}
          <NationalFidelity fidelity={data.fidelity} municipalities={rows.map((r) => r.municipality)} />
        </Stack>
      ) : null}
    </>
  );
}

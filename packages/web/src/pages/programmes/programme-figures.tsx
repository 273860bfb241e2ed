import { useState } from 'react';
import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme, PublishedCount } from '@hjemvej/contract';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { todayInDenmark } from '../../format/date';
import { shownValue } from '../../format/published-figure';
import { useProgrammeFigures } from './use-programmes';
import { DataTable } from '../../components/data-table';

const count = (c: PublishedCount) => (c.kind === 'value' ? String(c.value) : c.label);

/** The programme's key figures per member municipality and pooled: suppressed, no person, no drill-down. */
export function ProgrammeFigures({ programme }: { programme: Programme }) {
  const { t, i18n } = useTranslation();
  const today = todayInDenmark();
  const [from, setFrom] = useState(programme.startsOn < today ? programme.startsOn : today);
  const [to, setTo] = useState(programme.endsOn < today ? programme.endsOn : today);
  const [referenceDate, setReferenceDate] = useState(today);
  const [measureId, setMeasureId] = useState<string>('k3_retained_12m');
  const figures = useProgrammeFigures(programme.id, { from, to, referenceDate });
  const data = figures.data;
  const measure = data?.measures.find((m) => m.id === measureId) ?? data?.measures[0];
  const display = measure?.display ?? 'share';
  const pooled = measure ? data?.pooled[measure.id] : undefined;
  return (
    <Stack gap="md">
      <Text size="sm" c="dimmed">
        {t('programmes.figures.lead', { threshold: data?.threshold ?? 5 })}
      </Text>
      <Group align="flex-end" wrap="wrap">
        <DateField label={t('programmes.figures.from')} value={from} onChange={(value) => setFrom(value)} />
        <DateField label={t('programmes.figures.to')} value={to} onChange={(value) => setTo(value)} />
        <DateField
          label={t('programmes.figures.referenceDate')}
          value={referenceDate}
          onChange={(value) => setReferenceDate(value)}
        />
        <Select
          label={t('programmes.figures.measure')}
          data={(data?.measures ?? []).map((m) => ({ value: m.id, label: m.name }))}
          value={measure?.id ?? null}
          allowDeselect={false}
          onChange={(value) => setMeasureId(value ?? 'k3_retained_12m')}
          w={{ base: '100%', sm: 320 }}
        />
      </Group>
      <ErrorAlert error={figures.error} />
      {figures.isPending && figures.fetchStatus !== 'idle' ? <Loading /> : null}
      {data && measure ? (
        <>
          {data.municipalities.length === 0 ? <Text c="dimmed">{t('programmes.figures.noMunicipalities')}</Text> : null}
          <DataTable
            caption={t('programmes.figures.caption', { measure: measure.name })}
            minWidth={480}
            testId="programme-figures"
            items={data.municipalities.map((m) => ({ ...m, figure: m.figures[measure.id] }))}
            rowKey={(m) => m.organisationId}
            columns={[
              { header: t('programmes.figures.municipality'), rowHeader: true, cell: (m) => m.name },
              { header: t('programmes.figures.numerator'), cell: (m) => (m.figure ? count(m.figure.numerator) : '–') },
              { header: t('programmes.figures.denominator'), cell: (m) => (m.figure ? count(m.figure.denominator) : '–') },
              { header: t('programmes.figures.value'), cell: (m) => shownValue(display, m.figure, i18n.language) },
            ]}
            footer={
              <Table.Tr data-testid="programme-pooled">
                <Table.Th scope="row">{t('programmes.figures.pooled')}</Table.Th>
                <Table.Td>{pooled ? count(pooled.numerator) : '–'}</Table.Td>
                <Table.Td>{pooled ? count(pooled.denominator) : '–'}</Table.Td>
                <Table.Td>{shownValue(display, pooled, i18n.language)}</Table.Td>
              </Table.Tr>
            }
          />
          {programme.members.some((m) => m.organisationKind === 'shelter') ? (
            <Text size="sm" c="dimmed">
              {t('programmes.figures.sheltersNote')}
            </Text>
          ) : null}
        </>
      ) : null}
    </Stack>
  );
}

import { useState } from 'react';
import { Group, Select, Stack, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Programme, PublishedCount } from '@hjemvej/contract';
import { DateField } from '../../components/date-field';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { TableFrame } from '../../components/table-frame';
import { todayInDenmark } from '../../format/date';
import { shownValue } from '../../format/published-figure';
import { useProgrammeFigures } from './use-programmes';

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
          <TableFrame
            caption={t('programmes.figures.caption', { measure: measure.name })}
            minWidth={480}
            testId="programme-figures"
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('programmes.figures.municipality')}</Table.Th>
                <Table.Th scope="col">{t('programmes.figures.numerator')}</Table.Th>
                <Table.Th scope="col">{t('programmes.figures.denominator')}</Table.Th>
                <Table.Th scope="col">{t('programmes.figures.value')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.municipalities.map((m) => {
                const f = m.figures[measure.id];
                return (
                  <Table.Tr key={m.organisationId}>
                    <Table.Th scope="row" fw={500}>
                      {m.name}
                    </Table.Th>
                    <Table.Td>{f ? count(f.numerator) : '–'}</Table.Td>
                    <Table.Td>{f ? count(f.denominator) : '–'}</Table.Td>
                    <Table.Td>{shownValue(display, f, i18n.language)}</Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr data-testid="programme-pooled">
                <Table.Th scope="row">{t('programmes.figures.pooled')}</Table.Th>
                <Table.Td>{pooled ? count(pooled.numerator) : '–'}</Table.Td>
                <Table.Td>{pooled ? count(pooled.denominator) : '–'}</Table.Td>
                <Table.Td>{shownValue(display, pooled, i18n.language)}</Table.Td>
              </Table.Tr>
            </Table.Tfoot>
          </TableFrame>
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

import { Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalFigures } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { formatIsoDate } from '../../format/date';

type Row = NationalFigures['fidelity'][number];
type Method = Row['method'];
const methodOrder: readonly Method[] = ['cti', 'icm', 'act', 'm_act'];

/**
 * K14 beside the other figures: per method one table, a row per municipality with the mean of its
 * teams' latest % per core element. Team scores: no person, no drill-down, nothing to suppress.
 */
export function NationalFidelity({
  fidelity,
  municipalities,
}: {
  fidelity: NationalFigures['fidelity'];
  municipalities: readonly { readonly id: string; readonly name: string }[];
}) {
  const { t, i18n } = useTranslation();
  const percent = (value: number | null) =>
    value === null
      ? '–'
      : `${new Intl.NumberFormat(i18n.language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(value)} %`;
  const nameOf = new Map(municipalities.map((m) => [m.id, m.name]));
  const methods = methodOrder.filter((method) => fidelity.some((f) => f.method === method && nameOf.has(f.municipalityId)));
  return (
    <Stack gap="sm" component="section" aria-labelledby="national-fidelity-title">
      <Title order={2} size="h4" id="national-fidelity-title">
        {t('keyFigures.national.fidelity.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('keyFigures.national.fidelity.lead')}
      </Text>
      {methods.length === 0 ? <Text>{t('keyFigures.national.fidelity.none')}</Text> : null}
      {methods.map((method) => {
        const rows = fidelity
          .filter((f) => f.method === method && nameOf.has(f.municipalityId))
          .sort((a, b) => (nameOf.get(a.municipalityId) ?? '').localeCompare(nameOf.get(b.municipalityId) ?? '', 'da'));
        // The columns: every core element any municipality's teams were scored on, in the order first met.
        const elements = new Map<string, string>();
        for (const row of rows) for (const e of row.elements) elements.set(`${e.instrumentId}.${e.coreElementId}`, e.name);
        const methodName = t(`keyFigures.method.${method}`);
        return (
          <DataTable<Row>
            key={method}
            caption={t('keyFigures.national.fidelity.caption', { method: methodName })}
            minWidth={640}
            testId={`national-fidelity-${method}`}
            items={rows}
            rowKey={(row) => row.municipalityId}
            columns={[
              { header: t('keyFigures.national.municipality'), rowHeader: true, cell: (row) => nameOf.get(row.municipalityId) },
              { header: t('keyFigures.national.fidelity.teams'), cell: (row) => row.teams },
              { header: t('keyFigures.national.fidelity.latestOn'), cell: (row) => formatIsoDate(row.latestOn) },
              { header: t('keyFigures.national.fidelity.total'), cell: (row) => percent(row.total) },
              ...[...elements].map(([key, name]) => ({
                header: name,
                key,
                cell: (row: Row) =>
                  percent(row.elements.find((e) => `${e.instrumentId}.${e.coreElementId}` === key)?.latest ?? null),
              })),
            ]}
          />
        );
      })}
    </Stack>
  );
}

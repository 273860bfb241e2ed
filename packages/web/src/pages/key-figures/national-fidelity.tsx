import { Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NationalFigures } from '@hjemvej/contract';
import { TableFrame } from '../../components/table-frame';
import { formatIsoDate } from '../../format/date';

type Method = NationalFigures['fidelity'][number]['method'];
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
          <TableFrame
            key={method}
            caption={t('keyFigures.national.fidelity.caption', { method: methodName })}
            minWidth={640}
            testId={`national-fidelity-${method}`}
          >
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('keyFigures.national.municipality')}</Table.Th>
                <Table.Th scope="col">{t('keyFigures.national.fidelity.teams')}</Table.Th>
                <Table.Th scope="col">{t('keyFigures.national.fidelity.latestOn')}</Table.Th>
                <Table.Th scope="col">{t('keyFigures.national.fidelity.total')}</Table.Th>
                {[...elements].map(([key, name]) => (
                  <Table.Th scope="col" key={key}>
                    {name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((row) => (
                <Table.Tr key={row.municipalityId}>
                  <Table.Th scope="row">{nameOf.get(row.municipalityId)}</Table.Th>
                  <Table.Td>{row.teams}</Table.Td>
                  <Table.Td>{formatIsoDate(row.latestOn)}</Table.Td>
                  <Table.Td>{percent(row.total)}</Table.Td>
                  {[...elements.keys()].map((key) => (
                    <Table.Td key={key}>
                      {percent(row.elements.find((e) => `${e.instrumentId}.${e.coreElementId}` === key)?.latest ?? null)}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </TableFrame>
        );
      })}
    </Stack>
  );
}

import { Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { SupplyBehindItem } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { formatIsoDate } from '../../format/date';
import { formatKroner } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { useSupplyBehind } from './use-housing-supply';

/** A figure of the overview as a button that opens the rows behind it. */
export function FigureButton({ label, onOpen }: { label: string; onOpen: () => void }) {
  const { t } = useTranslation();
  return (
    <Button
      size="compact-xs"
      variant="default"
      onClick={onOpen}
      aria-label={t('housingSupply.overview.showBehind', { figure: label })}
    >
      {t('housingSupply.overview.show')}
    </Button>
  );
}

/** The dwellings or citizens behind one figure of the supply overview (the citizens in the user's scope). */
export function SupplyBehind({ year, figure, label }: { year: number; figure: string; label: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const behind = useSupplyBehind(year, figure);
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  const title = t('housingSupply.overview.behindTitle', { figure: label });
  return (
    <section aria-labelledby="supply-behind-heading" aria-live="polite" data-testid="supply-behind">
      <Stack gap="xs">
        <Title order={3} size="h4" id="supply-behind-heading">
          {title}
        </Title>
        <Text size="xs" c="dimmed">
          {t('housingSupply.overview.behindScope')}
        </Text>
        <ErrorAlert error={behind.error} />
        {behind.isPending ? <Loading /> : null}
        {behind.data ? (
          <DataTable<SupplyBehindItem>
            caption={title}
            minWidth={640}
            testId="supply-behind-table"
            items={behind.data.items}
            rowKey={(i) => `${i.vacancyId ?? ''}:${i.citizen?.id ?? ''}:${i.date ?? ''}:${i.address}`}
            empty={t('housingSupply.overview.behindEmpty')}
            columns={[
              {
                header: t('housingSupply.field.citizen'),
                rowHeader: true,
                cell: (i) =>
                  i.citizen ? (
                    <Anchor component={Link} to={`/citizens/${i.citizen.id}`}>
                      {i.citizen.name}
                    </Anchor>
                  ) : (
                    '–'
                  ),
              },
              {
                header: t('housingSupply.field.address'),
                cell: (i) =>
                  i.vacancyId ? (
                    <Anchor component={Link} to={`/housing-supply/vacancies/${i.vacancyId}`}>
                      {i.address}
                    </Anchor>
                  ) : (
                    i.address
                  ),
              },
              { header: t('housingSupply.overview.date'), cell: (i) => date(i.date) },
              { header: t('housingSupply.field.answer'), cell: (i) => (i.answer ? t(`housingSupply.answer.${i.answer}`) : '–') },
              { header: t('housingSupply.field.days'), cell: (i) => (i.days === null ? '–' : String(i.days)) },
              {
                header: t('housingSupply.overview.amount'),
                cell: (i) => (i.amount === null ? '–' : t('housingSupply.kroner', { amount: formatKroner(i.amount) })),
              },
            ]}
          />
        ) : null}
      </Stack>
    </section>
  );
}

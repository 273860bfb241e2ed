import { SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { ByNameListRow } from '@hjemvej/contract';
import { Fact } from '../../components/fact';
import { HeadedCard } from '../../components/headed-card';
import { CitizenLink, DaysAtShelter, ReturnedBadge, WarningsLink, useDays } from './by-name-list-facts';

/**
 * The by-name list on a phone: one card per person with the same facts as a row of the table,
 * each labelled, the name as the card's heading linking to the citizen as the row does.
 */
export function ByNameListCards({ rows, showShelter }: { rows: readonly ByNameListRow[]; showShelter: boolean }) {
  const { t } = useTranslation();
  const days = useDays();
  if (rows.length === 0) return <Text c="dimmed">{t('byNameList.empty')}</Text>;
  return (
    <Stack
      component="ul"
      gap="sm"
      p={0}
      m={0}
      aria-label={t('byNameList.title')}
      style={{ listStyle: 'none' }}
      data-testid="by-name-list-cards"
    >
      {rows.map((row) => {
        const headingId = `by-name-card-${row.citizenId}`;
        return (
          <li key={row.citizenId}>
            <HeadedCard
              headingId={headingId}
              title={<CitizenLink row={row} inHeading />}
              size="h5"
              p="sm"
              testId="by-name-list-card"
              data-citizen={row.citizenId}
            >
              <ReturnedBadge row={row} />
              {/* Long words (the categories) get a whole line; short facts go two by two. */}
              <Stack gap="xs" mt="xs">
                <Fact label={t('byNameList.column.category')}>{t(`housingCategory.${row.category}`)}</Fact>
                <SimpleGrid cols={2} spacing="xs" verticalSpacing="xs">
                  <Fact label={t('byNameList.column.daysHomeless')}>{days(row.daysHomeless)}</Fact>
                  <Fact label={t('byNameList.column.daysAtShelter')}>
                    <DaysAtShelter row={row} showShelter={showShelter} />
                  </Fact>
                  <Fact label={t('byNameList.column.cpr')}>{row.cpr ?? '–'}</Fact>
                  <Fact label={t('byNameList.column.responsible')}>{row.responsible ?? '–'}</Fact>
                </SimpleGrid>
                <Fact label={t('byNameList.column.nextStep')}>{t(`byNameList.nextStep.${row.nextStep}`)}</Fact>
                <Fact label={t('byNameList.column.warnings')}>
                  <WarningsLink row={row} />
                </Fact>
                {row.warnings.messagesDa.length > 0 ? (
                  // A phone has no tooltip: the findings the table names on hover are written out (in Danish, as the server words them).
                  <Text component="ul" size="sm" my={0} pl="md" lang="da">
                    {row.warnings.messagesDa.map((message) => (
                      <li key={message}>{message}</li>
                    ))}
                  </Text>
                ) : null}
              </Stack>
            </HeadedCard>
          </li>
        );
      })}
    </Stack>
  );
}

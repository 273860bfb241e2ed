import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CitizenSummary } from '@hjemvej/contract';
import { EmptyRow } from '../../components/empty-row';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { citizenAliasNote, citizenName } from './citizen-name';
import { formatIsoDate } from '../../format/date';

/** Search results: name (a link to the citizen page), alias, masked CPR, birth date, handlekommune. */
export function CitizensTable({
  citizens,
  searched,
  caption,
}: {
  citizens: CitizenSummary[];
  searched: boolean;
  /** Named as the page: "Borgere", or a shelter's "Beboere". */
  caption: string;
}) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <TableFrame caption={caption} minWidth={640} testId="citizens-table">
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('citizens.name')}</Table.Th>
          <Table.Th scope="col">{t('citizens.field.cpr')}</Table.Th>
          <Table.Th scope="col">{t('citizens.birth')}</Table.Th>
          <Table.Th scope="col">{t('citizens.handlekommune')}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {citizens.length === 0 ? (
          <EmptyRow colSpan={4}>{searched ? t('citizens.noMatches') : t('citizens.empty')}</EmptyRow>
        ) : null}
        {citizens.map((citizen) => {
          const alias = citizenAliasNote(citizen);
          return (
            <Table.Tr key={citizen.id}>
              <Table.Th scope="row" fw={400}>
                <Anchor component={Link} to={`/citizens/${citizen.id}`} fw={600}>
                  {citizenName(citizen, t)}
                </Anchor>
                {alias ? (
                  <Text size="sm" c="dimmed">
                    {t('citizens.aliasShort', { alias })}
                  </Text>
                ) : null}
              </Table.Th>
              <Table.Td ff="monospace">{citizen.cpr ?? t('citizens.noCpr')}</Table.Td>
              <Table.Td>
                {citizen.birthDate
                  ? citizen.birthDateIsApproximate
                    ? t('citizens.bornAbout', { year: citizen.birthDate.slice(0, 4) })
                    : formatIsoDate(citizen.birthDate, locale)
                  : '–'}
              </Table.Td>
              <Table.Td>{citizen.handlekommune?.name ?? t('citizens.handlekommuneUnknown')}</Table.Td>
            </Table.Tr>
          );
        })}
      </Table.Tbody>
    </TableFrame>
  );
}

import { Anchor, Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyRow } from '../../components/empty-row';
import { ErrorAlert } from '../../components/error-alert';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { TableFrame } from '../../components/table-frame';
import { useLanguage } from '../../i18n/use-language';
import { citizenName } from '../citizens/citizen-name';
import { formatIsoDate } from '../../format/date';
import { usePartnerCitizens } from './use-partner-view';

/** For a partner: the citizens who consented to share data with the partner, while the consent is valid. */
export function PartnerCitizensPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const list = usePartnerCitizens();
  const items = list.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('partnerView.title')} description={t('partnerView.lead')} />
      <ErrorAlert error={list.error} />
      {list.isPending ? <Loading /> : null}
      {list.data ? (
        <TableFrame caption={t('partnerView.tableCaption')} minWidth={560} testId="partner-citizens-table">
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">{t('partnerView.name')}</Table.Th>
              <Table.Th scope="col">{t('partnerView.categories')}</Table.Th>
              <Table.Th scope="col">{t('partnerView.municipality')}</Table.Th>
              <Table.Th scope="col">{t('partnerView.expiresOn')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {items.length === 0 ? <EmptyRow colSpan={4}>{t('partnerView.empty')}</EmptyRow> : null}
            {items.map((item) => (
              <Table.Tr key={item.id}>
                <Table.Th scope="row" fw={500}>
                  <Anchor component={Link} to={`/partner/citizens/${item.id}`}>
                    {citizenName(item, t)}
                  </Anchor>
                </Table.Th>
                <Table.Td>
                  <Text size="sm">{item.categories.map((c) => t(`consents.categoryShort.${c}`)).join(', ')}</Text>
                </Table.Td>
                <Table.Td>{item.municipalityName}</Table.Td>
                <Table.Td>{formatIsoDate(item.expiresOn, locale)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </TableFrame>
      ) : null}
    </>
  );
}

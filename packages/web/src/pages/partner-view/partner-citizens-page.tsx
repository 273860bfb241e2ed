import { Anchor, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../../components/page-header';
import { useLanguage } from '../../i18n/use-language';
import { citizenName } from '../citizens/citizen-name';
import { formatIsoDate } from '../../format/date';
import { usePartnerCitizens } from './use-partner-view';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';

/** For a partner: the citizens who consented to share data with the partner, while the consent is valid. */
export function PartnerCitizensPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const list = usePartnerCitizens();
  return (
    <>
      <PageHeader title={t('partnerView.title')} description={t('partnerView.lead')} />
      <QueryState query={list}>
        {({ items }) => (
          <DataTable
            caption={t('partnerView.tableCaption')}
            minWidth={560}
            testId="partner-citizens-table"
            items={items}
            rowKey={(item) => item.id}
            empty={t('partnerView.empty')}
            columns={[
              {
                header: t('partnerView.name'),
                rowHeader: true,
                cell: (item) => (
                  <Anchor component={Link} to={`/partner/citizens/${item.id}`}>
                    {citizenName(item, t)}
                  </Anchor>
                ),
              },
              {
                header: t('partnerView.categories'),
                cell: (item) => <Text size="sm">{item.categories.map((c) => t(`consents.categoryShort.${c}`)).join(', ')}</Text>,
              },
              { header: t('partnerView.municipality'), cell: (item) => item.municipalityName },
              { header: t('partnerView.expiresOn'), cell: (item) => formatIsoDate(item.expiresOn, locale) },
            ]}
          />
        )}
      </QueryState>
    </>
  );
}

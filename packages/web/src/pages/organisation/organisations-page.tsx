import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { OrganisationSummary } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { QueryState } from '../../components/query-state';
import { PageHeader } from '../../components/page-header';
import { StatusBadge } from '../../components/status-badge';
import { formatDateTime } from '../../format/date';
import { formatNumber } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import { useOrganisations } from './use-organisations';

/** The system administrator's start into user administration: which organisations there are, and who uses them. */
export function OrganisationsPage() {
  const { t } = useTranslation();
  const organisations = useOrganisations();
  return (
    <>
      <PageHeader title={t('organisation.organisations.title')} description={t('organisation.organisations.lead')} />
      <QueryState query={organisations}>{(data) => <OrganisationsTable organisations={data} />}</QueryState>
    </>
  );
}

export function OrganisationsTable({ organisations }: { organisations: OrganisationSummary[] }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  return (
    <DataTable<OrganisationSummary>
      caption={t('organisation.organisations.tableCaption')}
      minWidth={760}
      testId="organisations-table"
      items={organisations}
      rowKey={(organisation) => organisation.id}
      empty={t('organisation.organisations.empty')}
      columns={[
        {
          header: t('organisation.organisations.name'),
          rowHeader: true,
          cell: (organisation) => (
            <Group gap={6} wrap="wrap">
              <Anchor
                component={Link}
                to={`/users?organisation=${organisation.id}`}
                aria-label={t('organisation.organisations.usersOf', { name: organisation.name })}
              >
                {organisation.name}
              </Anchor>
              {organisation.isDemo ? <StatusBadge tone="neutral">{t('organisation.organisations.demo')}</StatusBadge> : null}
            </Group>
          ),
        },
        { header: t('organisation.organisations.kind'), cell: (organisation) => t(`organisationKind.${organisation.kind}`) },
        {
          header: t('organisation.organisations.users'),
          cell: (organisation) =>
            t('organisation.organisations.usersValue', {
              active: formatNumber(organisation.activeUserCount, locale),
              total: formatNumber(organisation.userCount, locale),
            }),
        },
        { header: t('organisation.organisations.units'), cell: (organisation) => formatNumber(organisation.unitCount, locale) },
        {
          header: t('organisation.organisations.lastSignIn'),
          cell: (organisation) =>
            organisation.lastSignInAt ? (
              formatDateTime(organisation.lastSignInAt, locale)
            ) : (
              <Text span size="sm" c="dimmed">
                {t('organisation.organisations.neverSignedIn')}
              </Text>
            ),
        },
      ]}
    />
  );
}

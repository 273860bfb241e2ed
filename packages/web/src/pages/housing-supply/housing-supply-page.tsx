import { useState } from 'react';
import { Anchor, SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { Link } from 'react-router';
import { useTranslation } from 'react-i18next';
import type { AllocationAgreement, Dwelling, EvictionWarning, GuaranteeCase, VacancyListItem } from '@hjemvej/contract';
import { DataTable } from '../../components/data-table';
import { ErrorAlert } from '../../components/error-alert';
import { Fact } from '../../components/fact';
import { Loading } from '../../components/loading';
import { PageHeader } from '../../components/page-header';
import { RecordSection } from '../../components/record-section';
import { StatusBadge, type BadgeTone } from '../../components/status-badge';
import { formatIsoDate } from '../../format/date';
import { formatKroner } from '../../format/number';
import { useLanguage } from '../../i18n/use-language';
import {
  useAllocationAgreements,
  useDwellings,
  useEvictionWarnings,
  useGuaranteeCases,
  useSupplyOverview,
  useSupplySettings,
  useVacancies,
} from './use-housing-supply';
import { ReportVacancyModal } from './report-vacancy-modal';
import { EvictionWarningModal } from './eviction-warning-modal';
import { FigureButton, SupplyBehind } from './supply-behind';
import { SupplySettingsPanel } from './supply-settings-panel';
import { CompactButton } from '../../components/compact-button';

export const vacancyStateTone: Record<VacancyListItem['state'], BadgeTone> = {
  upcoming: 'info',
  vacant: 'warning',
  offered: 'info',
  let: 'success',
  returned: 'neutral',
};

/**
 * The housing register: vacancies with the rent clock, dwellings (a housing association sees and
 * reports its own), allocation agreements with quota use, eviction warnings, guarantee cases and
 * the supply overview.
 */
export function HousingSupplyPage() {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const settings = useSupplySettings();
  const canWork = settings.data?.canEdit ?? false;
  const vacancies = useVacancies(undefined);
  const dwellings = useDwellings();
  const agreements = useAllocationAgreements();
  const warnings = useEvictionWarnings();
  const guarantees = useGuaranteeCases();
  const overview = useSupplyOverview(canWork);
  const [reporting, setReporting] = useState<Dwelling | null>(null);
  const [warning, setWarning] = useState(false);
  const [behind, setBehind] = useState<{ figure: string; label: string } | null>(null);
  const date = (iso: string | null) => (iso ? formatIsoDate(iso, locale) : '–');
  const kr = (n: number) => t('housingSupply.kroner', { amount: formatKroner(n) });
  return (
    <>
      <PageHeader title={t('housingSupply.title')} description={t('housingSupply.lead')} />
      <ErrorAlert error={settings.error} />
      <Tabs defaultValue="vacancies" keepMounted={false}>
        <Tabs.List mb="md">
          <Tabs.Tab value="vacancies">{t('housingSupply.tab.vacancies')}</Tabs.Tab>
          <Tabs.Tab value="dwellings">{t('housingSupply.tab.dwellings')}</Tabs.Tab>
          <Tabs.Tab value="agreements">{t('housingSupply.tab.agreements')}</Tabs.Tab>
          <Tabs.Tab value="risks">{t('housingSupply.tab.risks')}</Tabs.Tab>
          {canWork ? <Tabs.Tab value="overview">{t('housingSupply.tab.overview')}</Tabs.Tab> : null}
          {canWork ? <Tabs.Tab value="settings">{t('housingSupply.tab.settings')}</Tabs.Tab> : null}
        </Tabs.List>

        <Tabs.Panel value="vacancies">
          <RecordSection
            name="vacancies"
            title={t('housingSupply.vacancies.title')}
            intro={
              vacancies.data ? (
                <Text size="sm" c="dimmed" mb="sm" data-testid="year-rent-loss">
                  {t('housingSupply.vacancies.yearLoss', {
                    year: vacancies.data.year,
                    count: vacancies.data.yearVacantDwellings,
                    amount: formatKroner(vacancies.data.yearRentLoss),
                    source: vacancies.data.legalSource,
                  })}
                </Text>
              ) : null
            }
            add={null}
            query={vacancies}
          >
            {({ items }) => (
              <DataTable<VacancyListItem>
                caption={t('housingSupply.vacancies.title')}
                minWidth={820}
                testId="vacancies-table"
                items={items}
                rowKey={(v) => v.id}
                empty={t('housingSupply.vacancies.empty')}
                columns={[
                  {
                    header: t('housingSupply.field.address'),
                    rowHeader: true,
                    cell: (v) => (
                      <Anchor component={Link} to={`/housing-supply/vacancies/${v.id}`}>
                        {v.dwelling.address}
                      </Anchor>
                    ),
                  },
                  { header: t('housingSupply.field.area'), cell: (v) => v.dwelling.area },
                  { header: t('housingSupply.field.availableFrom'), cell: (v) => date(v.availableFrom) },
                  {
                    header: t('housingSupply.field.state'),
                    cell: (v) => (
                      <StatusBadge tone={vacancyStateTone[v.state]}>{t(`housingSupply.state.${v.state}`)}</StatusBadge>
                    ),
                  },
                  { header: t('housingSupply.field.days'), cell: (v) => String(v.clock.days) },
                  { header: t('housingSupply.field.rentCost'), cell: (v) => kr(v.clock.rentCost) },
                  {
                    header: t('housingSupply.field.escalated'),
                    cell: (v) =>
                      v.clock.escalatedAt.length > 0
                        ? t('housingSupply.escalatedAt', { days: v.clock.escalatedAt.join(', ') })
                        : '–',
                  },
                ]}
              />
            )}
          </RecordSection>
        </Tabs.Panel>

        <Tabs.Panel value="dwellings">
          <RecordSection name="dwellings" title={t('housingSupply.dwellings.title')} add={null} query={dwellings}>
            {({ items }) => (
              <DataTable<Dwelling>
                caption={t('housingSupply.dwellings.title')}
                minWidth={900}
                testId="dwellings-table"
                items={items}
                rowKey={(d) => d.id}
                empty={t('housingSupply.dwellings.empty')}
                columns={[
                  { header: t('housingSupply.field.address'), rowHeader: true, cell: (d) => d.address },
                  { header: t('housingSupply.field.area'), cell: (d) => d.area },
                  {
                    header: t('housingSupply.field.landlord'),
                    cell: (d) => d.housingOrganisation?.name ?? d.landlordName ?? '–',
                  },
                  { header: t('housingSupply.field.type'), cell: (d) => t(`housingSupply.dwellingType.${d.dwellingType}`) },
                  {
                    header: t('housingSupply.field.size'),
                    cell: (d) => t('housingSupply.sizeValue', { m2: d.sizeM2, rooms: d.rooms }),
                  },
                  { header: t('housingSupply.field.rent'), cell: (d) => kr(d.monthlyRent) },
                  { header: t('housingSupply.field.subsidyEndsOn'), cell: (d) => date(d.subsidyEndsOn) },
                  {
                    header: t('housingSupply.field.vacancy'),
                    cell: (d) =>
                      d.currentVacancy ? (
                        <Anchor component={Link} to={`/housing-supply/vacancies/${d.currentVacancy.id}`}>
                          {t(`housingSupply.state.${d.currentVacancy.state}`)}
                        </Anchor>
                      ) : d.abilities.canReportVacancy ? (
                        <CompactButton
                          icon={null}
                          label={t('housingSupply.reportVacancy')}
                          onClick={() => setReporting(d)}
                          ariaLabel={t('housingSupply.reportVacancyFor', { address: d.address })}
                        />
                      ) : (
                        '–'
                      ),
                  },
                ]}
              />
            )}
          </RecordSection>
        </Tabs.Panel>

        <Tabs.Panel value="agreements">
          <RecordSection name="allocation-agreements" title={t('housingSupply.agreements.title')} add={null} query={agreements}>
            {({ items }) => (
              <DataTable<AllocationAgreement>
                caption={t('housingSupply.agreements.title')}
                minWidth={820}
                testId="agreements-table"
                items={items}
                rowKey={(a) => a.id}
                empty={t('housingSupply.agreements.empty')}
                columns={[
                  { header: t('housingSupply.field.title'), rowHeader: true, cell: (a) => a.title },
                  {
                    header: t('housingSupply.field.landlord'),
                    cell: (a) => a.housingOrganisation?.name ?? a.landlordName ?? '–',
                  },
                  {
                    header: t('housingSupply.field.legalBasis'),
                    cell: (a) => `${t(`housingSupply.legalBasis.${a.legalBasis}`)} (${a.legalSource})`,
                  },
                  {
                    header: t('housingSupply.field.period'),
                    cell: (a) => `${date(a.validFrom)} – ${a.validTo ? date(a.validTo) : ''}`,
                  },
                  {
                    header: t('housingSupply.field.quota'),
                    cell: (a) => (
                      <>
                        {a.quota.agreed === null
                          ? t('housingSupply.quotaShare', { used: a.quota.used, share: Math.round((a.share ?? 0) * 100) })
                          : t('housingSupply.quotaValue', { used: a.quota.used, agreed: a.quota.agreed })}{' '}
                        {a.quota.isExceeded ? <StatusBadge tone="danger">{t('housingSupply.quotaExceeded')}</StatusBadge> : null}
                      </>
                    ),
                  },
                  { header: t('housingSupply.field.revisitOn'), cell: (a) => date(a.revisitOn) },
                  {
                    header: t('housingSupply.field.contact'),
                    cell: (a) => [a.contactName, a.contactPhone].filter(Boolean).join(', ') || '–',
                  },
                ]}
              />
            )}
          </RecordSection>
        </Tabs.Panel>

        <Tabs.Panel value="risks">
          <Stack gap="xl">
            <RecordSection
              name="eviction-warnings"
              title={t('housingSupply.warnings.title')}
              intro={
                <Text size="sm" c="dimmed" mb="sm">
                  {t('housingSupply.warnings.lead')}
                </Text>
              }
              add={warnings.data?.canCreate ? { label: t('housingSupply.warnings.add'), onClick: () => setWarning(true) } : null}
              query={warnings}
            >
              {({ items }) => (
                <DataTable<EvictionWarning>
                  caption={t('housingSupply.warnings.title')}
                  minWidth={760}
                  testId="eviction-warnings-table"
                  items={items}
                  rowKey={(w) => w.id}
                  empty={t('housingSupply.warnings.empty')}
                  columns={[
                    {
                      header: t('housingSupply.field.tenant'),
                      rowHeader: true,
                      cell: (w) =>
                        w.citizen ? (
                          <Anchor component={Link} to={`/citizens/${w.citizen.id}`}>
                            {w.citizen.name}
                          </Anchor>
                        ) : (
                          `${w.tenantName} (${t('housingSupply.warnings.notLinked')})`
                        ),
                    },
                    { header: t('housingSupply.field.address'), cell: (w) => w.tenantAddress },
                    { header: t('housingSupply.field.landlord'), cell: (w) => w.landlordName },
                    { header: t('housingSupply.field.receivedOn'), cell: (w) => date(w.receivedOn) },
                    { header: t('housingSupply.field.courtDate'), cell: (w) => date(w.courtDate) },
                    { header: t('housingSupply.field.supportUnit'), cell: (w) => w.supportUnit ?? '–' },
                  ]}
                />
              )}
            </RecordSection>
            <RecordSection name="guarantee-cases" title={t('housingSupply.guarantees.title')} add={null} query={guarantees}>
              {({ items }) => (
                <DataTable<GuaranteeCase>
                  caption={t('housingSupply.guarantees.title')}
                  minWidth={760}
                  testId="guarantee-cases-table"
                  items={items}
                  rowKey={(g) => g.id}
                  empty={t('housingSupply.guarantees.empty')}
                  columns={[
                    { header: t('housingSupply.field.address'), rowHeader: true, cell: (g) => g.dwelling.address },
                    { header: t('housingSupply.field.movedOutOn'), cell: (g) => date(g.movedOutOn) },
                    { header: t('housingSupply.field.repairClaim'), cell: (g) => kr(g.repairClaim) },
                    {
                      header: t('housingSupply.field.municipalPayment'),
                      cell: (g) => (g.municipalPayment === null ? '–' : kr(g.municipalPayment)),
                    },
                    {
                      header: t('housingSupply.field.recovery'),
                      cell: (g) =>
                        g.recoveryClaimed === null
                          ? '–'
                          : t('housingSupply.recoveryValue', {
                              recovered: formatKroner(g.recovered ?? 0),
                              claimed: formatKroner(g.recoveryClaimed),
                            }),
                    },
                  ]}
                />
              )}
            </RecordSection>
          </Stack>
        </Tabs.Panel>

        {canWork ? (
          <Tabs.Panel value="overview">
            <ErrorAlert error={overview.error} />
            {overview.isPending ? <Loading /> : null}
            {overview.data ? (
              <Stack data-testid="supply-overview">
                <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }}>
                  {(
                    [
                      ['offers', 'offers', String(overview.data.offers)],
                      [
                        'acceptance',
                        'acceptanceRate',
                        overview.data.acceptanceRate === null ? '–' : `${Math.round(overview.data.acceptanceRate * 100)} %`,
                      ],
                      [
                        'moved_in',
                        'medianReadyToMoveIn',
                        overview.data.medianDaysReadyToMoveIn === null ? '–' : String(overview.data.medianDaysReadyToMoveIn),
                      ],
                      ['vacancies', 'vacancyDays', String(overview.data.vacancyDays)],
                      ['vacancies', 'rentLoss', kr(overview.data.rentLoss)],
                      ['eviction_warnings', 'evictionWarnings', String(overview.data.evictionWarnings)],
                    ] as const
                  ).map(([figure, labelKey, value]) => (
                    <Fact key={labelKey} label={t(`housingSupply.overview.${labelKey}`)}>
                      {value}{' '}
                      <FigureButton
                        label={t(`housingSupply.overview.${labelKey}`)}
                        onOpen={() => setBehind({ figure, label: t(`housingSupply.overview.${labelKey}`) })}
                      />
                    </Fact>
                  ))}
                </SimpleGrid>
                <Text fw={500}>{t('housingSupply.overview.perMonth')}</Text>
                <Text size="sm">{overview.data.offersPerMonth.map((m) => `${m.month}: ${m.count}`).join(' · ') || '–'}</Text>
                <Text fw={500}>{t('housingSupply.overview.quota')}</Text>
                {overview.data.quota.length === 0 ? <Text size="sm">–</Text> : null}
                {overview.data.quota.map((q) => (
                  <Text size="sm" key={q.agreementId}>
                    {`${q.title}: ${q.used}/${q.agreed ?? '–'}`}{' '}
                    <FigureButton
                      label={q.title}
                      onOpen={() => setBehind({ figure: `quota:${q.agreementId}`, label: q.title })}
                    />
                  </Text>
                ))}
                <Text fw={500}>
                  {t('housingSupply.overview.subsidyEnding')}{' '}
                  <FigureButton
                    label={t('housingSupply.overview.subsidyEnding')}
                    onOpen={() => setBehind({ figure: 'subsidy_ending', label: t('housingSupply.overview.subsidyEnding') })}
                  />
                </Text>
                <Text size="sm">
                  {overview.data.subsidyEnding.map((d) => `${d.address} (${date(d.subsidyEndsOn)})`).join(' · ') || '–'}
                </Text>
                {behind ? <SupplyBehind year={overview.data.year} figure={behind.figure} label={behind.label} /> : null}
                {settings.data ? (
                  <Text size="sm" c="dimmed">
                    {t('housingSupply.overview.policies', {
                      priority: t(`housingSupply.priorityPolicy.${settings.data.priorityPolicy}`),
                      refusal: t(`housingSupply.refusal.${settings.data.refusalConsequence}`),
                      days: settings.data.escalationDays.join(', '),
                    })}
                  </Text>
                ) : null}
              </Stack>
            ) : null}
          </Tabs.Panel>
        ) : null}
        {canWork && settings.data ? (
          <Tabs.Panel value="settings">
            <SupplySettingsPanel key={settings.data.version} settings={settings.data} />
          </Tabs.Panel>
        ) : null}
      </Tabs>
      {reporting ? <ReportVacancyModal dwelling={reporting} onClose={() => setReporting(null)} /> : null}
      {warning ? <EvictionWarningModal onClose={() => setWarning(false)} /> : null}
    </>
  );
}

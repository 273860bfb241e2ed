/**
 * The course's frozen data package: the municipality's suppressed figures for a period as the
 * taskforce froze them (counts below the threshold show as '<5', a count hidden so a small one
 * cannot be worked out as '..'). The flow is drawn as a chart with its table beside it; the rest
 * are tables. Both sides read it; the taskforce freezes it, again as a new version if need be.
 */
import { useState } from 'react';
import { Accordion, Group, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { IconSnowflake } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { dataPackageSections, homelessCategories, type DataPackageSection } from '@hjemvej/domain';
import type { PackageFigure, PublishedCount, TaskforceCourse, TaskforceDataPackage } from '@hjemvej/contract';
import { CompactButton } from '../../components/compact-button';
import { EmptyText } from '../../components/empty-text';
import { ErrorAlert } from '../../components/error-alert';
import { Fact } from '../../components/fact';
import { Loading } from '../../components/loading';
import { FormModal } from '../../components/form-modal';
import { StatusBadge } from '../../components/status-badge';
import { TableFrame } from '../../components/table-frame';
import { DataTable, type DataTableProps } from '../../components/data-table';
import { DatePairFields } from '../../forms/date-pair-fields';
import { formatIsoDate, formatMoment, todayInDenmark } from '../../format/date';
import { intlLocale } from '../../format/locale';
import { useLanguage } from '../../i18n/use-language';
import { FigureChart } from '../key-figures/figure-charts';
import { shownValue } from '../../format/published-figure';
import { ReportTableView } from '../status-report/status-report-page';
import { TaskforceSection } from './taskforce-section';
import { useFreezeTaskforceDataPackage, useTaskforceDataPackage, useTaskforceDataPackages } from './use-taskforce';
import { usePackageChoices } from './use-package-choices';
import { useTaskforceForm } from './use-taskforce-form';

/** A table under its own small heading (the heading names the table for everyone). */
function TitledTable<Item>(props: DataTableProps<Item>) {
  return (
    <Stack gap={4}>
      <Title order={4} size="h6">
        {props.caption}
      </Title>
      <DataTable {...props} />
    </Stack>
  );
}

const inboxColumns = ['active', 'overdue', 'blocked', 'escalated'] as const;

const count = (c: PublishedCount | null) => (c === null ? '–' : c.kind === 'value' ? String(c.value) : c.label);

/** A key figure's one shown value: a share in per cent, median days or a count (or the label hiding it). */
export const shownFigure = (f: PackageFigure, language: string): string => shownValue(f.display, f.published, language);

function FreezeModal({
  course,
  onClose,
  onFrozen,
}: {
  course: TaskforceCourse;
  onClose: () => void;
  onFrozen: (id: string) => void;
}) {
  const { t } = useTranslation();
  const freeze = useFreezeTaskforceDataPackage();
  const today = todayInDenmark();
  const { dataPeriodFrom, dataPeriodTo } = course.agreement;
  const { form, modal } = useTaskforceForm({
    initialValues: {
      from: dataPeriodFrom ?? `${Number(today.slice(0, 4)) - 1}-01-01`,
      to: dataPeriodTo && dataPeriodTo <= today ? dataPeriodTo : today,
    },
    mutation: freeze,
    send: async (body) => {
      const frozen = await freeze.mutateAsync({ id: course.id, body });
      onFrozen(frozen.id);
      return frozen;
    },
    saved: (frozen) => t('taskforce.package.frozen', { version: frozen.version }),
    submitLabel: t('taskforce.package.freeze'),
    size: 'md',
    onClose,
  });
  return (
    <FormModal title={t('taskforce.package.freezeTitle')} {...modal}>
      <Text size="sm">{t('taskforce.package.freezeLead')}</Text>
      <DatePairFields
        form={form}
        autofocus
        fields={[
          { path: 'from', label: t('taskforce.package.from') },
          { path: 'to', label: t('taskforce.package.to') },
        ]}
      />
    </FormModal>
  );
}

function FigureTable({ section, figures }: { section: DataPackageSection; figures: readonly PackageFigure[] }) {
  const { t, i18n } = useTranslation();
  if (figures.length === 0) return null;
  return (
    <TitledTable
      caption={t('taskforce.package.keyFiguresOf', { section: t(`taskforce.package.section.${section}`) })}
      minWidth={320}
      testId={`package-figures-${section}`}
      items={figures}
      rowKey={(f) => f.measure}
      columns={[
        { header: t('taskforce.package.figure'), rowHeader: true, cell: (f) => `${f.figure} · ${f.name}` },
        { header: t('taskforce.package.value'), align: 'right', cell: (f) => shownFigure(f, i18n.language) },
        {
          header: t('taskforce.package.basis'),
          align: 'right',
          cell: (f) =>
            t('taskforce.package.ofCount', {
              numerator: count(f.published.numerator),
              denominator: count(f.published.denominator),
            }),
        },
      ]}
    />
  );
}

function FlowView({ data }: { data: TaskforceDataPackage }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const monthLabel = (month: string) =>
    new Intl.DateTimeFormat(intlLocale[locale], { month: 'short', year: 'numeric', timeZone: 'UTC' }).format(
      new Date(`${month}-01T00:00:00Z`),
    );
  // Only the categories anyone was in: nine empty columns tell nothing.
  const shown = homelessCategories.filter((c) =>
    data.flow.some((m) => !(m.categories[c]?.kind === 'value' && m.categories[c].value === 0)),
  );
  return (
    <Stack gap="md">
      <FigureChart
        id="package-flow"
        title={t('taskforce.package.flowChart')}
        valueLabel={t('taskforce.package.onList')}
        unit=""
        kind="bar"
        rows={data.flow.map((m) => ({
          key: m.month,
          label: monthLabel(m.month),
          value: m.total?.kind === 'value' ? m.total.value : null,
          shown: count(m.total),
          detail: t('taskforce.package.inOut', { inflow: count(m.inflow), outflow: count(m.outflow) }),
        }))}
      />
      <TableFrame caption={t('taskforce.package.flowTable')} minWidth={640} testId="package-flow">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{t('taskforce.package.month')}</Table.Th>
            {shown.map((c) => (
              <Table.Th scope="col" key={c} ta="right">
                {t(`housingCategory.${c}`)}
              </Table.Th>
            ))}
            <Table.Th scope="col" ta="right">
              {t('taskforce.package.onList')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('taskforce.package.inflow')}
            </Table.Th>
            <Table.Th scope="col" ta="right">
              {t('taskforce.package.outflow')}
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {data.flow.map((m) => (
            <Table.Tr key={m.month}>
              <Table.Th scope="row" fw={500} style={{ whiteSpace: 'nowrap' }}>
                {monthLabel(m.month)}
              </Table.Th>
              {shown.map((c) => (
                <Table.Td key={c} ta="right">
                  {count(m.categories[c] ?? null)}
                </Table.Td>
              ))}
              <Table.Td ta="right">{count(m.total)}</Table.Td>
              <Table.Td ta="right">{count(m.inflow)}</Table.Td>
              <Table.Td ta="right">{count(m.outflow)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </TableFrame>
    </Stack>
  );
}

function WaitTable({
  caption,
  rows,
  testId,
}: {
  caption: string;
  rows: TaskforceDataPackage['organisation']['steps'];
  testId: string;
}) {
  const { t } = useTranslation();
  if (rows.length === 0) return null;
  return (
    <TitledTable
      caption={caption}
      minWidth={320}
      testId={testId}
      items={rows.map((r, i) => ({ ...r, key: `${r.label}-${i}` }))}
      rowKey={(r) => r.key}
      columns={[
        {
          header: t('taskforce.package.step'),
          rowHeader: true,
          cell: (r) => (r.context ? `${r.label} (${r.context})` : r.label),
        },
        { header: t('taskforce.package.tasks'), align: 'right', cell: (r) => count(r.tasks) },
        { header: t('taskforce.package.medianDays'), align: 'right', cell: (r) => (r.medianDays === null ? '–' : r.medianDays) },
      ]}
    />
  );
}

function OrganisationView({ data }: { data: TaskforceDataPackage }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const o = data.organisation;
  return (
    <Stack gap="md">
      <WaitTable caption={t('taskforce.package.waitsBySteps')} rows={o.steps} testId="package-steps" />
      <WaitTable caption={t('taskforce.package.waitsByUnits')} rows={o.units} testId="package-units" />
      {o.inbox.length > 0 ? (
        <TitledTable
          caption={t('taskforce.package.inbox')}
          minWidth={560}
          testId="package-inbox"
          items={o.inbox}
          rowKey={(r) => r.unit}
          columns={[
            { header: t('taskforce.package.unit'), rowHeader: true, cell: (r) => r.unit },
            ...inboxColumns.map((k) => ({
              header: t(`taskforce.package.inboxColumn.${k}`),
              align: 'right' as const,
              cell: (r: (typeof o.inbox)[number]) => count(r[k]),
            })),
          ]}
        />
      ) : null}
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <Fact label={t('taskforce.package.networkMeetings')}>{count(o.networkMeetings)}</Fact>
        <Fact label={t('taskforce.package.agreements')}>
          {o.agreements.length === 0
            ? t('taskforce.package.noAgreements')
            : o.agreements
                .map((a) => t('taskforce.package.agreementLine', { title: a.title, date: formatIsoDate(a.revisitOn, locale) }))
                .join(' · ')}
        </Fact>
      </SimpleGrid>
    </Stack>
  );
}

function PackageView({ data }: { data: TaskforceDataPackage }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const figuresOf = (section: DataPackageSection) => data.figures.filter((f) => f.section === section);
  const methodParts = data.support.parts.filter((p) => p.key !== 'goals' && p.sections.some((s) => s.tables.length > 0));
  return (
    <Stack gap="md" data-testid="taskforce-package">
      <SimpleGrid cols={{ base: 1, sm: 3 }}>
        <Fact label={t('taskforce.package.period')}>
          {formatIsoDate(data.from, locale)}–{formatIsoDate(data.to, locale)}
        </Fact>
        <Fact label={t('taskforce.package.frozenBy')}>
          {t('taskforce.package.byAt', { name: data.frozenBy, at: formatMoment(data.frozenAt, locale) })}
        </Fact>
        <Fact label={t('taskforce.package.definitions')}>
          {t('taskforce.package.definitionVersions', {
            versions: data.definitions.map((d) => `${d.id} v${d.version}`).join(', '),
          })}
        </Fact>
      </SimpleGrid>
      <Text size="sm" c="dimmed">
        {t('taskforce.package.suppressionNote', { threshold: data.threshold })}
      </Text>
      <Accordion multiple defaultValue={['flow']} variant="separated">
        {dataPackageSections.map((section) => (
          <Accordion.Item key={section} value={section}>
            <Accordion.Control>
              <Title order={3} size="h5" component="span">
                {t(`taskforce.package.section.${section}`)}
              </Title>
            </Accordion.Control>
            <Accordion.Panel>
              <Stack gap="md">
                {section === 'flow' ? <FlowView data={data} /> : null}
                <FigureTable section={section} figures={figuresOf(section)} />
                {section === 'support'
                  ? methodParts.map((part) => (
                      <Stack key={part.key} gap="xs">
                        <Title order={4} size="h6">
                          {part.title}
                        </Title>
                        {part.sections.flatMap((s) =>
                          s.tables.map((table) => (
                            <ReportTableView
                              key={`${part.key}-${table.key}`}
                              table={table}
                              columns={data.support.columns}
                              id={`package-${part.key}-${table.key}`}
                            />
                          )),
                        )}
                      </Stack>
                    ))
                  : null}
                {section === 'organisation' ? <OrganisationView data={data} /> : null}
              </Stack>
            </Accordion.Panel>
          </Accordion.Item>
        ))}
      </Accordion>
    </Stack>
  );
}

/** The data package section of the course page. */
export function TaskforceDataPackageSection({ course }: { course: TaskforceCourse }) {
  const { t } = useTranslation();
  const packageChoices = usePackageChoices();
  const packages = useTaskforceDataPackages(course.id);
  const [selected, setSelected] = useState<string | null>(null);
  const [freezing, setFreezing] = useState(false);
  const items = packages.data?.items ?? [];
  const packageId = selected ?? items[0]?.id ?? null;
  const data = useTaskforceDataPackage(course.id, packageId);
  return (
    <TaskforceSection
      id="taskforce-package-title"
      title={t('taskforce.package.title')}
      actions={
        course.abilities.canFreezeData ? (
          <CompactButton
            icon={<IconSnowflake size={14} aria-hidden="true" />}
            label={items.length === 0 ? t('taskforce.package.freeze') : t('taskforce.package.freezeAgain')}
            onClick={() => setFreezing(true)}
          />
        ) : null
      }
    >
      <ErrorAlert error={packages.error ?? data.error} />
      {packages.isPending ? <Loading /> : null}
      {!packages.isPending && items.length === 0 ? <EmptyText>{t('taskforce.package.none')}</EmptyText> : null}
      {items.length > 1 ? (
        <Select
          mb="md"
          label={t('taskforce.package.version')}
          w={{ base: '100%', sm: 420 }}
          allowDeselect={false}
          value={packageId}
          onChange={setSelected}
          data={packageChoices(items, (values, p) =>
            t(p.isBaseline ? 'taskforce.package.versionBaseline' : 'taskforce.package.versionLabel', values),
          )}
        />
      ) : null}
      {items.find((p) => p.id === packageId)?.isBaseline ? (
        <Group mb="sm">
          <StatusBadge tone="success">{t('taskforce.package.baseline')}</StatusBadge>
        </Group>
      ) : null}
      {data.isPending && packageId !== null ? <Loading /> : null}
      {data.data ? <PackageView data={data.data} /> : null}
      {freezing ? <FreezeModal course={course} onClose={() => setFreezing(false)} onFrozen={setSelected} /> : null}
    </TaskforceSection>
  );
}

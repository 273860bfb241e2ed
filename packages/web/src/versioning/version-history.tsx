import { Group, Select, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { VersionComparison, VersionList } from '@hjemvej/contract';
import { ErrorAlert } from '../components/error-alert';
import { Loading } from '../components/loading';
import { formatDateTime } from '../format/date';
import { useLanguage } from '../i18n/use-language';
import { VersionChanges, type FieldVocabulary } from './version-changes';
import { DataTable } from '../components/data-table';
import { EmptyText } from '../components/empty-text';
import './versions.css';
import { TitledSection } from '../components/titled-section';

interface VersionHistoryProps {
  idPrefix: string;
  versions: VersionList | undefined;
  versionsError: unknown;
  from: number | null;
  to: number | null;
  onChange: (from: number | null, to: number | null) => void;
  comparison: VersionComparison | undefined;
  comparisonError: unknown;
  comparisonLoading: boolean;
  vocabulary: FieldVocabulary;
}

/** Every saved version (who, when, what changed) and any two of them compared side by side. */
export function VersionHistory({
  idPrefix,
  versions,
  versionsError,
  from,
  to,
  onChange,
  comparison,
  comparisonError,
  comparisonLoading,
  vocabulary,
}: VersionHistoryProps) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const items = [...(versions?.items ?? [])].sort((a, b) => b.version - a.version);
  const options = items.map((item) => ({
    value: String(item.version),
    label: t('versioning.versions.version', { version: item.version }),
  }));
  const versionLabel = (version: number | null) => (version === null ? '–' : t('versioning.versions.version', { version }));
  return (
    <TitledSection id={`${idPrefix}-versions-heading`} title={t('versioning.versions.title')}>
      <ErrorAlert error={versionsError} />
      {versions ? (
        <Stack gap="lg">
          <DataTable
            caption={t('versioning.versions.caption')}
            minWidth={320}
            testId={`${idPrefix}-versions`}
            items={items}
            rowKey={(item) => String(item.version)}
            columns={[
              { header: t('versioning.versions.versionColumn'), rowHeader: true, cell: (item) => versionLabel(item.version) },
              { header: t('versioning.versions.savedBy'), cell: (item) => item.savedBy.name ?? '–' },
              { header: t('versioning.versions.savedAt'), cell: (item) => formatDateTime(item.savedBy.at, locale) },
              {
                header: t('versioning.versions.changed'),
                cell: (item) =>
                  item.version === 1
                    ? t('versioning.versions.first')
                    : item.changedFields.length === 0
                      ? t('versioning.versions.unchanged')
                      : item.changedFields.map((field) => vocabulary.field(field)).join(', '),
              },
            ]}
          />
          {items.length < 2 ? (
            <EmptyText>{t('versioning.compare.onlyOne')}</EmptyText>
          ) : (
            <TitledSection id={`${idPrefix}-compare-heading`} title={t('versioning.compare.title')}>
              <Group gap="sm" mb="md" grow preventGrowOverflow={false} wrap="wrap">
                <Select
                  label={t('versioning.compare.from')}
                  data={options}
                  value={from === null ? null : String(from)}
                  onChange={(value) => onChange(value === null ? null : Number(value), to)}
                  allowDeselect={false}
                  miw={160}
                />
                <Select
                  label={t('versioning.compare.to')}
                  data={options}
                  value={to === null ? null : String(to)}
                  onChange={(value) => onChange(from, value === null ? null : Number(value))}
                  allowDeselect={false}
                  miw={160}
                />
              </Group>
              {from !== null && from === to ? (
                <Text size="sm">{t('versioning.compare.same')}</Text>
              ) : (
                <>
                  <ErrorAlert error={comparisonError} />
                  {comparisonLoading ? <Loading /> : null}
                  {comparison ? (
                    <>
                      <Text size="sm" mb="xs">
                        {t('versioning.compare.summary', {
                          from: versionLabel(comparison.from.version),
                          fromBy: comparison.from.savedBy.name ?? '–',
                          fromAt: formatDateTime(comparison.from.savedBy.at, locale),
                          to: versionLabel(comparison.to.version),
                          toBy: comparison.to.savedBy.name ?? '–',
                          toAt: formatDateTime(comparison.to.savedBy.at, locale),
                        })}
                      </Text>
                      <VersionChanges
                        changes={comparison.changes}
                        fromLabel={versionLabel(comparison.from.version)}
                        toLabel={versionLabel(comparison.to.version)}
                        vocabulary={vocabulary}
                        testId={`${idPrefix}-compare`}
                      />
                    </>
                  ) : null}
                </>
              )}
            </TitledSection>
          )}
        </Stack>
      ) : versionsError ? null : (
        <Loading />
      )}
    </TitledSection>
  );
}

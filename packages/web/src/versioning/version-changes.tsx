import { Table, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { FieldChange } from '@hjemvej/contract';
import { StatusBadge, type BadgeTone } from '../components/status-badge';
import { TableFrame } from '../components/table-frame';
import { useLanguage } from '../i18n/use-language';
import { formatIsoDate } from '../format/date';
import './versions.css';

const changeTone: Record<FieldChange['change'], BadgeTone> = { added: 'success', removed: 'danger', changed: 'warning' };

export interface FieldVocabulary {
  /** The label of a field name ('goals', 'lifeArea'). */
  field: (name: string) => string;
  /** The label of a coded value ('housing' in 'lifeArea'), or null when the field is free text. */
  value: (name: string, value: string) => string | null;
  /** The label of item `index` of list `list` when it has a name of its own (an assessment's areas); else "Field n". */
  item?: (list: string, index: number) => string | null;
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** 'goals.1.goal' → "Mål 2 › Mål"; 'areas.3.note' → "Sociale forhold › Bemærkning" where items have names. */
export function pathLabel(path: string, vocabulary: FieldVocabulary): string {
  const parts: string[] = [];
  let list = '';
  for (const segment of path.split('.')) {
    if (/^\d+$/.test(segment) && parts.length > 0) {
      const named = vocabulary.item?.(list, Number(segment)) ?? null;
      parts[parts.length - 1] = named ?? `${parts[parts.length - 1]} ${Number(segment) + 1}`;
    } else {
      parts.push(vocabulary.field(segment));
      list = segment;
    }
  }
  return parts.join(' › ');
}

function lastName(path: string): string {
  return [...path.split('.')].reverse().find((segment) => !/^\d+$/.test(segment)) ?? path;
}

/** A version's value as text: dates and codes in words, whole list items as "Label: value" lines. */
export function useFormatValue(vocabulary: FieldVocabulary) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const format = (name: string, value: unknown): string => {
    if (value === null || value === undefined || value === '') return '–';
    if (typeof value === 'boolean') return value ? t('common.yes') : t('common.no');
    if (typeof value === 'number') return String(value);
    if (typeof value === 'string') {
      if (isoDate.test(value)) return formatIsoDate(value, locale);
      return vocabulary.value(name, value) ?? value;
    }
    if (Array.isArray(value)) return value.map((item) => format(name, item)).join('\n');
    if (typeof value === 'object') {
      return Object.entries(value)
        .filter(([, inner]) => inner !== null && inner !== '')
        .map(([key, inner]) => `${vocabulary.field(key)}: ${format(key, inner)}`)
        .join('\n');
    }
    return '–';
  };
  return (path: string, value: unknown) => format(lastName(path), value);
}

/**
 * One side of a changed field: a dash where the field did not exist on that side (added has no
 * "from", removed no "to"), else the value, struck out on the older side and inserted on the newer.
 */
function ChangeSide({
  change,
  side,
  formatValue,
}: {
  change: FieldChange;
  side: 'from' | 'to';
  formatValue: (path: string, value: unknown) => string;
}) {
  const absent = change.change === (side === 'from' ? 'added' : 'removed');
  const Mark = side === 'from' ? 'del' : 'ins';
  return (
    <Table.Td className={`version-change-${side}`}>
      {absent ? (
        <Text size="sm" c="dimmed">
          –
        </Text>
      ) : (
        <Mark className="version-value">{formatValue(change.path, change[side])}</Mark>
      )}
    </Table.Td>
  );
}

/**
 * Two versions side by side: one row per field that differs, the older value on the left, the
 * newer on the right, and the kind of change in words (colour is never the only cue).
 */
export function VersionChanges({
  changes,
  fromLabel,
  toLabel,
  vocabulary,
  testId,
}: {
  changes: readonly FieldChange[];
  fromLabel: string;
  toLabel: string;
  vocabulary: FieldVocabulary;
  testId?: string;
}) {
  const { t } = useTranslation();
  const formatValue = useFormatValue(vocabulary);
  if (changes.length === 0) {
    return (
      <Text size="sm" data-testid={testId}>
        {t('versioning.compare.noChanges')}
      </Text>
    );
  }
  return (
    <TableFrame caption={t('versioning.compare.caption', { from: fromLabel, to: toLabel })} minWidth={340} testId={testId}>
      <Table.Thead>
        <Table.Tr>
          <Table.Th scope="col">{t('versioning.compare.field')}</Table.Th>
          <Table.Th scope="col">{fromLabel}</Table.Th>
          <Table.Th scope="col">{toLabel}</Table.Th>
        </Table.Tr>
      </Table.Thead>
      <Table.Tbody>
        {changes.map((change) => (
          <Table.Tr key={change.path} className={`version-change version-change-${change.change}`}>
            <Table.Th scope="row" fw={500}>
              <div>{pathLabel(change.path, vocabulary)}</div>
              <StatusBadge tone={changeTone[change.change]}>{t(`versioning.compare.change.${change.change}`)}</StatusBadge>
            </Table.Th>
            <ChangeSide change={change} side="from" formatValue={formatValue} />
            <ChangeSide change={change} side="to" formatValue={formatValue} />
          </Table.Tr>
        ))}
      </Table.Tbody>
    </TableFrame>
  );
}

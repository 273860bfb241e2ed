import { Anchor, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { FiguresComputed, KeyFigureDefinitionOutput, MeasureSummaryOutput } from '@hjemvej/contract';
import { formatMoment } from '../../format/date';

const decimal = (n: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(n);

/** The figure as a headline: a share in per cent, a median in days, or a count; '–' when there is none. */
export function formatHeadline(display: 'share' | 'days' | 'count', s: MeasureSummaryOutput, language: string): string {
  if (display === 'share') return s.share === null ? '–' : `${decimal(s.share * 100, language)} %`;
  if (display === 'days') return s.median === null ? '–' : `${decimal(s.median, language)}`;
  return decimal(s.numerator, language);
}

/** 'q2025-3' → "3. kvt. 2025". */
export function quarterLabel(key: string, t: TFunction): string {
  const match = /^q(\d{4})-(\d)$/.exec(key);
  return match ? t('keyFigures.quarter', { year: match[1], quarter: match[2] }) : key;
}

/** The name of a breakdown group: a team's or shelter's name from the server, else the catalogue's word. */
export function useGroupLabel(breakdown: string) {
  const { t } = useTranslation();
  return (key: string, label: string | null): string => {
    if (label) return label;
    if (key === 'none') return t('keyFigures.none');
    if (breakdown === 'method') return t(`keyFigures.method.${key}`);
    if (breakdown === 'age_band') return t(`keyFigures.ageBand.${key}`);
    if (breakdown === 'sex') return t(`keyFigures.sex.${key}`);
    return key;
  };
}

/** What the figure counts, and the source it rests on. */
export function DefinitionDetails({ definition }: { definition: KeyFigureDefinitionOutput }) {
  const { t } = useTranslation();
  const rows: [string, string][] = [
    [t('keyFigures.definition.explanation'), definition.explanationDa],
    [t('keyFigures.definition.cohort'), definition.cohort],
    [t('keyFigures.definition.anchor'), definition.anchor],
    [t('keyFigures.definition.window'), definition.window],
    [t('keyFigures.definition.numerator'), definition.numerator],
    [t('keyFigures.definition.denominator'), definition.denominator],
    [t('keyFigures.definition.exclusions'), definition.exclusions],
  ];
  return (
    <details className="figure-definition">
      <summary>{t('keyFigures.definition.title', { id: definition.id, version: definition.version })}</summary>
      <dl>
        {rows.map(([label, text]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{text}</dd>
          </div>
        ))}
        <div>
          <dt>{t('keyFigures.definition.source')}</dt>
          <dd>
            {definition.sourceUrl ? (
              <Anchor href={definition.sourceUrl} target="_blank" rel="noreferrer">
                {definition.source}
              </Anchor>
            ) : (
              definition.source
            )}
          </dd>
        </div>
      </dl>
      {definition.note ? (
        <Text size="sm" c="dimmed">
          {definition.note}
        </Text>
      ) : null}
    </details>
  );
}

/** When the figures were computed and from what (today's summaries, the roll-up, the national view's daily answer, or live), and whether changes are pending, so they are never older than the screen says. */
export function ComputedNote({ computed }: { computed: FiguresComputed }) {
  const { t, i18n } = useTranslation();
  const at = formatMoment(computed.computedAt, i18n.language === 'en' ? 'en' : 'da');
  return (
    <Text size="sm" c="dimmed" data-testid="figures-computed">
      {t(`keyFigures.computed.${computed.source}`, { at, count: computed.updatedPersons })}
      {computed.changesPending ? ` ${t('keyFigures.computed.pending')}` : null}
    </Text>
  );
}

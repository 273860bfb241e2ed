import { useLayoutEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { Locale } from '@hjemvej/contract';
import { useLanguage } from '../../../i18n/use-language';
import { formatIsoDate, isoDateToTime } from '../../../format/date';
import { intlLocale } from '../../../format/locale';
import { timelineLanes, type TimelineSpan } from './timeline-model';

const dayMs = 86_400_000;

interface Tick {
  readonly at: number;
  readonly label: string;
}

/** Month starts (every 1, 3 or 12 months, so that at most about a dozen labels show), or week starts for short spans. */
function ticksBetween(start: number, end: number, locale: Locale): Tick[] {
  const days = (end - start) / dayMs;
  const ticks: Tick[] = [];
  if (days <= 60) {
    const format = new Intl.DateTimeFormat(intlLocale[locale], { day: 'numeric', month: 'short', timeZone: 'UTC' });
    for (let at = start + 7 * dayMs; at < end; at += 7 * dayMs) ticks.push({ at, label: format.format(new Date(at)) });
    return ticks;
  }
  const step = days > 1100 ? 12 : days > 400 ? 3 : 1;
  const format = new Intl.DateTimeFormat(
    intlLocale[locale],
    step === 12 ? { year: 'numeric', timeZone: 'UTC' } : { month: 'short', year: '2-digit', timeZone: 'UTC' },
  );
  const first = new Date(start);
  let month = first.getUTCFullYear() * 12 + first.getUTCMonth() + 1;
  if (step === 12) month = Math.ceil(month / 12) * 12;
  else if (step === 3) month = Math.ceil(month / 3) * 3;
  for (; ; month += step) {
    const at = Date.UTC(Math.floor(month / 12), month % 12, 1);
    if (at >= end) break;
    ticks.push({ at, label: format.format(new Date(at)) });
  }
  return ticks;
}

/**
 * Housing periods and stays as bars on a horizontal time axis, up to today. The list beside it
 * carries the same information for screen readers and keyboard users; the chart has readable
 * labels and dates too (each bar's title and text).
 */
export function TimelineChart({ spans, today }: { spans: readonly TimelineSpan[]; today: string }) {
  const { t } = useTranslation();
  const { locale } = useLanguage();
  const scrollRef = useRef<HTMLDivElement>(null);
  // On a narrow screen the chart scrolls sideways: start at today's end, where the news is.
  useLayoutEffect(() => {
    const element = scrollRef.current;
    if (element) element.scrollLeft = element.scrollWidth;
  }, [spans]);
  if (spans.length === 0) return null;
  const end = isoDateToTime(today) + dayMs;
  const earliest = Math.min(...spans.map((span) => isoDateToTime(span.from)));
  const start = Math.min(earliest, end - 30 * dayMs) - 2 * dayMs;
  const total = end + Math.max(2 * dayMs, (end - start) * 0.02) - start;
  const position = (time: number) => `${(((time - start) / total) * 100).toFixed(3)}%`;
  // Ticks right next to "today" would overlap its label.
  const ticks = ticksBetween(start, end, locale).filter((tick) => (end - tick.at) / total > 0.06);

  return (
    <figure className="tl-figure" aria-labelledby="timeline-chart-caption">
      <figcaption id="timeline-chart-caption" className="visually-hidden">
        {t('citizens.timeline.chartCaption')}
      </figcaption>
      <div ref={scrollRef} className="tl-scroll" tabIndex={0} role="region" aria-label={t('citizens.timeline.chartCaption')}>
        <div className="tl-chart">
          {timelineLanes.map((lane) => {
            const laneSpans = spans.filter((span) => span.lane === lane);
            return (
              <div key={lane} className="tl-lane">
                <div className="tl-lane-label">{t(`citizens.timeline.lane.${lane}`)}</div>
                <ul className="tl-track">
                  {laneSpans.map((span) => {
                    const from = isoDateToTime(span.from);
                    const to = span.to === null ? end : isoDateToTime(span.to);
                    const dates = `${formatIsoDate(span.from, locale)} – ${span.to === null ? t('citizens.timeline.now') : formatIsoDate(span.to, locale)}`;
                    return (
                      <li
                        key={span.id}
                        className={`tl-bar tl-bar--${span.colour}${span.to === null ? ' tl-bar--open' : ''}`}
                        style={{ left: position(from), width: `max(4px, ${(((to - from) / total) * 100).toFixed(3)}%)` }}
                        title={`${span.label}: ${dates}`}
                      >
                        <span className="tl-bar-text">
                          {span.label}
                          <span className="visually-hidden">, {dates}</span>
                        </span>
                      </li>
                    );
                  })}
                </ul>
              </div>
            );
          })}
          <div className="tl-axis" aria-hidden="true">
            <div className="tl-lane-label" />
            <div className="tl-axis-track">
              {ticks.map((tick) => (
                <span key={tick.at} className="tl-tick" style={{ left: position(tick.at) }}>
                  {tick.label}
                </span>
              ))}
              <span className="tl-today" style={{ left: position(end - dayMs / 2) }}>
                {t('citizens.timeline.today')}
              </span>
            </div>
          </div>
        </div>
      </div>
      <ul className="tl-legend">
        {(['homeless', 'housed', 'unknown', 'stay', 'support'] as const).map((colour) => (
          <li key={colour}>
            <span className={`tl-swatch tl-bar--${colour}`} aria-hidden="true" />
            {t(`citizens.timeline.legend.${colour}`)}
          </li>
        ))}
      </ul>
    </figure>
  );
}

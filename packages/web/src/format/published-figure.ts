import type { PublishedFigure } from '@hjemvej/contract';

const decimal = (n: number, language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 }).format(n);

/** A published (suppressed) figure's one shown value: a share in per cent, median days or the count, or the label hiding it. */
export function shownValue(display: string, f: PublishedFigure | undefined, language: string): string {
  if (!f) return '–';
  if (display === 'share') {
    if (f.share !== null) return `${decimal(Math.round(f.share * 1000) / 10, language)} %`;
    return f.shareLabel ?? (f.denominator.kind === 'suppressed' ? f.denominator.label : '–');
  }
  const hidden = f.denominator.kind === 'suppressed' ? f.denominator.label : '–';
  if (display === 'days') return f.median === null ? hidden : decimal(f.median, language);
  return f.numerator.kind === 'value' ? String(f.numerator.value) : f.numerator.label;
}

/**
 * "Where time goes": lead time from first contact to move-in, summarised the way leaders read
 * it (median, 75th percentile, share within the goal). Percentiles interpolate linearly
 * between the two nearest values, like PostgreSQL's percentile_cont.
 */
export function percentile(values: readonly number[], fraction: number): number | null {
  if (values.length === 0) return null;
  if (fraction < 0 || fraction > 1) throw new RangeError(`percentile fraction out of range: ${fraction}`);
  const sorted = [...values].sort((a, b) => a - b);
  const position = (sorted.length - 1) * fraction;
  const lower = Math.floor(position);
  const upper = Math.ceil(position);
  const low = sorted[lower] ?? 0;
  const high = sorted[upper] ?? low;
  return low + (high - low) * (position - lower);
}

export interface LeadTimeSummary {
  readonly count: number;
  readonly medianDays: number | null;
  readonly p75Days: number | null;
  /** Share (0–1) housed within the goal; null when nobody moved in. */
  readonly shareWithinGoal: number | null;
}

export function summariseLeadTimes(days: readonly number[], goalDays: number): LeadTimeSummary {
  if (days.length === 0) return { count: 0, medianDays: null, p75Days: null, shareWithinGoal: null };
  return {
    count: days.length,
    medianDays: percentile(days, 0.5),
    p75Days: percentile(days, 0.75),
    shareWithinGoal: days.filter((d) => d <= goalDays).length / days.length,
  };
}

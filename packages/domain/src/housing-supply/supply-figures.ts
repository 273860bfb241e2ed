/** Key figures of the supply overview, from plain rows: pure, so the definitions are tested once. */
import { daysBetween, type IsoDate } from '../calendar/iso-date';

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? null) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

/** Accepted over answered offers (pending and withdrawn are not answers); null without answers. */
export function acceptanceRate(offers: readonly { answer: string }[]): number | null {
  const answered = offers.filter((o) => o.answer === 'accepted' || o.answer === 'declined');
  if (answered.length === 0) return null;
  return answered.filter((o) => o.answer === 'accepted').length / answered.length;
}

/** Median days from ready-to-move to move-in, over the citizens who moved in. */
export function medianReadyToMoveIn(rows: readonly { readyToMoveOn: IsoDate | null; moveInOn: IsoDate | null }[]): number | null {
  return median(
    rows.flatMap((r) =>
      r.readyToMoveOn !== null && r.moveInOn !== null ? [Math.max(0, daysBetween(r.readyToMoveOn, r.moveInOn))] : [],
    ),
  );
}

/** Offers per calendar month (YYYY-MM), ascending. */
export function offersPerMonth(offers: readonly { offeredOn: IsoDate }[]): { month: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const o of offers) counts.set(o.offeredOn.slice(0, 7), (counts.get(o.offeredOn.slice(0, 7)) ?? 0) + 1);
  return [...counts.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([month, count]) => ({ month, count }));
}

/**
 * K14 for one team as the radar charts and their table read it: one row per core element, the
 * latest and previous score in % of full fidelity. The method module and the common Housing
 * First module are drawn as two radars (sixteen spokes on one would not be read on a phone);
 * the table lists both.
 */
import type { FidelityAnswer } from '@hjemvej/domain';
import type { FidelityInstrumentOutput, K14Team } from '@hjemvej/contract';

export interface FidelityChartRow {
  readonly key: string;
  readonly module: 'method' | 'common';
  readonly label: string;
  readonly latest: number | null;
  readonly previous: number | null;
  readonly change: number | null;
}

export function fidelityChartRows(team: K14Team): FidelityChartRow[] {
  return team.elements.map((e) => ({
    key: `${e.instrumentId}.${e.coreElementId}`,
    module: e.instrumentId === 'housing_first' ? 'common' : 'method',
    label: e.name,
    latest: e.latest,
    previous: e.previous,
    change: e.change,
  }));
}

/**
 * The radar's data: an element without an answer is drawn at the centre (0, "low fidelity at the
 * centre" as the Danish spider charts read) — the table beside it says "–" instead.
 */
export function radarData(rows: readonly FidelityChartRow[], module: FidelityChartRow['module']) {
  return rows
    .filter((r) => r.module === module)
    .map((r) => ({ element: r.label, latest: r.latest ?? 0, previous: r.previous ?? 0 }));
}

/** The answers a measurement form sends: the answered items, in the instruments' order. */
export function answersToSend(
  instruments: readonly FidelityInstrumentOutput[],
  answers: Readonly<Record<string, FidelityAnswer | null>>,
): { itemId: string; answer: FidelityAnswer }[] {
  return instruments.flatMap((i) =>
    i.items.flatMap((item) => {
      const answer = answers[item.id];
      return answer ? [{ itemId: item.id, answer }] : [];
    }),
  );
}

/** A score or a change in Danish or English number form: 88,9 / 88.9. */
export const formatScore = (value: number, locale: string) =>
  value.toLocaleString(locale === 'en' ? 'en-GB' : 'da-DK', { maximumFractionDigits: 1 });

import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../taskforce/case-review-sample';
import {
  COMPLEMENT_LABEL,
  formatPublishedCell,
  suppressList,
  suppressShare,
  suppressTable,
  type PublishedCell,
  type PublishedMargins,
  type SuppressedTable,
} from './suppression';

/**
 * The attacker: knows every published number, that "<k" means 1…k−1 and ".." means ≥ 0, and
 * how the totals add up. Enumerates every table consistent with that (bounded search) and
 * returns the hidden cells, totals included, whose value is the same in all of them. Written
 * independently of the cycle search in suppression.ts, by brute force.
 */
function recoverable(view: SuppressedTable, truth: readonly (readonly number[])[], cap: number): string[] {
  const k = view.threshold;
  const rows = truth.length;
  const columns = truth[0]?.length ?? 0;
  type Range = { low: number; high: number } | { fixed: number };
  const rangeOf = (cell: PublishedCell): Range =>
    cell.kind === 'value' ? { fixed: cell.value } : cell.reason === 'small' ? { low: 1, high: k - 1 } : { low: 0, high: cap };
  const ranges = view.cells.map((row) => row.map(rangeOf));
  const ok = (cell: PublishedCell | undefined, value: number): boolean =>
    !cell || (cell.kind === 'value' ? cell.value === value : cell.reason === 'small' ? value >= 1 && value < k : value >= 0);

  const hiddenNames: string[] = [];
  const seen = new Map<string, Set<number>>();
  const track = (name: string) => {
    hiddenNames.push(name);
    seen.set(name, new Set());
  };
  view.cells.forEach((row, i) => row.forEach((cell, j) => cell.kind === 'suppressed' && track(`cell ${i},${j}`)));
  view.rowTotals?.forEach((cell, i) => cell.kind === 'suppressed' && track(`row total ${i}`));
  view.columnTotals?.forEach((cell, j) => cell.kind === 'suppressed' && track(`column total ${j}`));
  if (view.grandTotal?.kind === 'suppressed') track('grand total');
  if (hiddenNames.length === 0) return [];

  const grid = truth.map((row) => row.map(() => 0));
  let done = false;
  const allTwice = () => [...seen.values()].every((values) => values.size >= 2);
  const record = () => {
    const rowSums = grid.map((row) => row.reduce((a, b) => a + b, 0));
    const columnSums = Array.from({ length: columns }, (_, j) => grid.reduce((a, row) => a + (row[j] ?? 0), 0));
    const grand = rowSums.reduce((a, b) => a + b, 0);
    for (let j = 0; j < columns; j++) if (!ok(view.columnTotals?.[j], columnSums[j] ?? 0)) return;
    if (!ok(view.grandTotal ?? undefined, grand)) return;
    view.cells.forEach((row, i) =>
      row.forEach((cell, j) => cell.kind === 'suppressed' && seen.get(`cell ${i},${j}`)?.add(grid[i]?.[j] ?? 0)),
    );
    view.rowTotals?.forEach((cell, i) => cell.kind === 'suppressed' && seen.get(`row total ${i}`)?.add(rowSums[i] ?? 0));
    view.columnTotals?.forEach((cell, j) => cell.kind === 'suppressed' && seen.get(`column total ${j}`)?.add(columnSums[j] ?? 0));
    if (view.grandTotal?.kind === 'suppressed') seen.get('grand total')?.add(grand);
    if (allTwice()) done = true;
  };
  const search = (position: number): void => {
    if (done) return;
    if (position === rows * columns) return record();
    const i = Math.floor(position / columns);
    const j = position % columns;
    const range = ranges[i]?.[j];
    if (!range) return;
    const values = 'fixed' in range ? [range.fixed] : Array.from({ length: range.high - range.low + 1 }, (_, n) => range.low + n);
    const gridRow = grid[i];
    if (!gridRow) return;
    for (const value of values) {
      gridRow[j] = value;
      const partialRow = gridRow.slice(0, j + 1).reduce((a, b) => a + b, 0);
      const rowTotal = view.rowTotals?.[i];
      if (rowTotal?.kind === 'value' && partialRow > rowTotal.value) break;
      const columnTotal = view.columnTotals?.[j];
      const partialColumn = grid.slice(0, i + 1).reduce((a, row) => a + (row[j] ?? 0), 0);
      if (columnTotal?.kind === 'value' && partialColumn > columnTotal.value) break;
      if (j === columns - 1 && !ok(rowTotal, partialRow)) continue;
      search(position + 1);
      if (done) return;
    }
    gridRow[j] = 0;
  };
  search(0);
  return hiddenNames.filter((name) => (seen.get(name)?.size ?? 0) < 2);
}

describe('suppressTable', () => {
  it('publishes a table with no small counts unchanged', () => {
    const view = suppressTable([
      [10, 12],
      [7, 30],
    ]);
    expect(view.cells.flat().every((cell) => cell.kind === 'value')).toBe(true);
    expect(view.grandTotal).toEqual({ kind: 'value', value: 59 });
    expect(view.hidden).toEqual({ small: 0, complement: 0 });
  });

  it('shows a small count as "<5", never as 0, and zero as 0', () => {
    const view = suppressTable([
      [2, 10, 0],
      [12, 10, 8],
    ]);
    expect(view.cells[0]?.[0]).toEqual({ kind: 'suppressed', reason: 'small', label: '<5' });
    expect(
      suppressTable([
        [0, 10],
        [12, 10],
      ]).cells[0]?.[0],
    ).toEqual({ kind: 'value', value: 0 });
    expect(view.hidden.complement).toBeGreaterThan(0);
    expect(
      view.cells
        .flat()
        .filter((c) => c.kind === 'suppressed' && c.reason === 'complement')
        .every((c) => formatPublishedCell(c) === COMPLEMENT_LABEL),
    ).toBe(true);
  });

  it('uses the configured threshold and refuses one below 3', () => {
    const view = suppressTable([[3, 10]], { threshold: 3, margins: { columnTotals: false } });
    expect(view.cells[0]?.[0]).toEqual({ kind: 'value', value: 3 });
    expect(() => suppressTable([[1]], { threshold: 2 })).toThrow(/threshold/);
    expect(() => suppressTable([[-1]])).toThrow(/non-negative/);
  });

  it('the attacker recovers a small cell when only primary suppression is done (the test can fail)', () => {
    // What a naive report would publish: 2 hidden, everything else shown.
    const naive: SuppressedTable = {
      threshold: 5,
      cells: [
        [
          { kind: 'suppressed', reason: 'small', label: '<5' },
          { kind: 'value', value: 10 },
        ],
        [
          { kind: 'value', value: 10 },
          { kind: 'value', value: 10 },
        ],
      ],
      rowTotals: [
        { kind: 'value', value: 12 },
        { kind: 'value', value: 20 },
      ],
      columnTotals: [
        { kind: 'value', value: 12 },
        { kind: 'value', value: 20 },
      ],
      grandTotal: { kind: 'value', value: 32 },
      hidden: { small: 1, complement: 0 },
    };
    expect(
      recoverable(
        naive,
        [
          [2, 10],
          [10, 10],
        ],
        40,
      ),
    ).toEqual(['cell 0,0']);
  });

  it('no hidden cell of generated tables can be worked out from the published totals', () => {
    // A deterministic generator, so a failure can be replayed.
    const next = mulberry32(20261205);
    let tables = 0;
    let hiddenCells = 0;
    for (let n = 0; n < 250; n++) {
      const rows = 1 + Math.floor(next() * 3);
      const columns = 1 + Math.floor(next() * 3);
      const cells = Array.from({ length: rows }, () =>
        Array.from({ length: columns }, () => {
          const r = next();
          return r < 0.15 ? 0 : r < 0.5 ? 1 + Math.floor(next() * 4) : 5 + Math.floor(next() * 8);
        }),
      );
      const marginChoices: PublishedMargins[] = [
        {},
        { grandTotal: false },
        { rowTotals: false },
        { rowTotals: false, grandTotal: false },
      ];
      const margins = marginChoices[Math.floor(next() * marginChoices.length)] ?? {};
      const view = suppressTable(cells, { margins });
      const grand = cells.flat().reduce((a, b) => a + b, 0);
      const recovered = recoverable(view, cells, grand + 5);
      expect(recovered, `table ${JSON.stringify(cells)} margins ${JSON.stringify(margins)}`).toEqual([]);
      tables++;
      hiddenCells += view.hidden.small + view.hidden.complement;
    }
    expect(tables).toBe(250);
    expect(hiddenCells).toBeGreaterThan(200); // the generator does produce small cells to protect
  });

  it('hides a second municipality when one is small and the country total is shown', () => {
    const list = suppressList([3, 40, 55, 12]);
    expect(list.counts[0]).toMatchObject({ kind: 'suppressed', label: '<5' });
    expect(list.counts.filter((c) => c.kind === 'suppressed')).toHaveLength(2);
    expect(list.counts[3]).toMatchObject({ kind: 'suppressed', reason: 'complement' }); // the smallest other
    expect(list.total).toEqual({ kind: 'value', value: 110 });
  });

  it('keeps all published values true', () => {
    const cells = [
      [1, 9, 14],
      [6, 2, 20],
      [11, 7, 0],
    ];
    const view = suppressTable(cells);
    view.cells.forEach((row, i) => row.forEach((cell, j) => cell.kind === 'value' && expect(cell.value).toBe(cells[i]?.[j])));
    expect(recoverable(view, cells, 80)).toEqual([]);
  });
});

describe('suppressShare', () => {
  it('hides a share when numerator, denominator or complement is below k', () => {
    expect(suppressShare(3, 40)).toMatchObject({ kind: 'suppressed', reason: 'small-numerator', label: '<5' });
    expect(suppressShare(4, 4)).toMatchObject({ kind: 'suppressed', reason: 'small-denominator' });
    expect(suppressShare(38, 40)).toMatchObject({ kind: 'suppressed', reason: 'small-complement' });
    expect(suppressShare(20, 40)).toEqual({ kind: 'value', numerator: 20, denominator: 40, share: 0.5 });
    expect(suppressShare(3, 40, { threshold: 3 })).toMatchObject({ kind: 'value', share: 0.075 });
    expect(() => suppressShare(5, 4)).toThrow(/exceeds/);
  });
});

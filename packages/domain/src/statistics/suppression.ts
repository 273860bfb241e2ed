/**
 * Suppression (diskretionering) of count tables that leave the need-to-know circle: status
 * reports, the national view, programme figures, the taskforce's data package and every export
 * of aggregates. Operational views whose reader may already see each person do not use it.
 *
 * Sources (see ../shared/research/next-wave.md A.4): Danmarks Statistik's rule of at least 3
 * individuals behind any published figure; Sundhedsdatastyrelsen shows hidden counts as "<5";
 * complementary (secondary) suppression so a hidden cell cannot be worked out by subtraction.
 *
 * The rules:
 * 1. Primary: a count with 0 < n < k is hidden and shown as "<k". Zero is published (it names
 *    nobody). k is configurable, default 5, never below 3.
 * 2. Secondary: as long as some hidden figure can be worked out exactly from what is published
 *    (cells, row totals, column totals, grand total, and the fact that "<k" means 1…k−1), more
 *    cells are hidden. Those show as ".." (hidden so the small ones cannot be recovered), never
 *    as "<k", which would be false, and never as 0.
 * 3. Shares (percentages): hidden when the numerator, the denominator or the complement
 *    (denominator − numerator) is below k.
 *
 * How "worked out exactly" is decided: write the table with its totals as one extended table
 * y in which every row and column sums to zero (cells as they are, row and column totals
 * negated, the grand total as it is). Any other table consistent with what is published differs
 * from the true one by changes on hidden cells only, whose every row and column sums to zero:
 * a sum of alternating cycles in the bipartite graph rows ↔ columns whose edges are the hidden
 * cells. A hidden cell is therefore undetermined exactly when some simple alternating cycle
 * through it can move by ±1 within every cell's known bounds (conformal decomposition: if any
 * other solution exists, one such cycle step exists). That is a reachability search, so the
 * check is exact and fast; the unit test verifies it against brute-force enumeration.
 */

export const DEFAULT_SUPPRESSION_THRESHOLD = 5;
export const MINIMUM_SUPPRESSION_THRESHOLD = 3;

export interface SuppressionOptions {
  /** k: counts 1…k−1 are hidden. Default 5, never below 3. */
  readonly threshold?: number;
}

export type SuppressionReason = 'small' | 'complement';

export type PublishedCell =
  | { readonly kind: 'value'; readonly value: number }
  | { readonly kind: 'suppressed'; readonly reason: SuppressionReason; readonly label: string };

/** Which totals are published beside the cells. All three by default. */
export interface PublishedMargins {
  readonly rowTotals?: boolean;
  readonly columnTotals?: boolean;
  readonly grandTotal?: boolean;
}

export interface SuppressedTable {
  readonly threshold: number;
  readonly cells: readonly (readonly PublishedCell[])[];
  /** null when row totals are not published. */
  readonly rowTotals: readonly PublishedCell[] | null;
  readonly columnTotals: readonly PublishedCell[] | null;
  readonly grandTotal: PublishedCell | null;
  /** How many cells (totals included) were hidden, per reason. */
  readonly hidden: { readonly small: number; readonly complement: number };
}

export const COMPLEMENT_LABEL = '..';

export function suppressionThreshold(options: SuppressionOptions = {}): number {
  const k = options.threshold ?? DEFAULT_SUPPRESSION_THRESHOLD;
  if (!Number.isInteger(k) || k < MINIMUM_SUPPRESSION_THRESHOLD) {
    throw new RangeError(`suppression threshold must be an integer ≥ ${MINIMUM_SUPPRESSION_THRESHOLD}, got ${k}`);
  }
  return k;
}

export function smallLabel(threshold: number): string {
  return `<${threshold}`;
}

/** The text a cell is shown as: the number, "<k" or "..". */
export function formatPublishedCell(cell: PublishedCell, formatNumber: (n: number) => string = String): string {
  return cell.kind === 'value' ? formatNumber(cell.value) : cell.label;
}

function assertCount(value: number, where: string): void {
  if (!Number.isInteger(value) || value < 0) throw new RangeError(`${where} must be a non-negative integer, got ${value}`);
}

// ── the extended table ────────────────────────────────────────────────────────────────────────

type State = 'published' | 'small' | 'complement' | 'unpublished';

interface Edge {
  readonly row: number; // 0…R−1 cells, R = the totals row
  readonly column: number; // 0…C−1 cells, C = the totals column
  /** The true count (cell or total), always ≥ 0. */
  readonly count: number;
  /** +1 for cells and the grand total, −1 for row and column totals (they enter y negated). */
  readonly sign: 1 | -1;
  state: State;
}

class Extended {
  readonly edges: Edge[][];
  constructor(
    readonly rows: number,
    readonly columns: number,
    cells: readonly (readonly number[])[],
    margins: Required<PublishedMargins>,
  ) {
    const rowSums = cells.map((row) => row.reduce((a, b) => a + b, 0));
    const columnSums = Array.from({ length: columns }, (_, j) => cells.reduce((a, row) => a + (row[j] ?? 0), 0));
    const grand = rowSums.reduce((a, b) => a + b, 0);
    this.edges = [];
    for (let i = 0; i <= rows; i++) {
      const line: Edge[] = [];
      for (let j = 0; j <= columns; j++) {
        // A cell, a row total, a column total or the grand total: its count, sign and whether it is published.
        const [count, sign, published]: [number, 1 | -1, boolean] =
          i < rows && j < columns
            ? [cells[i]?.[j] ?? 0, 1, true]
            : i < rows
              ? [rowSums[i] ?? 0, -1, margins.rowTotals]
              : j < columns
                ? [columnSums[j] ?? 0, -1, margins.columnTotals]
                : [grand, 1, margins.grandTotal];
        line.push({ row: i, column: j, count, sign, state: published ? 'published' : 'unpublished' });
      }
      this.edges.push(line);
    }
  }

  edge(row: number, column: number): Edge {
    const edge = this.edges[row]?.[column];
    if (!edge) throw new RangeError(`no cell ${row},${column}`);
    return edge;
  }

  all(): Edge[] {
    return this.edges.flat();
  }
}

/** What a reader knows about a hidden count: "<k" means 1…k−1, ".." and unpublished mean ≥ 0. */
function bounds(edge: Edge, threshold: number): { low: number; high: number } {
  return edge.state === 'small' ? { low: 1, high: threshold - 1 } : { low: 0, high: Number.POSITIVE_INFINITY };
}

/** Can y (the signed value) of a hidden edge move by `step` (±1) within its bounds? */
function canMove(edge: Edge, step: 1 | -1, threshold: number): boolean {
  const { low, high } = bounds(edge, threshold);
  const countStep = step * edge.sign; // y = sign × count
  return countStep > 0 ? edge.count + 1 <= high : edge.count - 1 >= low;
}

const isHidden = (edge: Edge): boolean => edge.state !== 'published';

/**
 * Is the hidden edge's count fixed by what is published? True when no alternating cycle through
 * it can move: from its column back to its row, column→row along edges that move by −s and
 * row→column along edges that move by +s.
 */
function isDetermined(table: Extended, target: Edge, threshold: number): boolean {
  for (const s of [1, -1] as const) {
    if (!canMove(target, s, threshold)) continue;
    // Breadth-first search over nodes: rows 0…R and columns 0…C.
    const seenRows = new Set<number>();
    const seenColumns = new Set<number>([target.column]);
    const queue: { kind: 'row' | 'column'; index: number }[] = [{ kind: 'column', index: target.column }];
    while (queue.length > 0) {
      const node = queue.shift();
      if (!node) break;
      if (node.kind === 'column') {
        for (let i = 0; i <= table.rows; i++) {
          if (seenRows.has(i)) continue;
          const edge = table.edge(i, node.index);
          if (edge === target || !isHidden(edge) || !canMove(edge, s === 1 ? -1 : 1, threshold)) continue;
          if (i === target.row) return false; // the cycle closes: another solution exists
          seenRows.add(i);
          queue.push({ kind: 'row', index: i });
        }
      } else {
        for (let j = 0; j <= table.columns; j++) {
          if (seenColumns.has(j)) continue;
          const edge = table.edge(node.index, j);
          if (edge === target || !isHidden(edge) || !canMove(edge, s, threshold)) continue;
          seenColumns.add(j);
          queue.push({ kind: 'column', index: j });
        }
      }
    }
  }
  return true;
}

/** The hidden edges that are displayed (unpublished totals are not shown, so nothing to recover). */
function determinedShown(table: Extended, threshold: number): Edge | undefined {
  return table
    .all()
    .find((edge) => (edge.state === 'small' || edge.state === 'complement') && isDetermined(table, edge, threshold));
}

/**
 * Hide more cells so that `target` is no longer determined: the cheapest rectangle
 * target–(row, j)–(i, j)–(i, column) of the extended table, cost being the counts newly hidden
 * (a hidden zero costs as much as k: it protects little, since the reader's bounds are tight).
 */
function protect(table: Extended, target: Edge, threshold: number): void {
  let best: { cost: number; add: Edge[] } | undefined;
  for (let i = 0; i <= table.rows; i++) {
    if (i === target.row) continue;
    for (let j = 0; j <= table.columns; j++) {
      if (j === target.column) continue;
      const corners = [table.edge(target.row, j), table.edge(i, j), table.edge(i, target.column)];
      const add = corners.filter((edge) => edge.state === 'published');
      const cost = add.reduce((sum, edge) => sum + (edge.count > 0 ? edge.count : threshold), 0);
      if (best && cost >= best.cost) continue;
      for (const edge of add) edge.state = 'complement';
      const works = !isDetermined(table, target, threshold);
      for (const edge of add) edge.state = 'published';
      if (works) best = { cost, add };
    }
  }
  if (best) {
    for (const edge of best.add) edge.state = 'complement';
    return;
  }
  // No rectangle alone frees it (bounds block every short cycle): hide the whole row and column.
  for (let j = 0; j <= table.columns; j++)
    if (table.edge(target.row, j).state === 'published') table.edge(target.row, j).state = 'complement';
  for (let i = 0; i <= table.rows; i++)
    if (table.edge(i, target.column).state === 'published') table.edge(i, target.column).state = 'complement';
}

/**
 * Suppress a table of counts (rows × columns) and its published totals. The totals are computed
 * from the cells; pass `margins` to leave some unpublished (a one-dimensional list: one column,
 * `{ rowTotals: false, grandTotal: false }`, its column total being the list's total).
 */
export function suppressTable(
  cells: readonly (readonly number[])[],
  options: SuppressionOptions & { readonly margins?: PublishedMargins } = {},
): SuppressedTable {
  const threshold = suppressionThreshold(options);
  const rows = cells.length;
  const columns = cells[0]?.length ?? 0;
  cells.forEach((row, i) => {
    if (row.length !== columns) throw new RangeError(`row ${i} has ${row.length} cells, expected ${columns}`);
    row.forEach((value, j) => assertCount(value, `cell ${i},${j}`));
  });
  const margins = { rowTotals: true, columnTotals: true, grandTotal: true, ...options.margins };
  const table = new Extended(rows, columns, cells, margins);

  // 1. Primary: every shown count 1…k−1, totals included.
  for (const edge of table.all()) {
    if (edge.state === 'published' && edge.count > 0 && edge.count < threshold) edge.state = 'small';
  }
  // 2. Secondary until nothing hidden can be worked out. Each round hides at least one more
  //    cell, so this ends; when everything is hidden, nothing can be.
  for (let round = 0; round <= (rows + 1) * (columns + 1); round++) {
    const exposed = determinedShown(table, threshold);
    if (!exposed) break;
    protect(table, exposed, threshold);
  }

  const label = smallLabel(threshold);
  const publish = (edge: Edge): PublishedCell =>
    edge.state === 'small'
      ? { kind: 'suppressed', reason: 'small', label }
      : edge.state === 'complement'
        ? { kind: 'suppressed', reason: 'complement', label: COMPLEMENT_LABEL }
        : { kind: 'value', value: edge.count };
  const shown = table.all().filter((edge) => edge.state !== 'unpublished');
  return {
    threshold,
    cells: Array.from({ length: rows }, (_, i) => Array.from({ length: columns }, (_, j) => publish(table.edge(i, j)))),
    rowTotals: margins.rowTotals ? Array.from({ length: rows }, (_, i) => publish(table.edge(i, columns))) : null,
    columnTotals: margins.columnTotals ? Array.from({ length: columns }, (_, j) => publish(table.edge(rows, j))) : null,
    grandTotal: margins.grandTotal ? publish(table.edge(rows, columns)) : null,
    hidden: {
      small: shown.filter((edge) => edge.state === 'small').length,
      complement: shown.filter((edge) => edge.state === 'complement').length,
    },
  };
}

/** A list of counts with its total (e.g. one figure per municipality and the country). */
export function suppressList(
  counts: readonly number[],
  options: SuppressionOptions & { readonly total?: boolean } = {},
): { readonly threshold: number; readonly counts: readonly PublishedCell[]; readonly total: PublishedCell | null } {
  const table = suppressTable(
    counts.map((n) => [n]),
    { ...options, margins: { rowTotals: false, columnTotals: options.total ?? true, grandTotal: false } },
  );
  return {
    threshold: table.threshold,
    counts: table.cells.map((row) => row[0] ?? { kind: 'value', value: 0 }),
    total: table.columnTotals?.[0] ?? null,
  };
}

export type PublishedShare =
  | { readonly kind: 'value'; readonly numerator: number; readonly denominator: number; readonly share: number }
  | {
      readonly kind: 'suppressed';
      readonly reason: 'small-numerator' | 'small-denominator' | 'small-complement';
      readonly label: string;
    };

/** A share (numerator / denominator): hidden when numerator, denominator or complement is < k. */
export function suppressShare(numerator: number, denominator: number, options: SuppressionOptions = {}): PublishedShare {
  const threshold = suppressionThreshold(options);
  assertCount(numerator, 'numerator');
  assertCount(denominator, 'denominator');
  if (numerator > denominator) throw new RangeError(`numerator ${numerator} exceeds denominator ${denominator}`);
  const label = smallLabel(threshold);
  if (denominator < threshold) return { kind: 'suppressed', reason: 'small-denominator', label };
  if (numerator < threshold) return { kind: 'suppressed', reason: 'small-numerator', label };
  if (denominator - numerator < threshold) return { kind: 'suppressed', reason: 'small-complement', label };
  return { kind: 'value', numerator, denominator, share: numerator / denominator };
}

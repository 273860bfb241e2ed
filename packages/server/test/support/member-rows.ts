/** Comparing key-figure member rows from two sources (the SQL, the roll-up, the domain's reference) row for row. */
import type { MemberRow } from '@hjemvej/domain';

/** A member row's identity: its window, measure and subject. */
export const rowKey = (r: MemberRow) => `${r.window}|${r.measure}|${r.subjectId}`;

/** The rows in key order, each value a number (PostgreSQL answers numerics as strings). */
export const sortRows = (rows: readonly MemberRow[]) =>
  [...rows]
    .map((r) => ({ ...r, value: r.value === null ? null : Number(r.value) }))
    .sort((a, b) => rowKey(a).localeCompare(rowKey(b)));

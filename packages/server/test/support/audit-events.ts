/**
 * Reading the audit log in tests: the events that match a filter (each given field must match; a
 * list matches any of its values), with only the columns a test compares, so `toEqual` on a row
 * checks exactly those columns.
 */
import type { Db } from '../../src/database/connection';
import type { AuditEventRow } from '../../src/database/schema';

export interface AuditFilter {
  readonly action?: string | readonly string[];
  readonly subjectId?: string;
  readonly actorUserId?: string;
  readonly actorOrganisationId?: string;
  readonly citizenId?: string | readonly string[];
  readonly dataOrganisationId?: string;
  readonly outcome?: AuditEventRow['outcome'];
}

const filterColumns = {
  action: 'action',
  subjectId: 'subject_id',
  actorUserId: 'actor_user_id',
  actorOrganisationId: 'actor_organisation_id',
  citizenId: 'citizen_id',
  dataOrganisationId: 'data_organisation_id',
  outcome: 'outcome',
} as const satisfies Record<keyof AuditFilter, keyof AuditEventRow>;

type AuditColumn = keyof AuditEventRow;

async function findAuditEvents<C extends AuditColumn>(
  db: Db,
  filter: AuditFilter,
  columns: readonly C[] | undefined,
  order: 'asc' | 'desc',
): Promise<Pick<AuditEventRow, C>[]> {
  let query = db.selectFrom('audit_events').selectAll();
  for (const key of Object.keys(filterColumns) as (keyof AuditFilter)[]) {
    const value = filter[key];
    if (value === undefined) continue;
    const column = filterColumns[key];
    query = typeof value === 'string' ? query.where(column, '=', value) : query.where(column, 'in', value);
  }
  const rows = await query.orderBy('id', order).execute();
  if (!columns) return rows;
  return rows.map((row) => Object.fromEntries(columns.map((column) => [column, row[column]])) as Pick<AuditEventRow, C>);
}

/** The audit events matching `filter`, oldest first, with the `columns` named (every column when none are). */
export function auditEvents<C extends AuditColumn = AuditColumn>(
  db: Db,
  filter: AuditFilter,
  columns?: readonly C[],
): Promise<Pick<AuditEventRow, C>[]> {
  return findAuditEvents(db, filter, columns, 'asc');
}

type FirstAuditEvent = <C extends AuditColumn = AuditColumn>(
  db: Db,
  filter: AuditFilter,
  columns?: readonly C[],
) => Promise<Pick<AuditEventRow, C>>;

/** A reader of the first audit event matching a filter in the given order; there must be one. */
function firstAuditEvent(order: 'asc' | 'desc'): FirstAuditEvent {
  return async (db, filter, columns) => {
    const [first] = await findAuditEvents(db, filter, columns, order);
    if (first === undefined) throw new Error(`no audit event matches ${JSON.stringify(filter)}`);
    return first;
  };
}

/** The oldest audit event matching `filter` (see auditEvents); there must be one. */
export const auditEvent = firstAuditEvent('asc');

/** The newest audit event matching `filter` (see auditEvents); there must be one. */
export const newestAuditEvent = firstAuditEvent('desc');

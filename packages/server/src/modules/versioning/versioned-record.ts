/**
 * Versioned records: assessments, plans and decisions keep every saved version in full, each in
 * its own `*_versions` table of the same shape (the content as JSON, who saved it, when). This
 * is the one implementation of what they share:
 *
 * - a change carries the version the user saw; when someone else saved first nothing is
 *   overwritten and the answer is 409 naming who changed what (`saveNewVersion`);
 * - the version rows are written and read here, always scoped through the record's citizen;
 * - one version, the list of versions and two versions compared (`versionReads`), and every
 *   version of a citizen's records at once for the timeline (`findVersionsOfPerson`).
 *
 * A module keeps its own columns, rules and presentation. A new versioned kind is a table of
 * the same shape and an entry in `versionedKinds`.
 */
import { sql, type Transaction } from 'kysely';
import type { DataCategory } from '@hjemvej/domain';
import type { AuditAction, CompareQuery, VersionComparison, VersionedStoreKind, VersionList } from '@hjemvej/contract';
import type { Actor } from '../../access/actor';
import { whereCitizenInScope } from '../../access/citizen-scope';
import type { Database } from '../../database/schema';
import type { DataContext } from '../../http/secured-route';
import { citizenAuditSubject, describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { staleVersionError } from './version-conflict';
import { comparisonAnswer, versionAnswer, type VersionAnswer } from './version-answers';
import { auditChangesOf, summariseVersions, type StoredVersion } from './version-diff';

type Tx = Transaction<Database>;

interface VersionedKindTables {
  readonly records: keyof Database;
  readonly versions: keyof Database;
  /** The versions table's column naming the record. */
  readonly key: string;
  /** The audit action of a change: the 409 answer reads what changed since a version from its events. */
  readonly updateAction: AuditAction;
  /** The need-to-know category the record's content belongs to (the whole content, health areas included). */
  readonly category: DataCategory;
}

export const versionedKinds = {
  assessment: {
    records: 'assessments',
    versions: 'assessment_versions',
    key: 'assessment_id',
    updateAction: 'assessment.update',
    category: 'assessment',
  },
  plan: { records: 'plans', versions: 'plan_versions', key: 'plan_id', updateAction: 'plan.update', category: 'plans' },
  decision: {
    records: 'decisions',
    versions: 'decision_versions',
    key: 'decision_id',
    updateAction: 'decision.update',
    category: 'decisions',
  },
  course_registration: {
    records: 'course_registrations',
    versions: 'course_registration_versions',
    key: 'course_registration_id',
    updateAction: 'course_registration.update',
    category: 'support',
  },
} as const satisfies Record<VersionedStoreKind, VersionedKindTables>;

interface VersionRow {
  record_id: string;
  version: number;
  content: unknown;
  saved_by_name: string | null;
  saved_at: Date;
}

/** The kind's versions under one set of column names, joined to their record and scoped through its citizen. */
function selectVersions(tx: Tx, actor: Actor, kind: VersionedStoreKind) {
  const tables = versionedKinds[kind];
  const versions = sql<VersionRow>`(SELECT ${sql.ref(tables.key)} AS record_id, version, content, saved_by_name, saved_at
    FROM ${sql.table(tables.versions)})`;
  const records = sql<{ id: string; citizen_id: string }>`${sql.table(tables.records)}`;
  return tx
    .selectFrom(versions.as('v'))
    .innerJoin(records.as('r'), 'r.id', 'v.record_id')
    .select(['v.record_id as recordId', 'v.version', 'v.content', 'v.saved_by_name as savedByName', 'v.saved_at as savedAt'])
    .where((eb) => whereCitizenInScope(eb, 'r.citizen_id', actor, tables.category));
}

/** The record's versions (all, or the ones asked for), oldest first. */
export async function findVersions(
  tx: Tx,
  actor: Actor,
  kind: VersionedStoreKind,
  recordId: string,
  versions?: readonly number[],
): Promise<StoredVersion[]> {
  if (versions && versions.length === 0) return [];
  let query = selectVersions(tx, actor, kind).where('v.record_id', '=', recordId);
  if (versions) query = query.where('v.version', 'in', [...versions]);
  return query.orderBy('v.version').execute();
}

/** Every version of the kind's records of the person made of `citizenRecordIds`, by record, oldest first. */
export async function findVersionsOfPerson(
  tx: Tx,
  actor: Actor,
  kind: VersionedStoreKind,
  citizenRecordIds: readonly string[],
): Promise<(StoredVersion & { recordId: string })[]> {
  if (citizenRecordIds.length === 0) return [];
  return selectVersions(tx, actor, kind)
    .where('r.citizen_id', 'in', [...citizenRecordIds])
    .orderBy('v.record_id')
    .orderBy('v.version')
    .execute();
}

/** Keeps `content` as version `version` of the record, saved by the actor now. */
export async function insertVersion(
  tx: Tx,
  actor: Actor,
  kind: VersionedStoreKind,
  recordId: string,
  version: number,
  content: unknown,
): Promise<void> {
  const tables = versionedKinds[kind];
  await sql`INSERT INTO ${sql.table(tables.versions)} (${sql.ref(tables.key)}, version, content, saved_by_user_id, saved_by_name)
    VALUES (${recordId}, ${version}, ${JSON.stringify(content)}::jsonb, ${actor.userId}, ${actor.displayName})`.execute(tx);
}

/**
 * A new record's first version: keeps `content` as version 1 and describes the event about the
 * citizen's record with its `changes` and the version.
 */
export async function keepFirstVersion(
  ctx: DataContext,
  person: Pick<Person, 'root'>,
  kind: VersionedStoreKind,
  id: string,
  content: unknown,
  changes: Record<string, unknown>,
): Promise<void> {
  await insertVersion(ctx.tx, ctx.actor, kind, id, 1, content);
  describeCitizenRecord(ctx, person, kind, id, { ...changes, version: 1 });
}

export interface VersionedChange<C extends Record<string, unknown>> {
  readonly kind: VersionedStoreKind;
  readonly id: string;
  /** The version the user saw, and the record's version now (read with the row lock held). */
  readonly seenVersion: number;
  readonly currentVersion: number;
  /** The record as it is now, already allow-listed by its output schema: the 409 answer shows it. */
  readonly current: () => Record<string, unknown>;
  readonly before: C;
  /** The content after the change, checked by the module's rules (called only when not stale). */
  readonly next: () => C | Promise<C>;
  /** Writes the module's own columns; the version, who and when are written here. */
  readonly write: (next: C) => Promise<void>;
  /** Free-text and list fields, named in the audit event but never copied into it (see auditChangesOf). */
  readonly namedOnlyFields: readonly string[];
}

/**
 * A change's fields that every module fills the same way: the kind, the locked row's id and
 * version, the version the user saw, the record now (for a 409), the content before and the
 * fields named only. The module adds its `next` and `write`.
 */
export function versionedChange<C extends Record<string, unknown>>(
  kind: VersionedStoreKind,
  row: { readonly id: string; readonly version: number },
  seenVersion: number,
  current: () => Record<string, unknown>,
  before: C,
  namedOnlyFields: readonly string[],
): Omit<VersionedChange<C>, 'next' | 'write'> {
  return { kind, id: row.id, seenVersion, currentVersion: row.version, current, before, namedOnlyFields };
}

/**
 * Saves a change as the record's next version. Stale (someone else saved since the version the
 * user saw): 409 naming who and which fields, and nothing is written. The version is bumped
 * with a compare-and-set on the version the user saw, so two saves racing cannot both win.
 */
export async function saveNewVersion<C extends Record<string, unknown>>(
  ctx: DataContext,
  change: VersionedChange<C>,
): Promise<{ content: C; version: number; auditChanges: Record<string, unknown> }> {
  const tables = versionedKinds[change.kind];
  const stale = () =>
    staleVersionError(
      ctx.tx,
      ctx.locale,
      { id: change.id, actions: [tables.updateAction], sinceVersion: change.seenVersion },
      change.current(),
    );
  if (change.seenVersion !== change.currentVersion) throw await stale();
  const content = await change.next();
  const bumped = await sql<{ version: number }>`UPDATE ${sql.table(tables.records)}
    SET version = version + 1, updated_by_user_id = ${ctx.actor.userId}, updated_at = now()
    WHERE id = ${change.id} AND version = ${change.seenVersion}
    RETURNING version`.execute(ctx.tx);
  const version = bumped.rows[0]?.version;
  if (version === undefined) throw await stale();
  await change.write(content);
  await insertVersion(ctx.tx, ctx.actor, change.kind, change.id, version, content);
  const auditChanges = auditChangesOf(change.before, content, change.namedOnlyFields, { from: change.seenVersion, to: version });
  return { content, version, auditChanges };
}

/** A versioned record found in the actor's scope, with what its audit events carry. */
export interface VersionedRecordRef {
  readonly id: string;
  readonly auditSubject: { readonly citizenId: string; readonly dataOrganisationId: string };
}

/** The record found with its person, as its version routes take it. */
export function versionedRecordRef(ctx: DataContext, found: { row: { id: string }; person: Person }): VersionedRecordRef {
  return { id: found.row.id, auditSubject: citizenAuditSubject(ctx, found.person) };
}

/** Reading a kind's versions: the list, one version in full, two compared. Each describes its audit event. */
export function versionReads<C>(kind: VersionedStoreKind, read: (value: unknown) => C | null) {
  const describe = (ctx: DataContext, record: VersionedRecordRef, changes: Record<string, unknown>) =>
    ctx.describe({ subjectType: kind, subjectId: record.id, ...record.auditSubject, changes });
  return {
    async list(ctx: DataContext, record: VersionedRecordRef): Promise<VersionList> {
      const versions = await findVersions(ctx.tx, ctx.actor, kind, record.id);
      describe(ctx, record, { count: versions.length });
      return { id: record.id, items: summariseVersions(versions) };
    },
    async one(ctx: DataContext, record: VersionedRecordRef, version: number): Promise<VersionAnswer<C>> {
      const [stored] = await findVersions(ctx.tx, ctx.actor, kind, record.id, [version]);
      describe(ctx, record, { version });
      return versionAnswer(record.id, stored, read);
    },
    async compare(ctx: DataContext, record: VersionedRecordRef, query: CompareQuery): Promise<VersionComparison> {
      const stored = await findVersions(ctx.tx, ctx.actor, kind, record.id, [query.from, query.to]);
      describe(ctx, record, { from: query.from, to: query.to });
      return comparisonAnswer(record.id, stored, query, read);
    },
  };
}

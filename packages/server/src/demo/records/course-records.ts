/**
 * Course records (assessments, plans, decisions, course registrations) written straight to the database with their
 * versions, as the demo data, the bulk generators and the test factories write them (the
 * services' own write path, with its rules and audit, is `saveNewVersion`). The record row
 * holds the last version. Each kind's rows are made once here (`…Rows`), for a bulk writer to
 * collect, and written by `insert…`.
 */
import { randomUUID } from 'node:crypto';
import type { AssessmentContent, CourseRegistrationContent, DecisionContent, PlanContent } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import type { Database } from '../../database/schema';
import { storedBodyOf } from '../../modules/plans/plan-queries';
import { decisionColumnsOf } from '../../modules/decisions/decision-queries';
import { appendDemoRows, insertDemoRows, type DemoRows } from './demo-rows';

/** Who saved, or null for records nobody in the system wrote; the name null where only the user is known. */
export type RecordAuthor = { readonly id: string; readonly name: string | null } | null;

/** One saved version; without `savedAt` the database's clock. */
export interface RecordVersion<C> {
  readonly content: C;
  readonly savedAt?: Date;
}

/** A record's saved versions, oldest first, and who saved them. */
export interface RecordVersions<C> {
  readonly citizenId: string;
  readonly versions: readonly RecordVersion<C>[];
  readonly by: RecordAuthor;
}

/** A new record's id and its rows. */
export interface VersionedRecordRows<T extends keyof Database> {
  readonly id: string;
  readonly rows: DemoRows<T>;
}

function lastOf<C>(versions: readonly RecordVersion<C>[]): RecordVersion<C> {
  const last = versions.at(-1);
  if (!last) throw new Error('a record needs at least one version');
  return last;
}

/** The columns written by the version list: who, when, and the version number. */
function stamps<C>(versions: readonly RecordVersion<C>[], by: RecordAuthor) {
  const first = versions[0]?.savedAt;
  const last = lastOf(versions).savedAt;
  return {
    created_by_user_id: by?.id ?? null,
    updated_by_user_id: by?.id ?? null,
    ...(first ? { created_at: first } : {}),
    ...(last ? { updated_at: last } : {}),
    version: versions.length,
  };
}

function versionRows<C>(versions: readonly RecordVersion<C>[], by: RecordAuthor) {
  return versions.map((v, index) => ({
    version: index + 1,
    content: JSON.stringify(v.content),
    saved_by_user_id: by?.id ?? null,
    saved_by_name: by?.name ?? null,
    ...(v.savedAt ? { saved_at: v.savedAt } : {}),
  }));
}

/** The record row's citizen and stamps, with a new id. */
function recordOf<C>(values: RecordVersions<C>) {
  return { id: randomUUID(), citizen_id: values.citizenId, ...stamps(values.versions, values.by) };
}

/** An assessment's rows. The row keeps `areas` as given; a version keeps its content as given. */
export function assessmentRows(
  values: RecordVersions<AssessmentContent> & { readonly areas: readonly unknown[] },
): VersionedRecordRows<'assessments' | 'assessment_versions'> {
  const record = recordOf(values);
  const last = lastOf(values.versions).content;
  return {
    id: record.id,
    rows: {
      assessments: [
        {
          ...record,
          assessed_on: last.assessedOn,
          areas: JSON.stringify(values.areas),
          summary: last.summary,
          citizen_view: last.citizenView,
        },
      ],
      assessment_versions: versionRows(values.versions, values.by).map((row) => ({ ...row, assessment_id: record.id })),
    },
  };
}

/** A plan's rows. */
export function planRows(values: RecordVersions<PlanContent>): VersionedRecordRows<'plans' | 'plan_versions'> {
  const record = recordOf(values);
  const last = lastOf(values.versions).content;
  return {
    id: record.id,
    rows: {
      plans: [{ ...record, kind: last.kind, made_on: last.madeOn, ended_on: last.endedOn, content: storedBodyOf(last) }],
      plan_versions: versionRows(values.versions, values.by).map((row) => ({ ...row, plan_id: record.id })),
    },
  };
}

/** The rows of a decision of the municipality `organisationId`. */
export function decisionRows(
  values: RecordVersions<DecisionContent> & { readonly organisationId: string },
): VersionedRecordRows<'decisions' | 'decision_versions'> {
  const record = recordOf(values);
  return {
    id: record.id,
    rows: {
      decisions: [{ ...record, organisation_id: values.organisationId, ...decisionColumnsOf(lastOf(values.versions).content) }],
      decision_versions: versionRows(values.versions, values.by).map((row) => ({ ...row, decision_id: record.id })),
    },
  };
}

/** A course registration's rows: the row keeps the content besides kind and date; a version keeps it whole. */
export function courseRegistrationRows(
  values: RecordVersions<CourseRegistrationContent> & { readonly supportCourseId: string },
): VersionedRecordRows<'course_registrations' | 'course_registration_versions'> {
  const record = recordOf(values);
  const { kind, registeredOn, ...body } = lastOf(values.versions).content;
  const registration = { ...record, kind, registered_on: registeredOn, content: JSON.stringify(body) };
  return {
    id: record.id,
    rows: {
      course_registrations: [{ ...registration, support_course_id: values.supportCourseId }],
      course_registration_versions: versionRows(values.versions, values.by).map((row) => ({
        ...row,
        course_registration_id: record.id,
      })),
    },
  };
}

/** Adds a record's rows to a bulk writer's; answers its id. */
export function appendRecordRows<T extends keyof Database, R extends T>(
  rows: DemoRows<T>,
  record: VersionedRecordRows<R>,
): string {
  appendDemoRows(rows, record.rows);
  return record.id;
}

/** Writes a record's rows; answers its id. */
export async function insertRecordRows<T extends keyof Database>(
  db: Db,
  record: VersionedRecordRows<T>,
): Promise<{ id: string }> {
  await insertDemoRows(db, record.rows);
  return { id: record.id };
}

export const insertAssessment = (db: Db, values: Parameters<typeof assessmentRows>[0]) =>
  insertRecordRows(db, assessmentRows(values));
export const insertPlan = (db: Db, values: RecordVersions<PlanContent>) => insertRecordRows(db, planRows(values));
export const insertDecision = (db: Db, values: Parameters<typeof decisionRows>[0]) => insertRecordRows(db, decisionRows(values));

/**
 * Course records (assessments, plans, decisions) written straight to the database with their
 * versions, as the demo data and the test factories write them (the services' own write path,
 * with its rules and audit, is `saveNewVersion`). The record row holds the last version.
 */
import type { AssessmentContent, DecisionContent, PlanContent } from '@hjemvej/contract';
import type { Db } from '../../database/connection';
import { storedBodyOf } from '../../modules/plans/plan-queries';

/** Who saved, or null for records nobody in the system wrote. */
export type RecordAuthor = { readonly id: string; readonly name: string } | null;

/** One saved version; without `savedAt` the database's clock. */
export interface RecordVersion<C> {
  readonly content: C;
  readonly savedAt?: Date;
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

/** An assessment with its versions. The row keeps `areas` as given; a version keeps its content as given. */
export async function insertAssessment(
  db: Db,
  values: {
    readonly citizenId: string;
    readonly areas: readonly unknown[];
    readonly versions: readonly RecordVersion<AssessmentContent>[];
    readonly by: RecordAuthor;
  },
): Promise<{ id: string }> {
  const last = lastOf(values.versions).content;
  const assessment = await db
    .insertInto('assessments')
    .values({
      citizen_id: values.citizenId,
      assessed_on: last.assessedOn,
      areas: JSON.stringify(values.areas),
      summary: last.summary,
      citizen_view: last.citizenView,
      ...stamps(values.versions, values.by),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('assessment_versions')
    .values(versionRows(values.versions, values.by).map((row) => ({ ...row, assessment_id: assessment.id })))
    .execute();
  return assessment;
}

/** A plan with its versions. */
export async function insertPlan(
  db: Db,
  values: { readonly citizenId: string; readonly versions: readonly RecordVersion<PlanContent>[]; readonly by: RecordAuthor },
): Promise<{ id: string }> {
  const last = lastOf(values.versions).content;
  const plan = await db
    .insertInto('plans')
    .values({
      citizen_id: values.citizenId,
      kind: last.kind,
      made_on: last.madeOn,
      ended_on: last.endedOn,
      content: storedBodyOf(last),
      ...stamps(values.versions, values.by),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('plan_versions')
    .values(versionRows(values.versions, values.by).map((row) => ({ ...row, plan_id: plan.id })))
    .execute();
  return plan;
}

/** A decision of the municipality `organisationId`, with its versions. */
export async function insertDecision(
  db: Db,
  values: {
    readonly citizenId: string;
    readonly organisationId: string;
    readonly versions: readonly RecordVersion<DecisionContent>[];
    readonly by: RecordAuthor;
  },
): Promise<{ id: string }> {
  const c = lastOf(values.versions).content;
  const decision = await db
    .insertInto('decisions')
    .values({
      citizen_id: values.citizenId,
      organisation_id: values.organisationId,
      kind: c.kind,
      method: c.method,
      outcome: c.outcome,
      decided_on: c.decidedOn,
      period_from: c.periodFrom,
      period_to: c.periodTo,
      reasons: c.reasons,
      wished_provider: c.wishedProvider,
      wish_followed: c.wishFollowed,
      reason_if_not_followed: c.reasonIfNotFollowed,
      appeal_guidance: c.appealGuidance,
      ...stamps(values.versions, values.by),
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  await db
    .insertInto('decision_versions')
    .values(versionRows(values.versions, values.by).map((row) => ({ ...row, decision_id: decision.id })))
    .execute();
  return decision;
}

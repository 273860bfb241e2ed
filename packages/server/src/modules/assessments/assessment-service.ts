/**
 * VUM 2.0 assessments: per area the level of function, the support need and the goal type,
 * the caseworker's summary and the citizen's own view in their own words. Made by the
 * municipality's authority; a shelter reads those of its residents.
 */
import { syncCourseSignals } from '../tasks/course-signals';
import {
  assessmentSchema,
  type Assessment,
  type AssessmentArea,
  type CreateAssessmentBody,
  type UpdateAssessmentBody,
} from '@hjemvej/contract';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { citizenAuditSubject } from '../citizens/citizen-audit';
import { findPerson, type Person } from '../citizens/citizen-queries';
import { todayInDenmark } from '../citizens/danish-time';
import { staleVersionError } from '../citizens/version-conflict';
import { assertMunicipalAuthority } from '../plans/municipal-authority';
import { auditChangesOf } from '../plans/version-diff';
import { completeAreas, findAssessmentRowById, findAssessmentRowsOfPerson, presentAssessment } from './assessment-queries';

/** Free text is named in the audit event, never copied into it (see auditChangesOf). */
const namedOnlyFields = ['areas', 'summary', 'citizenView'];

type AreaInput = CreateAssessmentBody['areas'][number];

/** Only the areas actually assessed are stored, in the method's order. */
function storedAreas(input: readonly AreaInput[]): AssessmentArea[] {
  const given = input.map((item) => ({
    area: item.area,
    functionLevel: item.functionLevel,
    supportNeed: item.supportNeed,
    goalType: item.goalType ?? null,
    note: item.note ?? null,
  }));
  return completeAreas(given).filter((item) => given.some((g) => g.area === item.area));
}

function assertAssessedOn(assessedOn: string): void {
  if (assessedOn > todayInDenmark()) throw new UnprocessableError('date_in_future', 'assessedOn');
}

async function requirePerson(ctx: DataContext, citizenId: string, forUpdate = false): Promise<Person> {
  const person = await findPerson(ctx.tx, ctx.actor, citizenId, { forUpdate });
  if (!person) throw new NotFoundError();
  return person;
}

function auditView(a: Assessment) {
  return { assessedOn: a.assessedOn, areas: a.areas, summary: a.summary, citizenView: a.citizenView };
}

export async function listAssessments(ctx: DataContext, citizenId: string): Promise<{ items: Assessment[] }> {
  const person = await requirePerson(ctx, citizenId);
  const rows = await findAssessmentRowsOfPerson(ctx.tx, ctx.actor, person.recordIds);
  ctx.describe({
    subjectType: 'citizen',
    subjectId: person.root.id,
    ...citizenAuditSubject(ctx, person),
    changes: { count: rows.length },
  });
  return { items: rows.map(presentAssessment) };
}

export async function createAssessment(ctx: DataContext, citizenId: string, body: CreateAssessmentBody): Promise<Assessment> {
  const person = await requirePerson(ctx, citizenId, true);
  assertMunicipalAuthority(ctx);
  assertAssessedOn(body.assessedOn);
  const { id } = await ctx.tx
    .insertInto('assessments')
    .values({
      citizen_id: person.root.id,
      assessed_on: body.assessedOn,
      areas: JSON.stringify(storedAreas(body.areas)),
      summary: body.summary ?? null,
      citizen_view: body.citizenView ?? null,
      created_by_user_id: ctx.actor.userId,
      updated_by_user_id: ctx.actor.userId,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  const row = await findAssessmentRowById(ctx.tx, ctx.actor, id);
  if (!row) throw new NotFoundError();
  const assessment = presentAssessment(row);
  ctx.describe({
    subjectType: 'assessment',
    subjectId: id,
    ...citizenAuditSubject(ctx, person),
    changes: { assessedOn: assessment.assessedOn, areasAssessed: body.areas.map((a) => a.area), version: assessment.version },
  });
  await syncCourseSignals(ctx.tx, person.root.id);
  return assessment;
}

export async function getAssessment(ctx: DataContext, assessmentId: string): Promise<Assessment> {
  const row = await findAssessmentRowById(ctx.tx, ctx.actor, assessmentId);
  if (!row) throw new NotFoundError();
  const person = await requirePerson(ctx, row.citizenId);
  ctx.describe({ subjectType: 'assessment', subjectId: row.id, ...citizenAuditSubject(ctx, person) });
  return presentAssessment(row);
}

export async function updateAssessment(ctx: DataContext, assessmentId: string, body: UpdateAssessmentBody): Promise<Assessment> {
  const row = await findAssessmentRowById(ctx.tx, ctx.actor, assessmentId);
  if (!row) throw new NotFoundError();
  const person = await requirePerson(ctx, row.citizenId, true);
  assertMunicipalAuthority(ctx);
  const before = presentAssessment(row);
  const stale = () =>
    staleVersionError(
      ctx.tx,
      ctx.locale,
      { id: row.id, actions: ['assessment.update'], sinceVersion: body.version },
      assessmentSchema.parse(before),
    );
  if (body.version !== row.version) throw await stale();
  if (body.assessedOn !== undefined) assertAssessedOn(body.assessedOn);

  const updated = await ctx.tx
    .updateTable('assessments')
    .set((eb) => ({
      ...(body.assessedOn !== undefined ? { assessed_on: body.assessedOn } : {}),
      ...(body.areas !== undefined ? { areas: JSON.stringify(storedAreas(body.areas)) } : {}),
      ...(body.summary !== undefined ? { summary: body.summary } : {}),
      ...(body.citizenView !== undefined ? { citizen_view: body.citizenView } : {}),
      updated_by_user_id: ctx.actor.userId,
      updated_at: new Date(),
      version: eb('version', '+', 1),
    }))
    .where('id', '=', row.id)
    .where('version', '=', body.version)
    .returning('id')
    .executeTakeFirst();
  if (!updated) throw await stale();
  const afterRow = await findAssessmentRowById(ctx.tx, ctx.actor, row.id);
  if (!afterRow) throw new NotFoundError();
  const after = presentAssessment(afterRow);
  ctx.describe({
    subjectType: 'assessment',
    subjectId: row.id,
    ...citizenAuditSubject(ctx, person),
    changes: auditChangesOf(auditView(before), auditView(after), namedOnlyFields, { from: before.version, to: after.version }),
  });
  return after;
}

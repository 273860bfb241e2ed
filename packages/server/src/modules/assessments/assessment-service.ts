/**
 * VUM 2.0 assessments: per area the level of function, the support need and the goal type,
 * the caseworker's summary and the citizen's own view in their own words. Made by the
 * municipality's authority; a shelter reads those of its residents. Every saved version is kept
 * (assessment_versions, through the shared versioned-record helper) and can be compared.
 */
import {
  assessmentSchema,
  type Assessment,
  type AssessmentArea,
  type CreateAssessmentBody,
  type UpdateAssessmentBody,
} from '@hjemvej/contract';
import { UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { readRowsOfPerson, requirePerson, requireRowOfPerson } from '../../course/person-reads';
import { describeCitizenRecord } from '../../course/citizen-audit';
import type { Person } from '../../course/person-queries';
import { todayInDenmark } from '../../calendar/danish-time';
import { authorize } from '../../access/policy';
import { citizenPolicy } from '../../access/citizen-policy';
import { categoryOfVumArea, type DataCategory } from '@hjemvej/domain';
import { citizenAccessOf } from '../emergency-access/emergency-access-service';
import { readsCategory } from '../../access/citizen-scope';
import { keepFirstVersion, saveNewVersion, versionedChange, versionedRecordRef } from '../versioning/versioned-record';
import {
  assessedAreasOf,
  assessmentContentOf,
  completeAreas,
  findAssessmentRowById,
  findAssessmentRowsOfPerson,
  insertAssessment,
  updateAssessmentRow,
  presentAssessment,
  type AssessmentRow,
} from './assessment-queries';
import { madeBy } from '../../database/record-stamps';

/** Free text is named in the audit event, never copied into it (see auditChangesOf). */
const namedOnlyFields = ['areas', 'summary', 'citizenView'];

type AreaInput = CreateAssessmentBody['areas'][number];

/** Only the areas actually assessed are stored in the row, in the method's order (versions keep every area). */
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

/** Home care reads the assessment's health areas only: either category finds the person. */
function assessmentCategory(ctx: DataContext): DataCategory {
  return readsCategory(ctx.actor, 'assessment') ? 'assessment' : 'health';
}

/** The assessment as the reader may see it: health areas with `health`, the rest with `assessment`. */
function forReader(assessment: Assessment, categories: readonly DataCategory[]): Assessment {
  const withheld = (['assessment', 'health'] as const).filter((category) => !categories.includes(category));
  if (withheld.length === 0) return assessment;
  const readsAssessment = categories.includes('assessment');
  return {
    ...assessment,
    areas: assessment.areas.filter((area) => categories.includes(categoryOfVumArea(area.area))),
    summary: readsAssessment ? assessment.summary : null,
    citizenView: readsAssessment ? assessment.citizenView : null,
    withheld,
  };
}

async function requireAssessment(
  ctx: DataContext,
  assessmentId: string,
  forUpdate = false,
): Promise<{ row: AssessmentRow; person: Person }> {
  return requireRowOfPerson(ctx, await findAssessmentRowById(ctx.tx, ctx.actor, assessmentId), {
    forUpdate,
    category: assessmentCategory(ctx),
  });
}

export async function listAssessments(ctx: DataContext, citizenId: string): Promise<{ items: Assessment[] }> {
  const person = await requirePerson(ctx, citizenId, { category: assessmentCategory(ctx) });
  const rows = await readRowsOfPerson(ctx, person, findAssessmentRowsOfPerson);
  const { categories } = await citizenAccessOf(ctx, person);
  return { items: rows.map((row) => forReader(presentAssessment(row), categories)) };
}

export async function createAssessment(ctx: DataContext, citizenId: string, body: CreateAssessmentBody): Promise<Assessment> {
  const person = await requirePerson(ctx, citizenId, { forUpdate: true, category: assessmentCategory(ctx) });
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  assertAssessedOn(body.assessedOn);
  const { id } = await insertAssessment(ctx.tx, {
    citizen_id: person.root.id,
    assessed_on: body.assessedOn,
    areas: JSON.stringify(storedAreas(body.areas)),
    summary: body.summary ?? null,
    citizen_view: body.citizenView ?? null,
    ...madeBy(ctx.actor.userId),
  });
  const row = requireFound(await findAssessmentRowById(ctx.tx, ctx.actor, id));
  const assessment = presentAssessment(row);
  await keepFirstVersion(ctx, person, 'assessment', id, assessmentContentOf(assessment), {
    assessedOn: assessment.assessedOn,
    areasAssessed: body.areas.map((a) => a.area),
  });
  return assessment;
}

export async function getAssessment(ctx: DataContext, assessmentId: string): Promise<Assessment> {
  const { row, person } = await requireAssessment(ctx, assessmentId);
  describeCitizenRecord(ctx, person, 'assessment', row.id);
  const { categories } = await citizenAccessOf(ctx, person);
  return forReader(presentAssessment(row), categories);
}

export async function updateAssessment(ctx: DataContext, assessmentId: string, body: UpdateAssessmentBody): Promise<Assessment> {
  const { row, person } = await requireAssessment(ctx, assessmentId, true);
  authorize(ctx, citizenPolicy.writeCourse, person.root);
  const current = presentAssessment(row);
  const saved = await saveNewVersion(ctx, {
    ...versionedChange(
      'assessment',
      row,
      body.version,
      () => assessmentSchema.parse(current),
      assessmentContentOf(current),
      namedOnlyFields,
    ),
    next: () => {
      if (body.assessedOn !== undefined) assertAssessedOn(body.assessedOn);
      return {
        assessedOn: body.assessedOn ?? current.assessedOn,
        areas: body.areas !== undefined ? completeAreas(storedAreas(body.areas)) : current.areas,
        summary: body.summary !== undefined ? body.summary : current.summary,
        citizenView: body.citizenView !== undefined ? body.citizenView : current.citizenView,
      };
    },
    write: async (next) => {
      await updateAssessmentRow(ctx.tx, row.id, {
        assessed_on: next.assessedOn,
        areas: JSON.stringify(assessedAreasOf(next.areas)),
        summary: next.summary,
        citizen_view: next.citizenView,
      });
    },
  });
  describeCitizenRecord(ctx, person, 'assessment', row.id, saved.auditChanges);
  const afterRow = requireFound(await findAssessmentRowById(ctx.tx, ctx.actor, row.id));
  return presentAssessment(afterRow);
}

/** The assessment in the actor's scope, for its version routes. */
export async function loadAssessmentRef(ctx: DataContext, assessmentId: string) {
  return versionedRecordRef(ctx, await requireAssessment(ctx, assessmentId));
}

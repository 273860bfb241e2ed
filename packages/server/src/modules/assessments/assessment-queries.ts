/**
 * SQL for VUM 2.0 assessments. Every read is scoped through the citizen (`whereCitizenInScope`),
 * so an assessment of a citizen outside the actor's need-to-know is simply not found.
 */
import type { Insertable, Transaction, Updateable } from 'kysely';
import { z } from 'zod';
import {
  assessmentAreaSchema,
  assessmentContentSchema,
  type Assessment,
  type AssessmentArea,
  type AssessmentContent,
} from '@hjemvej/contract';
import { vumAreas } from '@hjemvej/domain';
import type { Actor } from '../../access/actor';
import { readsCategory, whereCitizenInScope } from '../../access/citizen-scope';
import type { AssessmentsTable, Database } from '../../database/schema';
import { insertRow, updateRowById } from '../../database/row-writes';
import { presentVersionedRecordStamps, versionedRecordStampColumns } from '../../database/record-stamps';
import { readStoredJson } from '../../database/stored-json';
import { citizenRecordReads } from '../../course/citizen-record-queries';

type Tx = Transaction<Database>;

function selectAssessments(tx: Tx, actor: Actor) {
  return (
    tx
      .selectFrom('assessments as a')
      .select([
        'a.id',
        'a.citizen_id as citizenId',
        'a.assessed_on as assessedOn',
        'a.areas',
        'a.summary',
        'a.citizen_view as citizenView',
        ...versionedRecordStampColumns('a'),
      ])
      // Home care reads the health areas without the rest of the assessment (need-to-know):
      // either category finds the record; the service cuts the areas to the reader's categories.
      .where((eb) => whereCitizenInScope(eb, 'a.citizen_id', actor, readsCategory(actor, 'assessment') ? 'assessment' : 'health'))
  );
}

export type AssessmentRow = Awaited<ReturnType<ReturnType<typeof selectAssessments>['executeTakeFirstOrThrow']>>;

const storedAreasSchema = z.array(assessmentAreaSchema);

/** Every VUM area in the method's order; areas not stored are "ikke vurderet". */
export function completeAreas(stored: readonly AssessmentArea[]): AssessmentArea[] {
  return vumAreas.map(
    (area) =>
      stored.find((item) => item.area === area) ?? {
        area,
        functionLevel: 'not_assessed',
        supportNeed: 'not_assessed',
        goalType: null,
        note: null,
      },
  );
}

/** The stored areas are JSON written by this module; read them defensively all the same. */
function readAreas(value: unknown): AssessmentArea[] {
  return completeAreas(readStoredJson(storedAreasSchema, value, []));
}

export function presentAssessment(row: AssessmentRow): Assessment {
  return {
    id: row.id,
    citizenId: row.citizenId,
    assessedOn: row.assessedOn,
    areas: readAreas(row.areas),
    summary: row.summary,
    citizenView: row.citizenView,
    ...presentVersionedRecordStamps(row),
  };
}

const assessmentReads = citizenRecordReads(selectAssessments, 'a', ['a.assessed_on', 'a.created_at']);
export const findAssessmentRowById = assessmentReads.findById;
/** The visible assessments of the person made of `recordIds`, newest first. */
export const findAssessmentRowsOfPerson = assessmentReads.findRowsOfPerson;

export function assessmentContentOf(assessment: Assessment): AssessmentContent {
  const { assessedOn, areas, summary, citizenView } = assessment;
  return { assessedOn, areas, summary, citizenView };
}

/** The areas the row keeps: those actually assessed (the rest read back as "ikke vurderet"). */
export function assessedAreasOf(areas: readonly AssessmentArea[]): AssessmentArea[] {
  return areas.filter(
    (a) => a.functionLevel !== 'not_assessed' || a.supportNeed !== 'not_assessed' || a.goalType !== null || a.note !== null,
  );
}

/** A stored version's content, read defensively; every VUM area, as versions saved before 0006 kept only the assessed ones. */
export function readAssessmentVersionContent(value: unknown): AssessmentContent | null {
  const parsed = assessmentContentSchema.safeParse(value);
  return parsed.success ? { ...parsed.data, areas: completeAreas(parsed.data.areas) } : null;
}

export async function insertAssessment(tx: Tx, values: Insertable<AssessmentsTable>): Promise<{ id: string }> {
  return { id: await insertRow(tx, 'assessments', values) };
}

/** Writes the content columns of one assessment (the version bump is the versioned-record helper's). */
export function updateAssessmentRow(tx: Tx, assessmentId: string, values: Updateable<AssessmentsTable>): Promise<void> {
  return updateRowById(tx, 'assessments', assessmentId, values);
}

/**
 * Builds a citizen's `CourseSnapshot` (what the pure legal rules read) from the tables.
 *
 * `toCourseSnapshot` is the pure mapping from rows to the snapshot (unit-tested);
 * `loadCourseSnapshots` reads the rows of one or many persons through the modules' own scoped
 * queries, so the snapshot holds exactly what the actor may see (a shelter: its own stays).
 *
 * Mapping choices:
 * - an allocation's `moveInOn` is the day the citizen moved in, or, before that, the planned
 *   move-in day (`planned_move_in_on`): § 110 stk. 5 nr. 4 asks whether the citizen *can* move in;
 * - a decision's provider wish exists only when a provider was wished; `wish_followed` null
 *   counts as followed (the caseworker did not say otherwise);
 * - CTI phases count once they have a start date.
 */
import type {
  CourseSnapshot,
  CtiPhaseStart,
  Decision,
  HousingAllocation,
  IsoDate,
  Plan,
  ShelterStay,
  SupportCourse,
} from '@hjemvej/domain';
import { decisionOf } from '@hjemvej/domain';
import type { DataContext } from '../../http/secured-route';
import { findDecisionRowsOfPerson } from '../decisions/decision-queries';
import { findAllocationRowsOfPerson } from '../housing-allocations/housing-allocation-queries';
import { findPlanRowsOfPerson } from '../plans/plan-queries';
import { findCourseRowsOfPerson, findPhaseRows } from '../support-courses/support-course-queries';
import { findSnapshotStays } from './course-snapshot-queries';

export interface SnapshotRows {
  readonly stays: readonly {
    id: string;
    admittedOn: IsoDate;
    dischargedOn: IsoDate | null;
    handlekommuneNotifiedOn: IsoDate | null;
  }[];
  readonly plans: readonly { id: string; kind: '141' | '142'; madeOn: IsoDate; endedOn: IsoDate | null }[];
  readonly decisions: readonly {
    id: string;
    kind: Decision['kind'];
    outcome: Decision['outcome'];
    method: Decision['method'];
    decidedOn: IsoDate;
    periodFrom: IsoDate | null;
    periodTo: IsoDate | null;
    wishedProvider: string | null;
    wishFollowed: boolean | null;
    reasonIfNotFollowed: string | null;
  }[];
  readonly allocations: readonly {
    id: string;
    allocatedOn: IsoDate;
    leaseSignedOn: IsoDate | null;
    plannedMoveInOn: IsoDate | null;
    moveInOn: IsoDate | null;
    withdrawnOn: IsoDate | null;
  }[];
  readonly courses: readonly {
    id: string;
    method: SupportCourse['method'];
    startedOn: IsoDate;
    endedOn: IsoDate | null;
  }[];
  readonly phases: readonly { supportCourseId: string; phase: 1 | 2 | 3; startedOn: IsoDate | null }[];
}

export function toCourseSnapshot(citizenId: string, rows: SnapshotRows): CourseSnapshot {
  const stays: ShelterStay[] = rows.stays.map((s) => ({
    id: s.id,
    admittedOn: s.admittedOn,
    dischargedOn: s.dischargedOn,
    handlekommuneNotifiedOn: s.handlekommuneNotifiedOn,
  }));
  const plans: Plan[] = rows.plans.map((p) => ({ id: p.id, kind: p.kind, madeOn: p.madeOn, endedOn: p.endedOn }));
  const decisions: Decision[] = rows.decisions.map((d) => decisionOf(d.id, d));
  const housingAllocations: HousingAllocation[] = rows.allocations.map((a) => ({
    id: a.id,
    allocatedOn: a.allocatedOn,
    leaseSignedOn: a.leaseSignedOn,
    moveInOn: a.moveInOn ?? a.plannedMoveInOn,
    withdrawnOn: a.withdrawnOn,
  }));
  const supportCourses: SupportCourse[] = rows.courses.map((c) => ({
    id: c.id,
    method: c.method,
    startedOn: c.startedOn,
    endedOn: c.endedOn,
    ctiPhases:
      c.method === 'cti'
        ? rows.phases
            .filter((p): p is typeof p & { startedOn: IsoDate } => p.supportCourseId === c.id && p.startedOn !== null)
            .sort((a, b) => a.phase - b.phase)
            .map((p): CtiPhaseStart => ({ phase: p.phase, startedOn: p.startedOn }))
        : [],
  }));
  return { citizenId, stays, plans, decisions, housingAllocations, supportCourses };
}

export interface SnapshotPerson {
  /** The surviving record's id. */
  readonly rootId: string;
  /** The root and the records linked into it. */
  readonly recordIds: readonly string[];
}

/**
 * The snapshots of the given persons (already found in the actor's scope), read with six
 * queries whatever the number of persons, keyed by the root id.
 */
export async function loadCourseSnapshots(
  ctx: DataContext,
  persons: readonly SnapshotPerson[],
): Promise<Map<string, CourseSnapshot>> {
  const personOf = new Map<string, string>();
  for (const person of persons) for (const recordId of person.recordIds) personOf.set(recordId, person.rootId);
  const recordIds = [...personOf.keys()];
  // One after the other: the transaction is one connection.
  const stays = await findSnapshotStays(ctx.tx, ctx.actor, recordIds);
  const plans = await findPlanRowsOfPerson(ctx.tx, ctx.actor, recordIds);
  const decisions = await findDecisionRowsOfPerson(ctx.tx, ctx.actor, recordIds);
  const allocations = await findAllocationRowsOfPerson(ctx.tx, ctx.actor, recordIds);
  const courses = await findCourseRowsOfPerson(ctx.tx, ctx.actor, recordIds);
  const phases = await findPhaseRows(
    ctx.tx,
    ctx.actor,
    courses.filter((c) => c.method === 'cti').map((c) => c.id),
  );
  const courseOwner = new Map(courses.map((c) => [c.id, personOf.get(c.citizenId)]));
  const snapshots = new Map<string, CourseSnapshot>();
  for (const person of persons) {
    const mine = <T extends { citizenId: string }>(rows: readonly T[]) =>
      rows.filter((row) => personOf.get(row.citizenId) === person.rootId);
    snapshots.set(
      person.rootId,
      toCourseSnapshot(person.rootId, {
        stays: mine(stays),
        plans: mine(plans),
        decisions: mine(decisions),
        allocations: mine(allocations),
        courses: mine(courses),
        phases: phases.filter((p) => courseOwner.get(p.supportCourseId) === person.rootId),
      }),
    );
  }
  return snapshots;
}

export async function loadCourseSnapshot(ctx: DataContext, person: SnapshotPerson): Promise<CourseSnapshot> {
  const snapshots = await loadCourseSnapshots(ctx, [person]);
  return snapshots.get(person.rootId) ?? toCourseSnapshot(person.rootId, emptyRows);
}

const emptyRows: SnapshotRows = { stays: [], plans: [], decisions: [], allocations: [], courses: [], phases: [] };

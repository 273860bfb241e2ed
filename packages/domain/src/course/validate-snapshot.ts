/**
 * Impossible sequences in a course (discharge before admission, move-in before allocation,
 * …). Each issue names the record and the fields, with a code the UI translates. The server
 * refuses to save a change that introduces one of these.
 */
import { isIsoDate } from '../calendar/iso-date';
import { type CourseSnapshot, type SnapshotIssue, type SnapshotIssueCode } from './snapshot';

function issue(code: SnapshotIssueCode, subjectId: string, ...fields: string[]): SnapshotIssue {
  return { code, subjectId, fields };
}

function datesValid(
  subjectId: string,
  record: Readonly<Record<string, unknown>>,
  fields: readonly string[],
  out: SnapshotIssue[],
): boolean {
  const bad = fields.filter((field) => {
    const value = record[field];
    return value !== null && value !== undefined && !isIsoDate(value);
  });
  if (bad.length > 0) out.push(issue('invalid_date', subjectId, ...bad));
  return bad.length === 0;
}

export function validateCourseSnapshot(snapshot: CourseSnapshot): SnapshotIssue[] {
  const out: SnapshotIssue[] = [];

  const validStays = snapshot.stays.filter((stay) =>
    datesValid(stay.id, { ...stay }, ['admittedOn', 'dischargedOn', 'handlekommuneNotifiedOn'], out),
  );
  for (const stay of validStays) {
    if (stay.dischargedOn !== null && stay.dischargedOn < stay.admittedOn)
      out.push(issue('discharge_before_admission', stay.id, 'admittedOn', 'dischargedOn'));
    if (stay.handlekommuneNotifiedOn !== null && stay.handlekommuneNotifiedOn < stay.admittedOn)
      out.push(issue('notification_before_admission', stay.id, 'admittedOn', 'handlekommuneNotifiedOn'));
  }
  const sorted = [...validStays].sort((a, b) => (a.admittedOn < b.admittedOn ? -1 : a.admittedOn > b.admittedOn ? 1 : 0));
  for (let i = 1; i < sorted.length; i += 1) {
    const previous = sorted[i - 1];
    const current = sorted[i];
    if (!previous || !current) continue;
    // A citizen may leave one shelter and arrive at another the same day (half-open stays).
    if (previous.dischargedOn === null || current.admittedOn < previous.dischargedOn)
      out.push(issue('stays_overlap', current.id, 'admittedOn'));
  }

  for (const plan of snapshot.plans) {
    if (!datesValid(plan.id, { ...plan }, ['madeOn', 'endedOn'], out)) continue;
    if (plan.endedOn !== null && plan.endedOn < plan.madeOn)
      out.push(issue('plan_ends_before_made', plan.id, 'madeOn', 'endedOn'));
  }

  for (const decision of snapshot.decisions) {
    if (!datesValid(decision.id, { ...decision }, ['decidedOn', 'periodFrom', 'periodTo'], out)) continue;
    if (decision.periodFrom !== null && decision.periodTo !== null && decision.periodTo < decision.periodFrom)
      out.push(issue('decision_period_reversed', decision.id, 'periodFrom', 'periodTo'));
    const wish = decision.providerWish;
    if (wish && !wish.followed && (wish.reasonIfNotFollowed ?? '').trim() === '')
      out.push(issue('provider_wish_reason_missing', decision.id, 'providerWish.reasonIfNotFollowed'));
  }

  for (const allocation of snapshot.housingAllocations) {
    if (!datesValid(allocation.id, { ...allocation }, ['allocatedOn', 'leaseSignedOn', 'moveInOn', 'withdrawnOn'], out)) continue;
    if (allocation.leaseSignedOn !== null && allocation.leaseSignedOn < allocation.allocatedOn)
      out.push(issue('lease_before_allocation', allocation.id, 'allocatedOn', 'leaseSignedOn'));
    if (allocation.moveInOn !== null && allocation.moveInOn < allocation.allocatedOn)
      out.push(issue('move_in_before_allocation', allocation.id, 'allocatedOn', 'moveInOn'));
    if (allocation.withdrawnOn !== null && allocation.withdrawnOn < allocation.allocatedOn)
      out.push(issue('withdrawn_before_allocation', allocation.id, 'allocatedOn', 'withdrawnOn'));
  }

  for (const course of snapshot.supportCourses) {
    if (!datesValid(course.id, { ...course }, ['startedOn', 'endedOn'], out)) continue;
    if (course.endedOn !== null && course.endedOn < course.startedOn)
      out.push(issue('support_course_ends_before_start', course.id, 'startedOn', 'endedOn'));
    if (course.ctiPhases.length === 0) continue;
    if (course.method !== 'cti') {
      out.push(issue('cti_phases_on_non_cti_course', course.id, 'ctiPhases'));
      continue;
    }
    if (!course.ctiPhases.every((phase) => isIsoDate(phase.startedOn))) {
      out.push(issue('invalid_date', course.id, 'ctiPhases'));
      continue;
    }
    if (course.ctiPhases.some((phase) => phase.startedOn < course.startedOn))
      out.push(issue('cti_phase_before_course_start', course.id, 'ctiPhases'));
    const ordered = [...course.ctiPhases].sort((a, b) => a.phase - b.phase);
    const inOrder = ordered.every(
      (phase, index) => phase.phase === index + 1 && (index === 0 || (ordered[index - 1]?.startedOn ?? '') <= phase.startedOn),
    );
    if (!inOrder) out.push(issue('cti_phases_out_of_order', course.id, 'ctiPhases'));
  }

  return out;
}

/**
 * Programmes (programme level, seed 002): the national agency's implementation programmes
 * ("Udbredelse af Housing First"), their member municipalities and § 110 shelters with a role
 * and the methods each implements, and the travelling team's (rejseholdets) activities. Pure
 * checks of what is written, each problem naming its field; the server answers them as 422.
 */
import type { IsoDate } from '../calendar/iso-date';
import { supportMethods, type SupportMethod } from '../course/snapshot';
import type { OrganisationKind } from '../access/roles';

/** An ambassador municipality advises new ones "gennem eksemplets magt" (seed 002). */
export const programmeMemberRoles = ['participant', 'ambassador'] as const;
export type ProgrammeMemberRole = (typeof programmeMemberRoles)[number];

/** What the travelling team (rejsehold) does: Udbredelse af Housing First 2016–2019, seed 002. */
export const programmeActivityKinds = ['visit', 'seminar', 'network_meeting', 'phone_advice', 'competence_development'] as const;
export type ProgrammeActivityKind = (typeof programmeActivityKinds)[number];

/** Organisations that can be members: municipalities and § 110 shelters (boformer). */
export const programmeMemberKinds: readonly OrganisationKind[] = ['municipality', 'shelter'];

/** Longest free text of an activity's note (phone advice carries a topic and a note, never citizen data). */
export const programmeNoteMaxLength = 2000;
export const programmeTopicMaxLength = 200;

export type ProgrammeIssueCode =
  | 'period_ends_before_start'
  | 'member_not_municipality_or_shelter'
  | 'member_duplicate'
  | 'member_left_before_joined'
  | 'member_date_outside_period'
  | 'method_unknown'
  | 'method_duplicate'
  | 'activity_date_outside_period'
  | 'activity_member_unknown'
  | 'activity_member_duplicate'
  | 'period_excludes_records';

export interface ProgrammeIssue {
  readonly code: ProgrammeIssueCode;
  /** The input field the problem is about (`endsOn`, `methods.1`, `memberIds.0`). */
  readonly field: string;
}

export interface ProgrammePeriod {
  readonly startsOn: IsoDate;
  readonly endsOn: IsoDate;
}

export function isSupportMethod(value: string): value is SupportMethod {
  return (supportMethods as readonly string[]).includes(value);
}

/** The period: it may not end before it starts (one day is a period). */
export function checkProgrammePeriod(period: ProgrammePeriod): ProgrammeIssue[] {
  return period.endsOn < period.startsOn ? [{ code: 'period_ends_before_start', field: 'endsOn' }] : [];
}

const withinPeriod = (date: IsoDate, period: ProgrammePeriod) => date >= period.startsOn && date <= period.endsOn;

export interface MemberDraft {
  /** The organisation's kind, or null when no organisation has the id. */
  readonly organisationKind: OrganisationKind | null;
  /** Whether the organisation is already a member of the programme (another membership). */
  readonly isAlreadyMember: boolean;
  readonly methods: readonly string[];
  readonly joinedOn: IsoDate;
  readonly leftOn: IsoDate | null;
}

/** A membership: a municipality or shelter, once per programme, known methods once each, dates in the period. */
export function checkMember(member: MemberDraft, period: ProgrammePeriod): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  if (member.organisationKind === null || !programmeMemberKinds.includes(member.organisationKind))
    issues.push({ code: 'member_not_municipality_or_shelter', field: 'organisationId' });
  else if (member.isAlreadyMember) issues.push({ code: 'member_duplicate', field: 'organisationId' });
  const seen = new Set<string>();
  member.methods.forEach((method, index) => {
    if (!isSupportMethod(method)) issues.push({ code: 'method_unknown', field: `methods.${index}` });
    else if (seen.has(method)) issues.push({ code: 'method_duplicate', field: `methods.${index}` });
    seen.add(method);
  });
  if (!withinPeriod(member.joinedOn, period)) issues.push({ code: 'member_date_outside_period', field: 'joinedOn' });
  if (member.leftOn !== null) {
    if (member.leftOn < member.joinedOn) issues.push({ code: 'member_left_before_joined', field: 'leftOn' });
    else if (!withinPeriod(member.leftOn, period)) issues.push({ code: 'member_date_outside_period', field: 'leftOn' });
  }
  return issues;
}

export interface ActivityDraft {
  readonly occurredOn: IsoDate;
  /** The memberships the activity involved. */
  readonly memberIds: readonly string[];
}

/** An activity: on a day of the programme's period, involving the programme's own members, each once. */
export function checkActivity(
  activity: ActivityDraft,
  period: ProgrammePeriod,
  programmeMemberIds: readonly string[],
): ProgrammeIssue[] {
  const issues: ProgrammeIssue[] = [];
  if (!withinPeriod(activity.occurredOn, period)) issues.push({ code: 'activity_date_outside_period', field: 'occurredOn' });
  const seen = new Set<string>();
  activity.memberIds.forEach((id, index) => {
    if (!programmeMemberIds.includes(id)) issues.push({ code: 'activity_member_unknown', field: `memberIds.${index}` });
    else if (seen.has(id)) issues.push({ code: 'activity_member_duplicate', field: `memberIds.${index}` });
    seen.add(id);
  });
  return issues;
}

/** A period change must keep every membership's dates and every activity inside it. */
export function checkPeriodKeepsRecords(
  period: ProgrammePeriod,
  records: { readonly memberDates: readonly IsoDate[]; readonly activityDates: readonly IsoDate[] },
): ProgrammeIssue[] {
  const issues = checkProgrammePeriod(period);
  if (issues.length > 0) return issues;
  const all = [...records.memberDates, ...records.activityDates];
  const earliest = all.reduce<IsoDate | null>((min, d) => (min === null || d < min ? d : min), null);
  const latest = all.reduce<IsoDate | null>((max, d) => (max === null || d > max ? d : max), null);
  if (earliest !== null && earliest < period.startsOn) return [{ code: 'period_excludes_records', field: 'startsOn' }];
  if (latest !== null && latest > period.endsOn) return [{ code: 'period_excludes_records', field: 'endsOn' }];
  return [];
}

/**
 * Programmes: the national agency creates a programme (name, period, owner, description),
 * adds member municipalities and § 110 shelters with a role and the methods each implements,
 * and logs the travelling team's activities. Every problem with the input is a 422 naming its
 * field (the domain's checks, `@hjemvej/domain` programmes/programmes.ts).
 */
import { findActiveUserInOrganisation } from '../users/user-queries';
import {
  checkActivity,
  checkMember,
  checkPeriodKeepsRecords,
  checkProgrammePeriod,
  type ProgrammeIssue,
  type ProgrammePeriod,
} from '@hjemvej/domain';
import type {
  AddProgrammeMemberBody,
  CreateProgrammeBody,
  LogProgrammeActivityBody,
  Programme,
  ProgrammeCandidates,
  ProgrammeList,
  UpdateProgrammeBody,
  UpdateProgrammeMemberBody,
} from '@hjemvej/contract';
import { abilitiesFor, authorize } from '../../access/policy';
import { formatDate } from '../../calendar/danish-time';
import { NotFoundError, UnprocessableError } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { assertSeenVersion } from '../versioning/version-conflict';
import { programmePolicy } from './programmes-policy';
import {
  deleteMember,
  findActivities,
  findAgencyUsers,
  findMemberCandidates,
  findMembers,
  findOrganisationKind,
  findProgramme,
  findProgrammes,
  insertActivity,
  insertMember,
  insertProgramme,
  touchProgramme,
  updateMemberRow,
  updateProgrammeRow,
  type ProgrammeRow,
} from './programmes-queries';

function refuse(ctx: DataContext, issues: readonly ProgrammeIssue[], period?: ProgrammePeriod): void {
  const [issue] = issues;
  if (!issue) return;
  const params: Record<string, string> = period
    ? { startsOn: formatDate(ctx.locale, period.startsOn), endsOn: formatDate(ctx.locale, period.endsOn) }
    : {};
  throw new UnprocessableError(`programme_${issue.code}`, issue.field, params);
}

function summaryOf(ctx: DataContext, row: ProgrammeRow) {
  return {
    id: row.id,
    name: row.name,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    ownerUserId: row.ownerUserId,
    ownerName: row.ownerName,
    description: row.description,
    memberCount: row.memberCount,
    activityCount: row.activityCount,
    abilities: abilitiesFor(ctx, programmePolicy, row),
    updatedAt: row.updatedAt.toISOString(),
    version: row.version,
  };
}

/** The programme in the caller's scope, or 404: another agency's programme does not exist for the caller. */
export async function requireProgramme(ctx: DataContext, programmeId: string, forUpdate = false): Promise<ProgrammeRow> {
  const row = await findProgramme(ctx.tx, ctx.scope, programmeId, forUpdate);
  if (!row) throw new NotFoundError();
  return row;
}

async function present(ctx: DataContext, programmeId: string): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId);
  return {
    ...summaryOf(ctx, row),
    members: await findMembers(ctx.tx, row.id),
    activities: await findActivities(ctx.tx, row.id),
  };
}

async function requireOwner(ctx: DataContext, userId: string): Promise<void> {
  if (!(await findActiveUserInOrganisation(ctx.tx, ctx.actor.organisationId, userId)))
    throw new UnprocessableError('programme_owner_unknown', 'ownerUserId');
}

export async function listProgrammes(ctx: DataContext): Promise<ProgrammeList> {
  const rows = await findProgrammes(ctx.tx, ctx.scope);
  ctx.describe({ subjectType: 'programme', dataOrganisationId: ctx.actor.organisationId, changes: { count: rows.length } });
  return { items: rows.map((row) => summaryOf(ctx, row)) };
}

export async function listProgrammeCandidates(ctx: DataContext): Promise<ProgrammeCandidates> {
  ctx.describe({ subjectType: 'programme', dataOrganisationId: ctx.actor.organisationId });
  return {
    owners: await findAgencyUsers(ctx.tx, ctx.actor.organisationId),
    organisations: await findMemberCandidates(ctx.tx),
  };
}

export async function getProgramme(ctx: DataContext, programmeId: string): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId);
  authorize(ctx, programmePolicy.manage, row);
  ctx.describe({ subjectType: 'programme', subjectId: row.id, dataOrganisationId: row.organisationId });
  return present(ctx, row.id);
}

export async function createProgramme(ctx: DataContext, body: CreateProgrammeBody): Promise<Programme> {
  // A new programme is the caller's agency's: the same rule decides as for an existing one.
  authorize(ctx, programmePolicy.manage, { organisationId: ctx.actor.organisationId });
  refuse(ctx, checkProgrammePeriod({ startsOn: body.startsOn, endsOn: body.endsOn }));
  await requireOwner(ctx, body.ownerUserId);
  const { id } = await insertProgramme(ctx.tx, {
    organisation_id: ctx.actor.organisationId,
    name: body.name,
    starts_on: body.startsOn,
    ends_on: body.endsOn,
    owner_user_id: body.ownerUserId,
    description: body.description ?? '',
    created_by_user_id: ctx.actor.userId,
    updated_by_user_id: ctx.actor.userId,
  });
  const programme = { id, organisationId: ctx.actor.organisationId };
  describeProgramme(ctx, programme, {
    changes: { name: body.name, startsOn: body.startsOn, endsOn: body.endsOn, ownerUserId: body.ownerUserId },
  });
  return present(ctx, id);
}

export async function updateProgramme(ctx: DataContext, programmeId: string, body: UpdateProgrammeBody): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId, true);
  authorize(ctx, programmePolicy.manage, row);
  await assertSeenVersion(ctx, row, body.version, 'programme.update', () => present(ctx, row.id));
  const period = { startsOn: body.startsOn ?? row.startsOn, endsOn: body.endsOn ?? row.endsOn };
  const members = await findMembers(ctx.tx, row.id);
  const activities = await findActivities(ctx.tx, row.id);
  refuse(
    ctx,
    checkPeriodKeepsRecords(period, {
      memberDates: members.flatMap((m) => (m.leftOn ? [m.joinedOn, m.leftOn] : [m.joinedOn])),
      activityDates: activities.map((a) => a.occurredOn),
    }),
  );
  if (body.ownerUserId !== undefined && body.ownerUserId !== row.ownerUserId) await requireOwner(ctx, body.ownerUserId);
  const changes: Record<string, unknown> = {};
  if (body.name !== undefined && body.name !== row.name) changes.name = { from: row.name, to: body.name };
  if (period.startsOn !== row.startsOn) changes.startsOn = { from: row.startsOn, to: period.startsOn };
  if (period.endsOn !== row.endsOn) changes.endsOn = { from: row.endsOn, to: period.endsOn };
  if (body.ownerUserId !== undefined && body.ownerUserId !== row.ownerUserId)
    changes.ownerUserId = { from: row.ownerUserId, to: body.ownerUserId };
  if (body.description !== undefined && body.description !== row.description) changes.description = 'changed';
  await updateProgrammeRow(ctx.tx, row.id, {
    name: body.name ?? row.name,
    starts_on: period.startsOn,
    ends_on: period.endsOn,
    owner_user_id: body.ownerUserId ?? row.ownerUserId,
    description: body.description ?? row.description,
    updated_by_user_id: ctx.actor.userId,
    updated_at: new Date(),
    version: row.version + 1,
  });
  describeProgramme(ctx, row, { changes: { ...changes, version: { from: row.version, to: row.version + 1 } } });
  return present(ctx, row.id);
}

/**
 * The audit event about the programme. Its `changes` come as ctx.describe takes them, an
 * object literal's property, where the audit log's label test finds their keys.
 */
function describeProgramme(
  ctx: DataContext,
  programme: Pick<ProgrammeRow, 'id' | 'organisationId'>,
  { changes }: { changes: Record<string, unknown> },
): void {
  ctx.describe({ subjectType: 'programme', subjectId: programme.id, dataOrganisationId: programme.organisationId, changes });
}

/**
 * A change to the programme's members or activity log, finished: the programme is marked
 * changed (an open form sees a newer version), the change described, and the programme answered.
 */
async function answerChange(
  ctx: DataContext,
  row: ProgrammeRow,
  event: { changes: Record<string, unknown> },
): Promise<Programme> {
  await touchProgramme(ctx.tx, row.id, ctx.actor.userId);
  describeProgramme(ctx, row, event);
  return present(ctx, row.id);
}

export async function addProgrammeMember(
  ctx: DataContext,
  programmeId: string,
  body: AddProgrammeMemberBody,
): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId, true);
  authorize(ctx, programmePolicy.manage, row);
  const members = await findMembers(ctx.tx, row.id);
  const leftOn = body.leftOn ?? null;
  const methods = body.methods ?? [];
  refuse(
    ctx,
    checkMember(
      {
        organisationKind: await findOrganisationKind(ctx.tx, body.organisationId),
        isAlreadyMember: members.some((m) => m.organisationId === body.organisationId),
        methods,
        joinedOn: body.joinedOn,
        leftOn,
      },
      row,
    ),
    row,
  );
  const { id } = await insertMember(ctx.tx, {
    programme_id: row.id,
    organisation_id: body.organisationId,
    role: body.role,
    methods: JSON.stringify(methods),
    joined_on: body.joinedOn,
    left_on: leftOn,
  });
  return answerChange(ctx, row, {
    changes: {
      memberId: id,
      organisationId: body.organisationId,
      role: body.role,
      methods,
      joinedOn: body.joinedOn,
      leftOn,
    },
  });
}

async function requireMember(ctx: DataContext, row: ProgrammeRow, memberId: string) {
  const member = (await findMembers(ctx.tx, row.id)).find((m) => m.id === memberId);
  if (!member) throw new NotFoundError();
  return member;
}

export async function updateProgrammeMember(
  ctx: DataContext,
  programmeId: string,
  memberId: string,
  body: UpdateProgrammeMemberBody,
): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId, true);
  authorize(ctx, programmePolicy.manage, row);
  const member = await requireMember(ctx, row, memberId);
  const next = {
    role: body.role ?? member.role,
    methods: body.methods ?? member.methods,
    joinedOn: body.joinedOn ?? member.joinedOn,
    leftOn: body.leftOn === undefined ? member.leftOn : body.leftOn,
  };
  refuse(ctx, checkMember({ organisationKind: member.organisationKind, isAlreadyMember: false, ...next }, row), row);
  await updateMemberRow(ctx.tx, member.id, {
    role: next.role,
    methods: JSON.stringify(next.methods),
    joined_on: next.joinedOn,
    left_on: next.leftOn,
  });
  return answerChange(ctx, row, {
    changes: {
      memberId: member.id,
      from: { role: member.role, methods: member.methods, joinedOn: member.joinedOn, leftOn: member.leftOn },
      to: next,
    },
  });
}

export async function removeProgrammeMember(ctx: DataContext, programmeId: string, memberId: string): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId, true);
  authorize(ctx, programmePolicy.manage, row);
  const member = await requireMember(ctx, row, memberId);
  await deleteMember(ctx.tx, member.id);
  return answerChange(ctx, row, { changes: { memberId: member.id, organisationId: member.organisationId, removed: true } });
}

export async function logProgrammeActivity(
  ctx: DataContext,
  programmeId: string,
  body: LogProgrammeActivityBody,
): Promise<Programme> {
  const row = await requireProgramme(ctx, programmeId, true);
  authorize(ctx, programmePolicy.manage, row);
  const memberIds = body.memberIds ?? [];
  const members = await findMembers(ctx.tx, row.id);
  refuse(
    ctx,
    checkActivity(
      { occurredOn: body.occurredOn, memberIds },
      row,
      members.map((m) => m.id),
    ),
    row,
  );
  const { id } = await insertActivity(
    ctx.tx,
    {
      programme_id: row.id,
      kind: body.kind,
      occurred_on: body.occurredOn,
      topic: body.topic,
      note: body.note ?? '',
      created_by_user_id: ctx.actor.userId,
    },
    memberIds,
  );
  // The note's text stays out of the audit log: the log says what was done, not what was said.
  return answerChange(ctx, row, {
    changes: { activityId: id, kind: body.kind, occurredOn: body.occurredOn, members: memberIds.length },
  });
}

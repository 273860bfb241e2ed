/**
 * Managing users: create, change, deactivate (ending their sessions at once), reset password.
 * Authorisation by permission happens in the route pipeline; the scope in every query.
 */
import { isRoleAllowedInOrganisation, type Role } from '@hjemvej/domain';
import type { CreateUserBody, UpdateUserBody } from '@hjemvej/contract';
import { diffChanges } from '../../audit/audit-event';
import { ConflictError, UnprocessableError, requireFound } from '../../http/errors';
import type { DataContext } from '../../http/secured-route';
import { deleteSessionsOfUser } from '../auth/session-store';
import { hashPassword } from '../auth/passwords';
import {
  findOrganisationKind,
  findUnitIdsInOrganisation,
  findUserById,
  insertUser,
  isEmailTaken,
  replaceUserUnits,
  updateUserRow,
} from './user-queries';

async function assertRoleAllowed(ctx: DataContext, organisationId: string, role: Role): Promise<void> {
  const { kind } = await findOrganisationKind(ctx.tx, organisationId);
  if (!isRoleAllowedInOrganisation(role, kind)) throw new UnprocessableError('role_not_allowed_here', 'role', { role });
}

async function assertUnitsInOrganisation(ctx: DataContext, organisationId: string, unitIds: readonly string[]): Promise<void> {
  const known = await findUnitIdsInOrganisation(ctx.tx, organisationId, unitIds);
  const index = unitIds.findIndex((id) => !known.has(id));
  if (index >= 0) throw new UnprocessableError('unit_not_found', `unitIds.${index}`);
}

export async function createUser(ctx: DataContext, body: CreateUserBody & { unitIds: string[] }) {
  const organisationId = ctx.actor.organisationId;
  await assertRoleAllowed(ctx, organisationId, body.role);
  await assertUnitsInOrganisation(ctx, organisationId, body.unitIds);
  if (await isEmailTaken(ctx.tx, body.email)) throw new ConflictError('email_taken', 'email');
  const passwordHash = await hashPassword(body.password);
  const { id } = await insertUser(ctx.tx, {
    organisation_id: organisationId,
    email: body.email,
    display_name: body.displayName,
    role: body.role,
    password_hash: passwordHash,
  });
  await replaceUserUnits(ctx.tx, id, body.unitIds);
  const created = requireFound(await findUserById(ctx.tx, ctx.scope, id));
  ctx.describe({
    subjectType: 'user',
    subjectId: id,
    dataOrganisationId: organisationId,
    changes: { displayName: body.displayName, email: body.email, role: body.role, unitIds: body.unitIds },
  });
  return created;
}

export async function updateUser(ctx: DataContext, userId: string, body: UpdateUserBody) {
  const before = requireFound(await findUserById(ctx.tx, ctx.scope, userId));
  const isSelf = userId === ctx.actor.userId;
  if (isSelf && (body.isActive === false || (body.role !== undefined && body.role !== before.role))) {
    throw new UnprocessableError('cannot_change_self', body.isActive === false ? 'isActive' : 'role');
  }
  if (body.role) await assertRoleAllowed(ctx, before.organisationId, body.role);
  if (body.unitIds) await assertUnitsInOrganisation(ctx, before.organisationId, body.unitIds);
  if (body.email && (await isEmailTaken(ctx.tx, body.email, userId))) throw new ConflictError('email_taken', 'email');

  await updateUserRow(ctx.tx, userId, {
    ...(body.displayName !== undefined ? { display_name: body.displayName } : {}),
    ...(body.email !== undefined ? { email: body.email } : {}),
    ...(body.role !== undefined ? { role: body.role } : {}),
    ...(body.isActive !== undefined ? { is_active: body.isActive } : {}),
    updated_at: new Date(),
  });
  if (body.unitIds) await replaceUserUnits(ctx.tx, userId, body.unitIds);

  let endedSessions = 0;
  if (body.isActive === false || (body.role !== undefined && body.role !== before.role)) {
    // Deactivation (or a changed role) takes effect at once, not at the next sign-in.
    endedSessions = await deleteSessionsOfUser(ctx.tx, userId);
  }
  const after = requireFound(await findUserById(ctx.tx, ctx.scope, userId));
  const changes = diffChanges(
    {
      displayName: before.displayName,
      email: before.email,
      role: before.role,
      isActive: before.isActive,
      unitIds: before.units.map((u) => u.id).sort(),
    },
    {
      displayName: after.displayName,
      email: after.email,
      role: after.role,
      isActive: after.isActive,
      unitIds: after.units.map((u) => u.id).sort(),
    },
  );
  ctx.describe({
    subjectType: 'user',
    subjectId: userId,
    dataOrganisationId: before.organisationId,
    changes: { ...changes, ...(endedSessions ? { endedSessions } : {}) },
  });
  if (before.isActive && after.isActive === false) {
    ctx.audit({
      action: 'user.deactivate',
      subjectType: 'user',
      subjectId: userId,
      dataOrganisationId: before.organisationId,
      changes: { endedSessions },
    });
  } else if (!before.isActive && after.isActive) {
    ctx.audit({ action: 'user.reactivate', subjectType: 'user', subjectId: userId, dataOrganisationId: before.organisationId });
  }
  return after;
}

export async function resetUserPassword(ctx: DataContext, userId: string, password: string): Promise<void> {
  const user = requireFound(await findUserById(ctx.tx, ctx.scope, userId));
  const passwordHash = await hashPassword(password);
  await updateUserRow(ctx.tx, userId, { password_hash: passwordHash, updated_at: new Date() });
  const endedSessions = userId === ctx.actor.userId ? 0 : await deleteSessionsOfUser(ctx.tx, userId);
  ctx.describe({ subjectType: 'user', subjectId: userId, dataOrganisationId: user.organisationId, changes: { endedSessions } });
}

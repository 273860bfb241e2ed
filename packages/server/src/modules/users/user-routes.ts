import type { FastifyInstance } from 'fastify';
import { usersRoutes } from '@hjemvej/contract';
import { permissions, roleDefinitions, roles, isRoleAllowedInOrganisation } from '@hjemvej/domain';
import type { Db } from '../../database/connection';
import { requireFound } from '../../http/errors';
import { registerSecuredRoute } from '../../http/secured-route';
import { findUserById, findUsers } from './user-queries';
import { createUser, resetUserPassword, updateUser } from './user-service';

export function registerUserRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, usersRoutes.list, async (ctx, { query }) => {
    const items = await findUsers(ctx.tx, ctx.scope, query);
    ctx.describe({ subjectType: 'user', changes: { filter: query, count: items.length } });
    return { items };
  });

  registerSecuredRoute(app, db, usersRoutes.read, async (ctx, { params }) => {
    const user = requireFound(await findUserById(ctx.tx, ctx.scope, params.id));
    ctx.describe({ subjectType: 'user', subjectId: user.id, dataOrganisationId: user.organisationId });
    return user;
  });

  registerSecuredRoute(app, db, usersRoutes.create, (ctx, { body }) => createUser(ctx, body));

  registerSecuredRoute(app, db, usersRoutes.update, (ctx, { params, body }) => updateUser(ctx, params.id, body));

  registerSecuredRoute(app, db, usersRoutes.resetPassword, async (ctx, { params, body }) => {
    await resetUserPassword(ctx, params.id, body.password);
    return null;
  });

  registerSecuredRoute(app, db, usersRoutes.roles, async (ctx) => {
    return {
      roles: roles.map((role) => ({
        role,
        permissions: [...roleDefinitions[role].permissions],
        organisationKinds: [...roleDefinitions[role].organisationKinds],
        assignableHere: isRoleAllowedInOrganisation(role, ctx.actor.organisationKind),
      })),
      permissions: [...permissions],
    };
  });
}

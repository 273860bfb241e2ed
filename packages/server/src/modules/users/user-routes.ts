import type { FastifyInstance } from 'fastify';
import { z } from 'zod';
import {
  createUserBodySchema,
  idParamsSchema,
  resetPasswordBodySchema,
  roleMatrixSchema,
  updateUserBodySchema,
  userListQuerySchema,
  userListSchema,
  userSchema,
} from '@hjemvej/contract';
import { permissions, roleDefinitions, roles, isRoleAllowedInOrganisation } from '@hjemvej/domain';
import type { Db } from '../../database/connection';
import { NotFoundError } from '../../http/errors';
import { registerSecuredRoute } from '../../http/secured-route';
import { findUserById, findUsers } from './user-queries';
import { createUser, resetUserPassword, updateUser } from './user-service';

export function registerUserRoutes(app: FastifyInstance, db: Db): void {
  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/users',
    summary: 'Users of the own organisation',
    tags: ['users'],
    permission: 'users.read',
    audit: 'user.list',
    shape: 'collection',
    querystring: userListQuerySchema,
    response: userListSchema,
    async handler(ctx, { query }) {
      const items = await findUsers(ctx.tx, ctx.scope, query);
      ctx.describe({ subjectType: 'user', changes: { filter: query, count: items.length } });
      return { items };
    },
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/users/:id',
    summary: 'One user',
    tags: ['users'],
    permission: 'users.read',
    audit: 'user.read',
    shape: 'item',
    params: idParamsSchema,
    response: userSchema,
    async handler(ctx, { params }) {
      const user = await findUserById(ctx.tx, ctx.scope, params.id);
      if (!user) throw new NotFoundError();
      ctx.describe({ subjectType: 'user', subjectId: user.id, dataOrganisationId: user.organisationId });
      return user;
    },
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/users',
    summary: 'Create a user in the own organisation',
    tags: ['users'],
    permission: 'users.manage',
    audit: 'user.create',
    shape: 'collection',
    body: createUserBodySchema,
    response: userSchema,
    status: 201,
    handler: (ctx, { body }) => createUser(ctx, body),
  });

  registerSecuredRoute(app, db, {
    method: 'PATCH',
    url: '/api/users/:id',
    summary: 'Change, deactivate or reactivate a user (deactivation ends their sessions at once)',
    tags: ['users'],
    permission: 'users.manage',
    audit: 'user.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateUserBodySchema,
    response: userSchema,
    handler: (ctx, { params, body }) => updateUser(ctx, params.id, body),
  });

  registerSecuredRoute(app, db, {
    method: 'POST',
    url: '/api/users/:id/password',
    summary: 'Set a new password for a user (ends their sessions)',
    tags: ['users'],
    permission: 'users.manage',
    audit: 'user.password_reset',
    shape: 'item',
    params: idParamsSchema,
    body: resetPasswordBodySchema,
    response: z.null(),
    status: 204,
    async handler(ctx, { params, body }) {
      await resetUserPassword(ctx, params.id, body.password);
      return null;
    },
  });

  registerSecuredRoute(app, db, {
    method: 'GET',
    url: '/api/roles',
    summary: 'Roles and their permissions (the one written definition)',
    tags: ['users'],
    permission: 'users.read',
    audit: null,
    shape: 'collection',
    response: roleMatrixSchema,
    async handler(ctx) {
      return {
        roles: roles.map((role) => ({
          role,
          permissions: [...roleDefinitions[role].permissions],
          organisationKinds: [...roleDefinitions[role].organisationKinds],
          assignableHere: isRoleAllowedInOrganisation(role, ctx.actor.organisationKind),
        })),
        permissions: [...permissions],
      };
    },
  });
}

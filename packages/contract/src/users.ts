import { z } from 'zod';
import { changesSchema, emailSchema, idParamsSchema, idSchema, isoDateTimeSchema, passwordSchema, textSchema } from './common';
import { defineRoute } from './route';
import { permissionSchema, roleSchema, unitRefSchema, organisationKindSchema } from './auth';

export const userSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  /** The organisation the user belongs to (the system administrator's list spans them all). */
  organisation: z.object({ id: idSchema, name: z.string(), kind: organisationKindSchema }),
  isActive: z.boolean(),
  units: z.array(unitRefSchema),
  lastSignInAt: isoDateTimeSchema.nullable(),
  createdAt: isoDateTimeSchema,
});
export type User = z.infer<typeof userSchema>;

export const userListQuerySchema = z.object({
  search: z.string().trim().max(100).optional(),
  role: roleSchema.optional(),
  active: z.enum(['true', 'false', 'all']).default('all'),
  organisationId: idSchema.optional(),
});
export const userListSchema = z.object({ items: z.array(userSchema) });

export const createUserBodySchema = z.object({
  displayName: textSchema(120),
  email: emailSchema,
  role: roleSchema,
  unitIds: z.array(idSchema).max(50).default([]),
  password: passwordSchema,
});
export type CreateUserBody = z.input<typeof createUserBodySchema>;

export const updateUserBodySchema = changesSchema(
  z
    .object({
      displayName: textSchema(120),
      email: emailSchema,
      role: roleSchema,
      unitIds: z.array(idSchema).max(50),
      isActive: z.boolean(),
    })
    .partial(),
);
export type UpdateUserBody = z.infer<typeof updateUserBodySchema>;

export const resetPasswordBodySchema = z.object({ password: passwordSchema });

export const roleMatrixSchema = z.object({
  roles: z.array(
    z.object({
      role: roleSchema,
      permissions: z.array(permissionSchema),
      organisationKinds: z.array(organisationKindSchema),
      assignableHere: z.boolean(),
    }),
  ),
  permissions: z.array(permissionSchema),
});
export type RoleMatrix = z.infer<typeof roleMatrixSchema>;

export const usersRoutes = {
  list: defineRoute({
    name: 'listUsers',
    method: 'GET',
    path: '/api/users',
    summary: 'Users of the own organisation',
    tags: ['users'],
    permission: 'users.read',
    audit: 'user.list',
    shape: 'collection',
    query: userListQuerySchema,
    response: userListSchema,
  }),
  read: defineRoute({
    name: 'getUser',
    method: 'GET',
    path: '/api/users/:id',
    summary: 'One user',
    tags: ['users'],
    permission: 'users.read',
    audit: 'user.read',
    shape: 'item',
    params: idParamsSchema,
    response: userSchema,
  }),
  create: defineRoute({
    name: 'createUser',
    method: 'POST',
    path: '/api/users',
    summary: 'Create a user in the own organisation',
    tags: ['users'],
    permission: 'users.manage',
    audit: 'user.create',
    shape: 'collection',
    body: createUserBodySchema,
    response: userSchema,
    status: 201,
  }),
  update: defineRoute({
    name: 'updateUser',
    method: 'PATCH',
    path: '/api/users/:id',
    summary: 'Change, deactivate or reactivate a user (deactivation ends their sessions at once)',
    tags: ['users'],
    permission: 'users.manage',
    audit: 'user.update',
    shape: 'item',
    params: idParamsSchema,
    body: updateUserBodySchema,
    response: userSchema,
  }),
  resetPassword: defineRoute({
    name: 'resetUserPassword',
    method: 'POST',
    path: '/api/users/:id/password',
    summary: 'Set a new password for a user (ends their sessions)',
    tags: ['users'],
    permission: 'users.manage',
    audit: 'user.password_reset',
    shape: 'item',
    params: idParamsSchema,
    body: resetPasswordBodySchema,
    response: z.null(),
    status: 204,
  }),
  roles: defineRoute({
    name: 'listRoles',
    method: 'GET',
    path: '/api/roles',
    summary: 'Roles and their permissions (the one written definition)',
    tags: ['users'],
    permission: 'users.read',
    audit: null,
    shape: 'collection',
    response: roleMatrixSchema,
  }),
};

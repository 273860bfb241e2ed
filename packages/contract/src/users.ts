import { z } from 'zod';
import { emailSchema, idSchema, isoDateTimeSchema, passwordSchema, textSchema } from './common';
import { permissionSchema, roleSchema, unitRefSchema, organisationKindSchema } from './auth';

export const userSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
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

export const updateUserBodySchema = z
  .object({
    displayName: textSchema(120),
    email: emailSchema,
    role: roleSchema,
    unitIds: z.array(idSchema).max(50),
    isActive: z.boolean(),
  })
  .partial();
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

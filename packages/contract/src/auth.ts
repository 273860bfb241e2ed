import { z } from 'zod';
import { organisationKinds, permissions, roles, unitKinds } from '@hjemvej/domain';
import { emailSchema, idSchema, localeSchema } from './common';

export const roleSchema = z.enum(roles);
export const permissionSchema = z.enum(permissions);
export const organisationKindSchema = z.enum(organisationKinds);
export const unitKindSchema = z.enum(unitKinds);

/** isDemo: the organisation is fictional demo data, and the UI says so. */
export const organisationRefSchema = z.object({
  id: idSchema,
  name: z.string(),
  kind: organisationKindSchema,
  isDemo: z.boolean(),
});
export const unitRefSchema = z.object({ id: idSchema, name: z.string() });

export const sessionUserSchema = z.object({
  id: idSchema,
  displayName: z.string(),
  email: z.string(),
  role: roleSchema,
  locale: localeSchema,
  organisation: organisationRefSchema,
  units: z.array(unitRefSchema),
  permissions: z.array(permissionSchema),
});
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const sessionResponseSchema = z.object({
  user: sessionUserSchema.nullable(),
  csrfToken: z.string().nullable(),
  oidc: z.object({ enabled: z.boolean(), label: z.string() }),
});
export type SessionResponse = z.infer<typeof sessionResponseSchema>;

export const signInBodySchema = z.object({
  email: emailSchema,
  password: z.string().min(1).max(200),
});
export type SignInBody = z.infer<typeof signInBodySchema>;

export const signInResponseSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export type SignInResponse = z.infer<typeof signInResponseSchema>;

export const preferencesBodySchema = z.object({ locale: localeSchema });

export const homeTileSchema = z.object({ key: z.string(), count: z.number().int() });
export const homeResponseSchema = z.object({
  organisation: organisationRefSchema,
  role: roleSchema,
  tiles: z.array(homeTileSchema),
});
export type HomeResponse = z.infer<typeof homeResponseSchema>;

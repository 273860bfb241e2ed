import { z } from 'zod';
import { organisationKinds, permissions, roles, unitKinds } from '@hjemvej/domain';
import { emailSchema, idSchema, localeSchema } from './common';
import { defineRoute } from './route';

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
  /** Outside a citizen's need-to-know circle, the user may open them by emergency access. */
  mayUseEmergencyAccess: z.boolean(),
  /** The authority and the shelters register citizens; a unit reaching only its own does not. */
  mayRegisterCitizens: z.boolean(),
  /** The user may be a citizen's responsible caseworker (sagsansvarlig): the start page lists their citizens. */
  mayBeResponsibleCaseworker: z.boolean(),
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

/** Only the parameters we read are named; providers may add others (iss, session_state, ...). */
export const oidcCallbackQuerySchema = z.looseObject({
  code: z.string().optional(),
  state: z.string().optional(),
  error: z.string().optional(),
});

/** The OpenID Connect routes' common prefix (the path of the cookie that carries a sign-in from start to callback). */
export const oidcPathPrefix = '/api/auth/oidc';

/**
 * Signing in and out, and the caller's own session: public routes (no session needed), served
 * outside the secured pipeline; the preferences route is the signed-in user's own.
 */
export const authRoutes = {
  session: defineRoute({
    name: 'getSession',
    method: 'GET',
    path: '/api/auth/session',
    summary: 'The current session (user may be null)',
    tags: ['auth'],
    permission: 'public',
    response: sessionResponseSchema,
  }),
  signIn: defineRoute({
    name: 'signIn',
    method: 'POST',
    path: '/api/auth/sign-in',
    summary: 'Sign in with e-mail and password',
    tags: ['auth'],
    permission: 'public',
    body: signInBodySchema,
    response: signInResponseSchema,
  }),
  signOut: defineRoute({
    name: 'signOut',
    method: 'POST',
    path: '/api/auth/sign-out',
    summary: 'Sign out (ends the session)',
    tags: ['auth'],
    permission: 'public',
    response: z.null(),
    status: 204,
  }),
  oidcStart: defineRoute({
    name: 'startOidcSignIn',
    method: 'GET',
    path: `${oidcPathPrefix}/start`,
    summary: 'Start signing in with OpenID Connect (redirects to the provider)',
    tags: ['auth'],
    permission: 'public',
    response: z.null().describe('Redirect (no body)'),
    status: 302,
  }),
  oidcCallback: defineRoute({
    name: 'finishOidcSignIn',
    method: 'GET',
    path: `${oidcPathPrefix}/callback`,
    summary: 'Return from the OpenID Connect provider (signs in, then redirects to the web app)',
    tags: ['auth'],
    permission: 'public',
    query: oidcCallbackQuerySchema,
    response: z.null().describe('Redirect (no body)'),
    status: 302,
  }),
  updatePreferences: defineRoute({
    name: 'updatePreferences',
    method: 'PUT',
    path: '/api/me/preferences',
    summary: 'Remember the signed-in user’s language',
    tags: ['auth'],
    permission: null,
    audit: 'user.preferences_update',
    shape: 'item',
    body: preferencesBodySchema,
    response: z.null(),
    status: 204,
  }),
};

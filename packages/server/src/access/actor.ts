import type { Locale } from '@hjemvej/contract';
import type { OrganisationKind, Role, UnitKind } from '@hjemvej/domain';

/** The signed-in user a request acts for, as loaded with the session. */
export interface Actor {
  readonly userId: string;
  readonly displayName: string;
  readonly email: string;
  readonly role: Role;
  readonly locale: Locale;
  readonly organisationId: string;
  readonly organisationName: string;
  readonly organisationKind: OrganisationKind;
  readonly organisationIsDemo: boolean;
  readonly units: readonly { readonly id: string; readonly name: string; readonly kind: UnitKind }[];
  readonly sessionId: string;
  readonly csrfToken: string;
}

declare module 'fastify' {
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/**
 * Compile-time check (never imported at runtime): both catalogues name every role, unit kind,
 * organisation kind, partner type, shelter operator, permission and audit action that the
 * domain and contract define, each in the catalogue of the module that shows it. `npx tsc -p packages/web` fails when one is missing.
 */
import type { OrganisationKind, PartnerType, Permission, Role, ShelterOperator, UnitKind } from '@hjemvej/domain';
import type { AuditAction } from '@hjemvej/contract';
import type { Texts } from './catalogues';

type Split<S extends string> = S extends `${infer Head}.${infer Tail}` ? [Head, Tail] : never;
type Nested<K extends string, V> = { [G in Split<K>[0]]: { [L in Split<Extract<K, `${G}.${string}`>>[1]]: V } };

type Catalogue = {
  role: Record<Role, string>;
  organisationKind: Record<OrganisationKind, string>;
  permission: Nested<Permission, { label: string; description: string }>;
  organisation: {
    unitKind: Record<UnitKind, string>;
    partnerType: Record<PartnerType, string>;
    shelterOperator: Record<ShelterOperator, string>;
  };
  auditLog: { action: Nested<AuditAction, string> };
};

export type CatalogueCoverage = [Texts<'da'> extends Catalogue ? true : never, Texts<'en'> extends Catalogue ? true : never];
export const catalogueCoverage: CatalogueCoverage = [true, true];

/**
 * Compile-time check (never imported at runtime): both catalogues name every role, unit kind,
 * organisation kind, partner type, shelter operator, permission and audit action that the
 * domain and contract define. `npx tsc -p packages/web` fails when one is missing.
 */
import type { OrganisationKind, PartnerType, Permission, Role, ShelterOperator, UnitKind } from '@hjemvej/domain';
import type { AuditAction } from '@hjemvej/contract';
import da from './da.json';
import en from './en.json';

type Split<S extends string> = S extends `${infer Head}.${infer Tail}` ? [Head, Tail] : never;
type Nested<K extends string, V> = { [G in Split<K>[0]]: { [L in Split<Extract<K, `${G}.${string}`>>[1]]: V } };

type Catalogue = {
  role: Record<Role, string>;
  unitKind: Record<UnitKind, string>;
  organisationKind: Record<OrganisationKind, string>;
  partnerType: Record<PartnerType, string>;
  shelterOperator: Record<ShelterOperator, string>;
  permission: Nested<Permission, { label: string; description: string }>;
  audit: { action: Nested<AuditAction, string> };
};

export const catalogueCoverage: readonly Catalogue[] = [da, en];

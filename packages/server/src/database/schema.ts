/**
 * Row types of the migrated database. Checked against the real schema by
 * test/schema-matches-types.test.ts, so a migration and these types cannot drift apart.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { OrganisationKind, PartnerType, Role, ShelterOperator, UnitKind } from '@hjemvej/domain';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

export interface OrganisationsTable {
  id: Generated<string>;
  kind: OrganisationKind;
  name: string;
  municipality_code: string | null;
  partner_type: PartnerType | null;
  shelter_operator: ShelterOperator | null;
  contact_email: string | null;
  contact_phone: string | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
}

export interface OrganisationPartnersTable {
  organisation_id: string;
  partner_id: string;
  created_at: CreatedAt;
}

export interface UnitsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  kind: UnitKind;
  is_active: Generated<boolean>;
  created_at: CreatedAt;
}

export interface UsersTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  display_name: string;
  role: Role;
  password_hash: string | null;
  oidc_issuer: string | null;
  oidc_subject: string | null;
  locale: Generated<'da' | 'en'>;
  is_active: Generated<boolean>;
  is_demo: Generated<boolean>;
  last_sign_in_at: NullableTimestamp;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface UserUnitsTable {
  user_id: string;
  unit_id: string;
}

export interface SessionsTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: CreatedAt;
  last_seen_at: Timestamp;
  expires_at: Timestamp;
  ip: string | null;
  user_agent: string | null;
}

export interface SignInThrottleTable {
  key: string;
  failures: number;
  window_started_at: Timestamp;
  locked_until: NullableTimestamp;
}

export interface AuditEventsTable {
  id: Generated<number>;
  occurred_at: Timestamp;
  actor_user_id: string | null;
  actor: ColumnType<unknown, string | null, never>;
  actor_organisation_id: string | null;
  data_organisation_id: string | null;
  action: string;
  subject_type: string | null;
  subject_id: string | null;
  citizen_id: string | null;
  outcome: 'ok' | 'refused' | 'failed';
  ip: string | null;
  changes: ColumnType<unknown, string | null, never>;
  prev_hash: string;
  hash: string;
}

export interface Database {
  organisations: OrganisationsTable;
  organisation_partners: OrganisationPartnersTable;
  units: UnitsTable;
  users: UsersTable;
  user_units: UserUnitsTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_events: AuditEventsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;

/** The down path of every migration works, and the row types match the migrated schema. */
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { parseDatabaseUrl } from '../src/config/database-url';
import { openDatabase, type DatabaseHandle } from '../src/database/connection';
import { appliedMigrations, migrateToLatest, migrateToNothing } from '../src/database/migrator';
import { migrations } from '../src/database/migrations';
import type { Database } from '../src/database/schema';
import { createScratchDatabase } from './support/scratch-database';

async function openScratchDatabase(): Promise<{ handle: DatabaseHandle; drop: () => Promise<void> }> {
  const scratch = await createScratchDatabase();
  const handle = await openDatabase(parseDatabaseUrl(scratch.url), { poolSize: 2 });
  return {
    handle,
    drop: async () => {
      await handle.close();
      await scratch.drop();
    },
  };
}

const cleanups: (() => Promise<void>)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups) await cleanup();
});

async function tableNames(handle: DatabaseHandle): Promise<string[]> {
  const rows = await sql<{
    name: string;
  }>`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_name NOT LIKE 'schema_migrations%' ORDER BY 1`.execute(
    handle.db,
  );
  return rows.rows.map((r) => r.name);
}

describe('migrations', () => {
  it('go up, all the way down, and up again', async () => {
    const { handle, drop } = await openScratchDatabase();
    cleanups.push(drop);
    await migrateToLatest(handle.db);
    expect(await appliedMigrations(handle.db)).toEqual(Object.keys(migrations));
    expect(await tableNames(handle)).toContain('audit_events');
    await migrateToNothing(handle.db);
    expect(await tableNames(handle)).toEqual([]);
    await migrateToLatest(handle.db);
    expect(await appliedMigrations(handle.db)).toEqual(Object.keys(migrations));
  });

  it('produce the columns the row types in schema.ts describe', async () => {
    const { handle, drop } = await openScratchDatabase();
    cleanups.push(drop);
    await migrateToLatest(handle.db);
    const columns = await sql<{ table: string; column: string }>`
      SELECT table_name AS "table", column_name AS "column" FROM information_schema.columns
      WHERE table_schema = 'public' AND table_name NOT LIKE 'schema_migrations%' ORDER BY table_name, ordinal_position`.execute(
      handle.db,
    );
    const actual: Record<string, string[]> = {};
    for (const { table, column } of columns.rows) (actual[table] ??= []).push(column);
    // The same shape as the Database interface; a type-level check keeps this list honest.
    const expected = {
      organisations: [
        'id',
        'kind',
        'name',
        'municipality_code',
        'partner_type',
        'shelter_operator',
        'contact_email',
        'contact_phone',
        'is_demo',
        'created_at',
      ],
      organisation_partners: ['organisation_id', 'partner_id', 'created_at'],
      units: ['id', 'organisation_id', 'name', 'kind', 'is_active', 'created_at'],
      users: [
        'id',
        'organisation_id',
        'email',
        'display_name',
        'role',
        'password_hash',
        'oidc_issuer',
        'oidc_subject',
        'locale',
        'is_active',
        'is_demo',
        'last_sign_in_at',
        'created_at',
        'updated_at',
      ],
      user_units: ['user_id', 'unit_id'],
      sessions: ['id', 'user_id', 'csrf_token', 'created_at', 'last_seen_at', 'expires_at', 'ip', 'user_agent'],
      sign_in_throttle: ['key', 'failures', 'window_started_at', 'locked_until'],
      audit_events: [
        'id',
        'occurred_at',
        'actor_user_id',
        'actor',
        'actor_organisation_id',
        'data_organisation_id',
        'action',
        'subject_type',
        'subject_id',
        'citizen_id',
        'outcome',
        'ip',
        'changes',
        'prev_hash',
        'hash',
      ],
      citizens: [
        'id',
        'handlekommune_id',
        'cpr',
        'birth_date',
        'birth_date_is_approximate',
        'first_name',
        'last_name',
        'alias',
        'phone',
        'email',
        'contact_note',
        'merged_into_id',
        'created_by_organisation_id',
        'updated_by_user_id',
        'is_demo',
        'created_at',
        'updated_at',
        'version',
        'housing_first_urgent_since',
        'housing_first_urgent_by_user_id',
        'first_contact_on',
      ],
      citizen_distinct_pairs: ['citizen_a_id', 'citizen_b_id', 'created_by_user_id', 'created_at'],
      housing_periods: [
        'id',
        'citizen_id',
        'category',
        'from_date',
        'to_date',
        'note',
        'created_by_user_id',
        'created_at',
        'updated_at',
      ],
      shelter_stays: [
        'id',
        'citizen_id',
        'shelter_id',
        'admitted_on',
        'referral',
        'referred_by',
        'intake',
        'handlekommune_notified_on',
        'discharged_on',
        'discharge_reason',
        'discharge_destination',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      assessments: [
        'id',
        'citizen_id',
        'assessed_on',
        'areas',
        'summary',
        'citizen_view',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      plans: [
        'id',
        'citizen_id',
        'kind',
        'made_on',
        'ended_on',
        'content',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      plan_versions: ['plan_id', 'version', 'content', 'saved_by_user_id', 'saved_by_name', 'saved_at'],
      decisions: [
        'id',
        'citizen_id',
        'organisation_id',
        'kind',
        'method',
        'outcome',
        'decided_on',
        'period_from',
        'period_to',
        'reasons',
        'wished_provider',
        'wish_followed',
        'reason_if_not_followed',
        'appeal_guidance',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      decision_versions: ['decision_id', 'version', 'content', 'saved_by_user_id', 'saved_by_name', 'saved_at'],
      housing_allocations: [
        'id',
        'citizen_id',
        'address',
        'landlord',
        'partner_id',
        'monthly_rent',
        'rooms',
        'allocated_on',
        'lease_signed_on',
        'planned_move_in_on',
        'move_in_on',
        'withdrawn_on',
        'withdrawal_reason',
        'move_in_housing_period_id',
        'note',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      support_courses: [
        'id',
        'citizen_id',
        'method',
        'decision_id',
        'team_unit_id',
        'worker_user_id',
        'started_on',
        'ended_on',
        'end_reason',
        'end_note',
        'note',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      support_course_phases: ['support_course_id', 'phase', 'started_on', 'checklist'],
      support_contacts: ['id', 'support_course_id', 'contact_on', 'kind', 'note', 'by_user_id', 'created_at'],
      outcome_follow_ups: [
        'id',
        'citizen_id',
        'housing_allocation_id',
        'milestone',
        'checked_on',
        'keeps_home',
        'lost_home_on',
        'returned_from_housing',
        'returned_housing_period_id',
        'note',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      collaboration_settings: [
        'organisation_id',
        'urgent_deadline_working_days',
        'escalation_margin_working_days',
        'housing_goal_days',
        'updated_by_user_id',
        'updated_at',
      ],
      flowcards: [
        'id',
        'organisation_id',
        'name',
        'description',
        'is_archived',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      flowcard_versions: [
        'flowcard_id',
        'version',
        'name',
        'description',
        'steps',
        'change_note',
        'saved_by_user_id',
        'saved_by_name',
        'saved_at',
      ],
      flowcard_runs: [
        'id',
        'organisation_id',
        'flowcard_id',
        'flowcard_version',
        'citizen_id',
        'started_on',
        'started_by_user_id',
        'completed_at',
        'cancelled_at',
        'cancel_reason',
        'created_at',
      ],
      tasks: [
        'id',
        'organisation_id',
        'citizen_id',
        'unit_id',
        'flowcard_run_id',
        'step_key',
        'title',
        'description',
        'status',
        'assignee_user_id',
        'due_on',
        'is_urgent',
        'blocked_waiting_for',
        'checklist',
        'required_documents',
        'opened_at',
        'done_at',
        'done_by_user_id',
        'linked_record_type',
        'linked_record_id',
        'escalated_at',
        'created_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      task_events: ['id', 'task_id', 'kind', 'text', 'by_user_id', 'by_name', 'at'],
      notifications: [
        'id',
        'user_id',
        'kind',
        'task_id',
        'citizen_id',
        'title',
        'body',
        'link',
        'created_at',
        'read_at',
        'emailed_at',
        'email_error',
      ],
      // Collaboration (migration 0010).
      citizen_consents: [
        'id',
        'organisation_id',
        'citizen_id',
        'partner_id',
        'categories',
        'purpose',
        'given_on',
        'expires_on',
        'withdrawn_at',
        'withdrawn_by_user_id',
        'withdrawn_by_name',
        'withdrawal_note',
        'recorded_by_user_id',
        'recorded_by_name',
        'created_at',
      ],
      network_meetings: [
        'id',
        'organisation_id',
        'citizen_id',
        'held_at',
        'title',
        'participants',
        'agenda',
        'notes',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      network_meeting_decisions: [
        'id',
        'meeting_id',
        'text',
        'owner_unit_id',
        'owner_user_id',
        'due_on',
        'task_id',
        'created_by_user_id',
        'created_at',
      ],
      collaboration_agreements: [
        'id',
        'organisation_id',
        'title',
        'agreed',
        'valid_from',
        'revisit_on',
        'created_by_user_id',
        'updated_by_user_id',
        'created_at',
        'updated_at',
        'version',
      ],
      collaboration_agreement_parties: [
        'id',
        'agreement_id',
        'unit_id',
        'party_organisation_id',
        'signing_user_id',
        'signing_name',
        'signed_on',
        'position',
      ],
      agreement_reminders_sent: ['agreement_id', 'key', 'sent_at'],
    } satisfies { [T in keyof Database]: (keyof Database[T])[] };
    expect(actual).toEqual(expected);
  });
});

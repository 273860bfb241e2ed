import { sql, type Kysely } from 'kysely';

/**
 * Working together across units: flowcards (written workflows, every version kept), flowcards
 * started for a citizen (runs), the tasks they create for units (own units and partners'),
 * each task's history, in-app notifications (and whether they were e-mailed), the
 * municipality's settings for urgent deadlines and escalation, and "Housing First haster" on
 * a citizen's course.
 *
 * A flowcard version's steps are one JSON document (domain `FlowcardStep[]`): a version is
 * read, compared and restored whole, and the service validates it (no cycles, known units)
 * before it is saved. Tasks copy what they need from their step (title, unit, checklist), so
 * editing a flowcard never changes tasks already started unless the user chooses so.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    CREATE TABLE collaboration_settings (
      organisation_id uuid PRIMARY KEY REFERENCES organisations (id) ON DELETE CASCADE,
      -- The municipality's shorter deadline for "Housing First haster" tasks.
      urgent_deadline_working_days integer NOT NULL DEFAULT 2 CHECK (urgent_deadline_working_days BETWEEN 1 AND 60),
      -- A task this many working days past its due date is escalated to the unit's leaders.
      escalation_margin_working_days integer NOT NULL DEFAULT 2 CHECK (escalation_margin_working_days BETWEEN 0 AND 60),
      -- The goal from first contact to own home (two months).
      housing_goal_days integer NOT NULL DEFAULT 61 CHECK (housing_goal_days BETWEEN 1 AND 730),
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_at timestamptz NOT NULL DEFAULT now()
    );

    -- "Housing First haster" on the whole course: every task for the citizen is urgent.
    ALTER TABLE citizens ADD COLUMN housing_first_urgent_since timestamptz;
    ALTER TABLE citizens ADD COLUMN housing_first_urgent_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL;
    -- The first contact with the citizen (the two-month clock runs from it); unset means the
    -- earliest of the record's creation and the first § 110 admission.
    ALTER TABLE citizens ADD COLUMN first_contact_on date;

    CREATE TABLE flowcards (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      organisation_id uuid NOT NULL REFERENCES organisations (id) ON DELETE CASCADE,
      name text NOT NULL CHECK (length(name) BETWEEN 1 AND 160),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
      is_archived boolean NOT NULL DEFAULT false,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      updated_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      -- The current version's number (also the optimistic-concurrency token).
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1)
    );
    CREATE UNIQUE INDEX flowcards_name_per_organisation ON flowcards (organisation_id, lower(name));

    CREATE TABLE flowcard_versions (
      flowcard_id uuid NOT NULL REFERENCES flowcards (id) ON DELETE CASCADE,
      version integer NOT NULL CHECK (version >= 1),
      name text NOT NULL,
      description text NOT NULL DEFAULT '',
      -- FlowcardStep[] (packages/domain/src/flowcard/definition.ts).
      steps jsonb NOT NULL,
      change_note text CHECK (length(change_note) <= 1000),
      saved_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      saved_by_name text,
      saved_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (flowcard_id, version)
    );

    CREATE TABLE flowcard_runs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The municipality whose course this is (the flowcard's owner).
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      flowcard_id uuid NOT NULL,
      flowcard_version integer NOT NULL,
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      started_on date NOT NULL,
      started_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      completed_at timestamptz,
      cancelled_at timestamptz,
      cancel_reason text CHECK (length(cancel_reason) <= 1000),
      created_at timestamptz NOT NULL DEFAULT now(),
      FOREIGN KEY (flowcard_id, flowcard_version) REFERENCES flowcard_versions (flowcard_id, version)
    );
    CREATE INDEX flowcard_runs_citizen ON flowcard_runs (citizen_id);
    CREATE INDEX flowcard_runs_flowcard ON flowcard_runs (flowcard_id, started_on);

    CREATE TABLE tasks (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      -- The municipality whose course the task belongs to.
      organisation_id uuid NOT NULL REFERENCES organisations (id),
      citizen_id uuid NOT NULL REFERENCES citizens (id) ON DELETE CASCADE,
      -- The responsible unit: the municipality's own, or a partner's (shelter, NGO, housing association).
      unit_id uuid NOT NULL REFERENCES units (id),
      -- Null for a task created by hand.
      flowcard_run_id uuid REFERENCES flowcard_runs (id) ON DELETE CASCADE,
      step_key text,
      title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
      description text NOT NULL DEFAULT '' CHECK (length(description) <= 4000),
      -- waiting: an earlier step is not done yet; open: can be worked, nobody has taken it;
      -- in_progress: taken by assignee; blocked: waits for someone named in blocked_waiting_for.
      status text NOT NULL CHECK (status IN ('waiting', 'open', 'in_progress', 'blocked', 'done', 'cancelled')),
      assignee_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      -- Null while the deadline counts from a step that is not done yet.
      due_on date,
      is_urgent boolean NOT NULL DEFAULT false,
      blocked_waiting_for text CHECK (length(blocked_waiting_for) <= 300),
      -- [{ "label": text, "done": boolean }] and [{ "label": text, "done": boolean }].
      checklist jsonb NOT NULL DEFAULT '[]'::jsonb,
      required_documents jsonb NOT NULL DEFAULT '[]'::jsonb,
      -- When the task became workable (waiting → open); the wait in a step counts from here.
      opened_at timestamptz,
      done_at timestamptz,
      done_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      -- The course record that shows the step done (e.g. 'plan', id), when marked done from the course.
      linked_record_type text,
      linked_record_id uuid,
      escalated_at timestamptz,
      created_by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      version integer NOT NULL DEFAULT 1 CHECK (version >= 1),
      UNIQUE (flowcard_run_id, step_key),
      CHECK ((flowcard_run_id IS NULL) = (step_key IS NULL)),
      CHECK ((status = 'done') = (done_at IS NOT NULL)),
      CHECK (status <> 'blocked' OR blocked_waiting_for IS NOT NULL)
    );
    CREATE INDEX tasks_open_by_unit ON tasks (unit_id, due_on) WHERE status NOT IN ('done', 'cancelled');
    CREATE INDEX tasks_citizen ON tasks (citizen_id);
    CREATE INDEX tasks_organisation ON tasks (organisation_id, status);
    CREATE INDEX tasks_assignee ON tasks (assignee_user_id) WHERE status NOT IN ('done', 'cancelled');

    CREATE TABLE task_events (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      task_id uuid NOT NULL REFERENCES tasks (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN (
        'created', 'opened', 'taken', 'released', 'comment', 'blocked', 'unblocked', 'done',
        'reopened', 'cancelled', 'urgent_set', 'urgent_cleared', 'escalated', 'due_changed')),
      text text CHECK (length(text) <= 4000),
      by_user_id uuid REFERENCES users (id) ON DELETE SET NULL,
      by_name text,
      at timestamptz NOT NULL DEFAULT now()
    );
    CREATE INDEX task_events_task ON task_events (task_id, at);

    CREATE TABLE notifications (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      user_id uuid NOT NULL REFERENCES users (id) ON DELETE CASCADE,
      kind text NOT NULL CHECK (kind IN (
        'task_assigned', 'task_opened', 'task_comment', 'task_blocked', 'task_done', 'task_urgent',
        'task_overdue', 'task_escalated', 'agreement_revisit', 'agreement_signer_left', 'meeting_decision')),
      task_id uuid REFERENCES tasks (id) ON DELETE CASCADE,
      citizen_id uuid REFERENCES citizens (id) ON DELETE CASCADE,
      -- Words for the message (no personal data beyond what the recipient may see).
      title text NOT NULL CHECK (length(title) <= 300),
      body text NOT NULL DEFAULT '' CHECK (length(body) <= 2000),
      link text CHECK (length(link) <= 300),
      created_at timestamptz NOT NULL DEFAULT now(),
      read_at timestamptz,
      emailed_at timestamptz,
      email_error text
    );
    CREATE INDEX notifications_user ON notifications (user_id, created_at DESC);
    CREATE INDEX notifications_unemailed ON notifications (created_at) WHERE emailed_at IS NULL AND email_error IS NULL;
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    DROP TABLE notifications;
    DROP TABLE task_events;
    DROP TABLE tasks;
    DROP TABLE flowcard_runs;
    DROP TABLE flowcard_versions;
    DROP TABLE flowcards;
    ALTER TABLE citizens DROP COLUMN first_contact_on;
    ALTER TABLE citizens DROP COLUMN housing_first_urgent_by_user_id;
    ALTER TABLE citizens DROP COLUMN housing_first_urgent_since;
    DROP TABLE collaboration_settings;
  `.execute(db);
}

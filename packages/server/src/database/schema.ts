/**
 * Row types of the migrated database. Checked against the real schema by
 * test/schema-matches-types.test.ts, so a migration and these types cannot drift apart.
 */
import type { ColumnType, Generated, Insertable, Selectable, Updateable } from 'kysely';
import type { DischargeReason } from '@hjemvej/contract';
import type {
  DecisionKind,
  MeasureId,
  PlanKind,
  TaskforceAnchoringStatus,
  TaskforceReportStatus,
  TaskforceTheme,
} from '@hjemvej/domain';
import type {
  AllocationLegalBasis,
  DwellingType,
  PriorityPolicy,
  RefusalConsequence,
  VacancyEndReason,
  HousingCategory,
  OrganisationKind,
  PartnerType,
  Role,
  ShelterOperator,
  SeasonTerm,
  SupportMethod,
  TaskforceActivityKind,
  TaskforceApplicationStatus,
  TaskforceCourseBody,
  TaskforcePhase,
  UnitKind,
} from '@hjemvej/domain';

type CreatedAt = ColumnType<Date, Date | undefined, never>;
type Timestamp = ColumnType<Date, Date | string, Date | string>;
type NullableTimestamp = ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;

/** Who made and last changed a record changed in place, when, and its version (`record-stamps.ts` selects them). */
interface RecordStampColumns {
  created_by_user_id: string | null;
  updated_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

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
  /** Which of the parallel chains, and the event's place in it (1, 2, …); see audit/audit-writer.ts. */
  chain: number;
  position: number;
  /** The id of the key that hashed the event; null for the plain SHA-256 of events before migration 0013. */
  key_id: string | null;
  prev_hash: string;
  hash: string;
}

/** The head of each audit chain, locked by the writer that appends to it (a cache of the events). */
export interface AuditChainsTable {
  chain: number;
  position: number;
  head_hash: string;
}

/** Calendar dates travel as 'YYYY-MM-DD' strings (see type-parsers.ts). */
type DateColumn = string;

export interface CitizensTable {
  id: Generated<string>;
  handlekommune_id: string | null;
  cpr: string | null;
  birth_date: DateColumn | null;
  birth_date_is_approximate: Generated<boolean>;
  first_name: string | null;
  last_name: string | null;
  alias: string | null;
  phone: string | null;
  email: string | null;
  contact_note: string | null;
  merged_into_id: string | null;
  created_by_organisation_id: string;
  updated_by_user_id: string | null;
  is_demo: Generated<boolean>;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
  /** "Housing First haster" on the whole course (migration 0007). */
  housing_first_urgent_since: ColumnType<Date | null, Date | string | null | undefined, Date | string | null>;
  housing_first_urgent_by_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  first_contact_on: ColumnType<DateColumn | null, DateColumn | null | undefined, DateColumn | null>;
  /** The responsible caseworker (sagsansvarlig), a user of the handlekommune (migration 0033). */
  responsible_user_id: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface CitizenDistinctPairsTable {
  citizen_a_id: string;
  citizen_b_id: string;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface HousingPeriodsTable {
  id: Generated<string>;
  citizen_id: string;
  category: HousingCategory;
  from_date: DateColumn;
  to_date: DateColumn | null;
  note: string | null;
  created_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export type ShelterReferral = 'self' | 'referred';

export interface ShelterStaysTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  shelter_id: string;
  admitted_on: DateColumn;
  referral: ShelterReferral;
  referred_by: string | null;
  /** The intake conversation (contract's `stayIntakeSchema`), as JSON. */
  intake: ColumnType<unknown, string, string>;
  handlekommune_notified_on: DateColumn | null;
  discharged_on: DateColumn | null;
  discharge_reason: DischargeReason | null;
  discharge_destination: HousingCategory | null;
}

export interface HousingAllocationsTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  address: string;
  landlord: string | null;
  partner_id: string | null;
  monthly_rent: ColumnType<number | null, number | null, number | null>;
  rooms: number | null;
  allocated_on: DateColumn;
  lease_signed_on: DateColumn | null;
  planned_move_in_on: DateColumn | null;
  move_in_on: DateColumn | null;
  withdrawn_on: DateColumn | null;
  withdrawal_reason: string | null;
  move_in_housing_period_id: string | null;
  note: string | null;
}

export type SupportCourseEndReason =
  'completed' | 'citizen_declined' | 'moved_away' | 'lost_housing' | 'transferred' | 'died' | 'other';

export interface SupportCoursesTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  method: SupportMethod;
  /** The § 85 a decision the course delivers (foreign key since migration 0006). */
  decision_id: string | null;
  team_unit_id: string;
  worker_user_id: string | null;
  started_on: DateColumn;
  ended_on: DateColumn | null;
  end_reason: SupportCourseEndReason | null;
  end_note: string | null;
  note: string | null;
}

export interface SupportCoursePhasesTable {
  support_course_id: string;
  phase: 1 | 2 | 3;
  started_on: DateColumn | null;
  /** [{ label, done, doneOn }] (contract's `ctiChecklistItemSchema`), as JSON. */
  checklist: ColumnType<unknown, string, string>;
}

export type SupportContactKind = 'visit' | 'phone' | 'meeting' | 'other';

export interface SupportContactsTable {
  id: Generated<string>;
  support_course_id: string;
  contact_on: DateColumn;
  kind: SupportContactKind;
  note: string | null;
  by_user_id: string | null;
  created_at: CreatedAt;
}

export interface OutcomeFollowUpsTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  housing_allocation_id: string;
  milestone: 3 | 6 | 12;
  checked_on: DateColumn;
  keeps_home: boolean;
  lost_home_on: DateColumn | null;
  returned_from_housing: Generated<boolean>;
  returned_housing_period_id: string | null;
  note: string | null;
}

export interface AssessmentsTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  assessed_on: DateColumn;
  /** [{ area, functionLevel, supportNeed, goalType, note }] (contract's `assessmentAreaSchema`), as JSON. */
  areas: ColumnType<unknown, string, string>;
  summary: string | null;
  citizen_view: string | null;
}

export interface PlansTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  kind: PlanKind;
  made_on: DateColumn;
  ended_on: DateColumn | null;
  /** The whole plan content (contract's `planContentSchema`), as JSON. */
  content: ColumnType<unknown, string, string>;
}

export interface PlanVersionsTable {
  plan_id: string;
  version: number;
  content: ColumnType<unknown, string, never>;
  saved_by_user_id: string | null;
  saved_by_name: string | null;
  saved_at: CreatedAt;
}

export interface CourseRegistrationsTable extends RecordStampColumns {
  id: Generated<string>;
  support_course_id: string;
  citizen_id: string;
  kind: 'intake' | 'status' | 'exit';
  registered_on: DateColumn;
  /** The answers besides kind and date (contract's `courseRegistrationContentSchema`), as JSON. */
  content: ColumnType<unknown, string, string>;
  due_task_id: string | null;
}

export interface CourseRegistrationVersionsTable {
  course_registration_id: string;
  version: number;
  content: ColumnType<unknown, string, never>;
  saved_by_user_id: string | null;
  saved_by_name: string | null;
  saved_at: CreatedAt;
}

export interface DecisionsTable extends RecordStampColumns {
  id: Generated<string>;
  citizen_id: string;
  organisation_id: string;
  kind: DecisionKind;
  method: SupportMethod | null;
  outcome: 'granted' | 'refused';
  decided_on: DateColumn;
  period_from: DateColumn | null;
  period_to: DateColumn | null;
  reasons: string | null;
  wished_provider: string | null;
  wish_followed: boolean | null;
  reason_if_not_followed: string | null;
  appeal_guidance: string;
}

export interface DecisionVersionsTable {
  decision_id: string;
  version: number;
  /** The whole decision content (contract's `decisionContentSchema`), as JSON. */
  content: ColumnType<unknown, string, never>;
  saved_by_user_id: string | null;
  saved_by_name: string | null;
  saved_at: CreatedAt;
}

// ── Working together across units (migration 0007) ──────────────────────────────────────

export interface CollaborationSettingsTable {
  organisation_id: string;
  urgent_deadline_working_days: Generated<number>;
  escalation_margin_working_days: Generated<number>;
  housing_goal_days: Generated<number>;
  updated_by_user_id: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  registration_interval_months: Generated<number>;
}

export interface FlowcardsTable extends RecordStampColumns {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  description: Generated<string>;
  is_archived: Generated<boolean>;
}

export interface FlowcardVersionsTable {
  flowcard_id: string;
  version: number;
  name: string;
  description: Generated<string>;
  /** FlowcardStep[] (packages/domain/src/flowcard/definition.ts), as JSON. */
  steps: ColumnType<unknown, string, never>;
  change_note: string | null;
  saved_by_user_id: string | null;
  saved_by_name: string | null;
  saved_at: CreatedAt;
}

export interface FlowcardRunsTable {
  id: Generated<string>;
  organisation_id: string;
  flowcard_id: string;
  flowcard_version: number;
  citizen_id: string;
  started_on: DateColumn;
  started_by_user_id: string | null;
  completed_at: NullableTimestamp;
  cancelled_at: NullableTimestamp;
  cancel_reason: string | null;
  created_at: CreatedAt;
}

export type TaskStatus = 'waiting' | 'open' | 'in_progress' | 'blocked' | 'done' | 'cancelled';

export interface TasksTable {
  id: Generated<string>;
  organisation_id: string;
  /** Null for a task about no citizen (a taskforce development plan's action, migration 0026). */
  citizen_id: string | null;
  unit_id: string;
  flowcard_run_id: string | null;
  step_key: string | null;
  title: string;
  description: Generated<string>;
  status: TaskStatus;
  assignee_user_id: string | null;
  due_on: DateColumn | null;
  is_urgent: Generated<boolean>;
  blocked_waiting_for: string | null;
  /** [{ label, done }] as JSON. */
  checklist: ColumnType<unknown, string | undefined, string>;
  /** [{ label, done }] as JSON. */
  required_documents: ColumnType<unknown, string | undefined, string>;
  opened_at: NullableTimestamp;
  done_at: NullableTimestamp;
  done_by_user_id: string | null;
  linked_record_type: string | null;
  linked_record_id: string | null;
  escalated_at: NullableTimestamp;
  created_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
  /** The deadline without "Housing First haster" (migration 0009). */
  normal_due_on: ColumnType<DateColumn | null, DateColumn | null | undefined, DateColumn | null>;
}

export type TaskEventKind =
  | 'created'
  | 'opened'
  | 'taken'
  | 'released'
  | 'comment'
  | 'blocked'
  | 'unblocked'
  | 'done'
  | 'reopened'
  | 'cancelled'
  | 'urgent_set'
  | 'urgent_cleared'
  | 'escalated'
  | 'due_changed';

export interface TaskEventsTable {
  id: Generated<string>;
  task_id: string;
  kind: TaskEventKind;
  text: string | null;
  by_user_id: string | null;
  by_name: string | null;
  at: ColumnType<Date, Date | string | undefined, never>;
}

export type NotificationKind =
  | 'task_assigned'
  | 'task_opened'
  | 'task_comment'
  | 'task_blocked'
  | 'task_done'
  | 'task_urgent'
  | 'task_overdue'
  | 'task_escalated'
  | 'agreement_revisit'
  | 'agreement_signer_left'
  | 'meeting_decision'
  | 'vacancy_escalated';

export interface NotificationsTable {
  id: Generated<string>;
  user_id: string;
  kind: NotificationKind;
  task_id: string | null;
  citizen_id: string | null;
  title: string;
  body: Generated<string>;
  link: string | null;
  created_at: CreatedAt;
  read_at: NullableTimestamp;
  emailed_at: NullableTimestamp;
  email_error: string | null;
}

// ---- course status (the by-name list's maintained rows; migration 0005) ----------------------
export interface CourseStatusTable {
  person_id: string;
  handlekommune_id: string | null;
  as_of: string | null;
  valid_until: string | null;
  listed: Generated<boolean>;
  category: string | null;
  returned_from_housing: Generated<boolean>;
  spell_since: string | null;
  stay_shelter_id: string | null;
  stay_admitted_on: string | null;
  method: string | null;
  next_step: string | null;
  plan_responsible: string | null;
  worker_user_id: string | null;
  warning_count: Generated<number>;
  warning_rank: Generated<number>;
  shelter_warning_count: Generated<number>;
  shelter_warning_rank: Generated<number>;
}

// ---- key figures' roll-up (migration 0034) ------------------------------------------------
export interface KeyFigureRollupsTable {
  organisation_id: string;
  as_of: string;
  built_at: Generated<Date>;
  refreshed_at: Generated<Date>;
  summarised: Generated<boolean>;
  /** When the summaries were last computed (migration 0038). */
  summarised_at: Date | null;
  /** The roll-up day the summaries were computed for. */
  summaries_as_of: string | null;
}

export interface KeyFigureSummariesTable {
  organisation_id: string;
  win: string;
  measure: string;
  breakdown: string;
  group_key: string;
  members: number;
  numerator: number;
  denominator: number;
  unknown: number;
  excluded: number;
  median: number | null;
  p75: number | null;
  mean: number | null;
}
export interface KeyFigureMemberRowsTable {
  organisation_id: string;
  person_id: string;
  win: string;
  measure: string;
  subject_id: string;
  anchor_on: string;
  outcome: string;
  value: number | null;
  method: string | null;
  unit_id: string | null;
}

export interface KeyFigureStaleTable {
  person_id: string;
  marked_at: Generated<Date>;
}

export interface NationalFigureAnswersTable {
  reference_date: string;
  from_on: string;
  to_on: string;
  version: number;
  computed_at: Generated<Date>;
  answer: ColumnType<unknown, string, string>;
}

// Assessment versions (migration 0006)
export interface AssessmentVersionsTable {
  assessment_id: string;
  version: number;
  /** The whole assessment content (contract's `assessmentContentSchema`), as JSON. */
  content: ColumnType<unknown, string, never>;
  saved_by_user_id: string | null;
  saved_by_name: string | null;
  saved_at: CreatedAt;
}

// ── Collaboration: consents, network meetings, agreements (migration 0010) ─────────────

export interface CitizenConsentsTable {
  id: Generated<string>;
  organisation_id: string;
  citizen_id: string;
  partner_id: string;
  /** domain ConsentCategory[], as JSON. */
  categories: ColumnType<unknown, string, string>;
  purpose: string;
  given_on: DateColumn;
  expires_on: DateColumn;
  withdrawn_at: NullableTimestamp;
  withdrawn_by_user_id: string | null;
  withdrawn_by_name: string | null;
  withdrawal_note: string | null;
  recorded_by_user_id: string | null;
  recorded_by_name: string | null;
  created_at: CreatedAt;
}

export interface NetworkMeetingsTable extends RecordStampColumns {
  id: Generated<string>;
  organisation_id: string;
  citizen_id: string;
  held_at: Timestamp;
  title: string;
  participants: ColumnType<unknown, string | undefined, string>;
  agenda: ColumnType<unknown, string | undefined, string>;
  notes: Generated<string>;
}

export interface NetworkMeetingDecisionsTable {
  id: Generated<string>;
  meeting_id: string;
  text: string;
  owner_unit_id: string;
  owner_user_id: string | null;
  due_on: DateColumn;
  task_id: string | null;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface TaskforceSeasonsTable {
  year: number;
  term: SeasonTerm;
  capacity: number;
  updated_by_user_id: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
}

export interface TaskforceApplicationsTable {
  id: Generated<string>;
  municipality_id: string;
  status: ColumnType<TaskforceApplicationStatus, TaskforceApplicationStatus | undefined, TaskforceApplicationStatus>;
  need_housing_supply: ColumnType<string, string | undefined, string>;
  need_support_methods: ColumnType<string, string | undefined, string>;
  need_organisation: ColumnType<string, string | undefined, string>;
  need_legal_quality: ColumnType<string, string | undefined, string>;
  expectations: string;
  preferred_year: number | null;
  preferred_term: SeasonTerm | null;
  season_year: number | null;
  season_term: SeasonTerm | null;
  decision_reason: string | null;
  decided_by_user_id: string | null;
  decided_at: Date | null;
  submitted_by_user_id: string | null;
  updated_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface TaskforceApplicationContactsTable {
  id: Generated<string>;
  application_id: string;
  name: string;
  title: string;
  email: string;
  phone: string;
  position: number;
}

export interface TaskforceCoursesTable {
  id: Generated<string>;
  application_id: string;
  municipality_id: string;
  season_year: number;
  season_term: SeasonTerm;
  agreement_signed_on: DateColumn | null;
  agreement_document: ColumnType<string, string | undefined, string>;
  data_scope: ColumnType<string, string | undefined, string>;
  data_period_from: DateColumn | null;
  data_period_to: DateColumn | null;
  data_access: ColumnType<string, string | undefined, string>;
  data_valid_until: DateColumn | null;
  created_at: CreatedAt;
  updated_by_user_id: string | null;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  version: Generated<number>;
}

export interface TaskforceCoursePhasesTable {
  course_id: string;
  phase: TaskforcePhase;
  planned_start: DateColumn;
  planned_end: DateColumn;
  actual_start: DateColumn | null;
  actual_end: DateColumn | null;
}

export interface TaskforceCourseActivitiesTable {
  id: Generated<string>;
  course_id: string;
  phase: TaskforcePhase;
  kind: TaskforceActivityKind;
  title: ColumnType<string, string | undefined, string>;
  planned_on: DateColumn;
  done_on: DateColumn | null;
  note: ColumnType<string, string | undefined, string>;
  created_at: CreatedAt;
}

export interface TaskforceCourseMembersTable {
  id: Generated<string>;
  course_id: string;
  body: TaskforceCourseBody;
  name: string;
  role: string;
  position: number;
}

/** The taskforce's own people on a course (migration 0032): national users who reach it. */
export interface TaskforceCourseStaffTable {
  course_id: string;
  user_id: string;
  added_by_user_id: string | null;
  added_at: CreatedAt;
}

/** A frozen data package (migration 0025): inserted once, never updated. */
export interface TaskforceDataPackagesTable {
  id: Generated<string>;
  course_id: string;
  municipality_id: string;
  version: number;
  period_from: DateColumn;
  period_to: DateColumn;
  reference_date: DateColumn;
  key_figure_version: number;
  threshold: number;
  /** The package's figures (contract `TaskforceDataPackageContent`) as JSON. */
  content: ColumnType<unknown, string, never>;
  frozen_by_user_id: string | null;
  frozen_by_name: string;
  frozen_at: CreatedAt;
}

export interface TaskforceDevelopmentPointsTable {
  id: Generated<string>;
  course_id: string;
  theme: TaskforceTheme;
  title: string;
  description: Generated<string>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface TaskforceGoalsTable {
  id: Generated<string>;
  point_id: string;
  measure: MeasureId;
  baseline_package_id: string;
  baseline: number;
  target: number;
  target_on: DateColumn;
  owner_user_id: string;
  description: Generated<string>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface TaskforceActionsTable {
  id: Generated<string>;
  goal_id: string;
  title: string;
  owner_user_id: string | null;
  due_on: DateColumn | null;
  task_id: string | null;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface TaskforceLearningActivitiesTable {
  id: Generated<string>;
  course_id: string;
  held_on: DateColumn;
  theme: TaskforceTheme;
  title: string;
  participants: Generated<string>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

// ── Ankestyrelsen's legal case review (migration 0030) ──────────────────────────────────

export interface TaskforceCaseReviewsTable {
  id: Generated<string>;
  course_id: string;
  municipality_id: string;
  reviewer_organisation_id: string;
  period_from: DateColumn;
  period_to: DateColumn;
  size: number;
  stratify_by: 'none' | 'shelter' | 'category';
  seed: string;
  population_size: number;
  /** The strata as drawn (domain `SampleStratum[]` with labels), as JSON. */
  strata: ColumnType<unknown, string, never>;
  rule_text: string;
  purpose: string;
  access_until: DateColumn;
  published_deadline_days: number | null;
  drawn_by_user_id: string | null;
  drawn_by_name: string;
  drawn_at: CreatedAt;
  ended_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  ended_by_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  ended_by_name: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TaskforceCaseReviewCasesTable {
  id: Generated<string>;
  review_id: string;
  position: number;
  citizen_id: string;
  stratum: string;
  stratum_label: string;
  reviewed_at: ColumnType<Date | null, Date | null | undefined, Date | null>;
  reviewed_by_user_id: ColumnType<string | null, string | null | undefined, string | null>;
  reviewed_by_name: ColumnType<string | null, string | null | undefined, string | null>;
}

export interface TaskforceCaseReviewAnswersTable {
  case_id: string;
  checkpoint: string;
  pre_answer: 'yes' | 'no' | 'not_applicable' | null;
  answer: 'yes' | 'no' | 'not_applicable';
  note: ColumnType<string, string | undefined, string>;
}

export interface TaskforceCaseReviewReadsTable {
  id: Generated<string>;
  case_id: string;
  user_id: string | null;
  user_name: string;
  read_at: CreatedAt;
}

export interface TaskforceStatusMeetingsTable {
  id: Generated<string>;
  course_id: string;
  activity_id: string | null;
  held_on: DateColumn;
  minutes: ColumnType<string, string | undefined, string>;
  /** The agenda's actions as the meeting saw them (contract `TaskforceAgendaAction[]`) as JSON. */
  agenda_actions: ColumnType<unknown, string, never>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface TaskforceStatusMeetingGoalValuesTable {
  meeting_id: string;
  goal_id: string;
  value: number | null;
  hidden_label: string | null;
  period_from: DateColumn;
  period_to: DateColumn;
}

export interface TaskforceStatusMeetingDecisionsTable {
  id: Generated<string>;
  meeting_id: string;
  position: number;
  text: string;
  owner_user_id: string;
  due_on: DateColumn;
  task_id: string | null;
}

export interface TaskforceReportsTable {
  id: Generated<string>;
  course_id: string;
  status: TaskforceReportStatus;
  version: Generated<number>;
  data_package_id: string | null;
  summary: Generated<string>;
  /** The analysis per theme ({ theme: text }) as JSON. */
  analyses: ColumnType<unknown, string, string>;
  published_at: Date | null;
  published_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by_user_id: string | null;
}

export interface TaskforceRecommendationsTable {
  id: Generated<string>;
  report_id: string;
  theme: TaskforceTheme;
  title: string;
  text: Generated<string>;
  evidence_measure: MeasureId | null;
  evidence_note: Generated<string>;
  development_point_id: string | null;
  version: Generated<number>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface TaskforceAnchoringPlansTable {
  course_id: string;
  status: TaskforceAnchoringStatus;
  version: Generated<number>;
  description: Generated<string>;
  updated_at: ColumnType<Date, Date | undefined, Date>;
  updated_by_user_id: string | null;
}

export interface TaskforceAnchoringItemsTable {
  id: Generated<string>;
  course_id: string;
  position: number;
  title: string;
  owner_user_id: string | null;
  follow_up: Generated<string>;
  review_on: DateColumn | null;
}

export interface CollaborationAgreementsTable extends RecordStampColumns {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  agreed: string;
  valid_from: DateColumn;
  revisit_on: DateColumn;
}

/** A support team's fidelity measurement (migration 0035): no citizen data. */
export interface FidelityMeasurementsTable {
  id: Generated<string>;
  organisation_id: string;
  unit_id: string;
  method: SupportMethod;
  measured_on: DateColumn;
  rater_type: 'self' | 'peer' | 'sbst' | 'external';
  collection_method: 'self_report' | 'phone' | 'site_visit' | 'record_review';
  method_version: number;
  common_version: number;
  /** [{ itemId, answer }] (domain `FidelityAnswerEntry`), as JSON. */
  answers: ColumnType<unknown, string, string>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
  /** The inbox task made when the team's next measurement fell due after this one (migration 0037). */
  due_task_id: string | null;
}

export interface ProgrammesTable extends RecordStampColumns {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  starts_on: DateColumn;
  ends_on: DateColumn;
  owner_user_id: string;
  description: string;
}

export interface ProgrammeMembersTable {
  id: Generated<string>;
  programme_id: string;
  organisation_id: string;
  role: 'participant' | 'ambassador';
  /** JSON array of support methods. */
  methods: ColumnType<unknown, string, string>;
  joined_on: DateColumn;
  left_on: DateColumn | null;
  created_at: CreatedAt;
}

export interface ProgrammeActivitiesTable {
  id: Generated<string>;
  programme_id: string;
  kind: 'visit' | 'seminar' | 'network_meeting' | 'phone_advice' | 'competence_development';
  occurred_on: DateColumn;
  topic: string;
  note: string;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface ProgrammeActivityMembersTable {
  activity_id: string;
  member_id: string;
}

export interface CollaborationAgreementPartiesTable {
  id: Generated<string>;
  agreement_id: string;
  unit_id: string | null;
  party_organisation_id: string;
  signing_user_id: string | null;
  signing_name: string;
  signed_on: DateColumn | null;
  position: number;
}

export interface AgreementRemindersSentTable {
  agreement_id: string;
  key: string;
  sent_at: CreatedAt;
}

// ── Housing supply (migration 0019) ───────────────────────────────────────────────────────

type Updated = ColumnType<Date, Date | undefined, Date>;

export interface HousingSupplySettingsTable {
  organisation_id: string;
  escalation_days: ColumnType<unknown, string | undefined, string>;
  priority_policy: Generated<PriorityPolicy>;
  priority_policy_text: Generated<string>;
  refusal_consequence: Generated<RefusalConsequence>;
  refusal_policy_text: Generated<string>;
  refusal_appeal_guidance: Generated<string>;
  default_max_rent: Generated<number>;
  updated_by_user_id: string | null;
  updated_at: Updated;
  version: Generated<number>;
}

export interface AllocationAgreementsTable {
  id: Generated<string>;
  organisation_id: string;
  housing_organisation_id: string | null;
  landlord_name: string | null;
  title: string;
  legal_basis: AllocationLegalBasis;
  share: number | null;
  dwelling_count: number | null;
  valid_from: DateColumn;
  valid_to: DateColumn | null;
  revisit_on: DateColumn;
  contact_name: Generated<string>;
  contact_email: Generated<string>;
  contact_phone: Generated<string>;
  note: Generated<string>;
  created_by_user_id: string | null;
  updated_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  version: Generated<number>;
}

export interface DwellingsTable {
  id: Generated<string>;
  organisation_id: string;
  agreement_id: string | null;
  housing_organisation_id: string | null;
  landlord_name: string | null;
  department: Generated<string>;
  address: string;
  area: string;
  dwelling_type: DwellingType;
  size_m2: number;
  rooms: number;
  floor: number | null;
  monthly_rent: number;
  utilities_estimate: Generated<number>;
  deposit: Generated<number>;
  is_accessible: Generated<boolean>;
  subsidy_ends_on: DateColumn | null;
  note: Generated<string>;
  created_by_user_id: string | null;
  updated_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  version: Generated<number>;
}

export interface DwellingVacanciesTable {
  id: Generated<string>;
  organisation_id: string;
  dwelling_id: string;
  available_from: DateColumn;
  monthly_rent: number;
  ended_on: DateColumn | null;
  end_reason: VacancyEndReason | null;
  reported_by_organisation_id: string;
  reported_by_user_id: string | null;
  reported_by_name: string;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface VacancyEscalationsTable {
  vacancy_id: string;
  threshold_days: number;
  escalated_at: CreatedAt;
}

export interface HousingProfilesTable {
  citizen_id: string;
  organisation_id: string;
  wished_areas: ColumnType<unknown, string | undefined, string>;
  excluded_areas: ColumnType<unknown, string | undefined, string>;
  household_size: Generated<number>;
  affordable_rent: number | null;
  needs_accessible: Generated<boolean>;
  needs: Generated<string>;
  ready_to_move_on: DateColumn | null;
  support_planned: Generated<boolean>;
  updated_by_user_id: string | null;
  updated_at: Updated;
  version: Generated<number>;
}

export type HousingOfferAnswer = 'pending' | 'accepted' | 'declined' | 'withdrawn';

export interface HousingOffersTable {
  id: Generated<string>;
  organisation_id: string;
  vacancy_id: string;
  citizen_id: string;
  offered_on: DateColumn;
  answer_deadline: DateColumn;
  viewing_on: DateColumn | null;
  answer: Generated<HousingOfferAnswer>;
  answered_on: DateColumn | null;
  decline_reason: string | null;
  refusal_consequence: RefusalConsequence | null;
  decision_reasons: Generated<string | null>;
  appeal_guidance: Generated<string | null>;
  housing_allocation_id: string | null;
  quota_warning_acknowledged: Generated<boolean>;
  created_by_user_id: string | null;
  answered_by_user_id: string | null;
  created_at: CreatedAt;
  version: Generated<number>;
}

export interface EvictionWarningsTable {
  id: Generated<string>;
  organisation_id: string;
  citizen_id: string | null;
  tenant_name: string;
  tenant_address: string;
  landlord_name: string;
  received_on: DateColumn;
  court_date: DateColumn | null;
  arrears: number | null;
  task_id: string | null;
  note: Generated<string>;
  created_by_user_id: string | null;
  created_at: CreatedAt;
}

export interface GuaranteeCasesTable {
  id: Generated<string>;
  organisation_id: string;
  dwelling_id: string;
  citizen_id: string | null;
  moved_out_on: DateColumn;
  repair_claim: number;
  municipal_payment: number | null;
  paid_on: DateColumn | null;
  recovery_claimed: number | null;
  recovered: number | null;
  note: Generated<string>;
  created_by_user_id: string | null;
  updated_by_user_id: string | null;
  created_at: CreatedAt;
  updated_at: Updated;
  version: Generated<number>;
}

/** Emergency access ("break the glass", migration 0012): a grant to open one citizen for a while. */
export interface EmergencyAccessesTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  citizen_id: string;
  reason: string;
  started_at: Generated<Date>;
  expires_at: Date;
  reviewed_at: Date | null;
  reviewed_by_user_id: string | null;
  review_note: string | null;
}

export interface Database {
  emergency_accesses: EmergencyAccessesTable;
  organisations: OrganisationsTable;
  organisation_partners: OrganisationPartnersTable;
  units: UnitsTable;
  users: UsersTable;
  user_units: UserUnitsTable;
  sessions: SessionsTable;
  sign_in_throttle: SignInThrottleTable;
  audit_events: AuditEventsTable;
  audit_chains: AuditChainsTable;
  citizens: CitizensTable;
  citizen_distinct_pairs: CitizenDistinctPairsTable;
  housing_periods: HousingPeriodsTable;
  shelter_stays: ShelterStaysTable;
  assessments: AssessmentsTable;
  plans: PlansTable;
  plan_versions: PlanVersionsTable;
  course_registrations: CourseRegistrationsTable;
  course_registration_versions: CourseRegistrationVersionsTable;
  decisions: DecisionsTable;
  decision_versions: DecisionVersionsTable;
  assessment_versions: AssessmentVersionsTable;
  housing_allocations: HousingAllocationsTable;
  support_courses: SupportCoursesTable;
  support_course_phases: SupportCoursePhasesTable;
  support_contacts: SupportContactsTable;
  outcome_follow_ups: OutcomeFollowUpsTable;
  collaboration_settings: CollaborationSettingsTable;
  flowcards: FlowcardsTable;
  flowcard_versions: FlowcardVersionsTable;
  flowcard_runs: FlowcardRunsTable;
  tasks: TasksTable;
  task_events: TaskEventsTable;
  notifications: NotificationsTable;
  course_status: CourseStatusTable;
  key_figure_rollups: KeyFigureRollupsTable;
  key_figure_member_rows: KeyFigureMemberRowsTable;
  key_figure_summaries: KeyFigureSummariesTable;
  key_figure_stale: KeyFigureStaleTable;
  national_figure_answers: NationalFigureAnswersTable;
  citizen_consents: CitizenConsentsTable;
  network_meetings: NetworkMeetingsTable;
  network_meeting_decisions: NetworkMeetingDecisionsTable;
  collaboration_agreements: CollaborationAgreementsTable;
  collaboration_agreement_parties: CollaborationAgreementPartiesTable;
  agreement_reminders_sent: AgreementRemindersSentTable;
  housing_supply_settings: HousingSupplySettingsTable;
  allocation_agreements: AllocationAgreementsTable;
  dwellings: DwellingsTable;
  dwelling_vacancies: DwellingVacanciesTable;
  vacancy_escalations: VacancyEscalationsTable;
  housing_profiles: HousingProfilesTable;
  housing_offers: HousingOffersTable;
  eviction_warnings: EvictionWarningsTable;
  guarantee_cases: GuaranteeCasesTable;
  programmes: ProgrammesTable;
  fidelity_measurements: FidelityMeasurementsTable;
  programme_members: ProgrammeMembersTable;
  programme_activities: ProgrammeActivitiesTable;
  programme_activity_members: ProgrammeActivityMembersTable;
  taskforce_seasons: TaskforceSeasonsTable;
  taskforce_applications: TaskforceApplicationsTable;
  taskforce_application_contacts: TaskforceApplicationContactsTable;
  taskforce_courses: TaskforceCoursesTable;
  taskforce_course_phases: TaskforceCoursePhasesTable;
  taskforce_course_activities: TaskforceCourseActivitiesTable;
  taskforce_course_members: TaskforceCourseMembersTable;
  taskforce_course_staff: TaskforceCourseStaffTable;
  taskforce_data_packages: TaskforceDataPackagesTable;
  taskforce_development_points: TaskforceDevelopmentPointsTable;
  taskforce_goals: TaskforceGoalsTable;
  taskforce_actions: TaskforceActionsTable;
  taskforce_learning_activities: TaskforceLearningActivitiesTable;
  taskforce_status_meetings: TaskforceStatusMeetingsTable;
  taskforce_status_meeting_goal_values: TaskforceStatusMeetingGoalValuesTable;
  taskforce_status_meeting_decisions: TaskforceStatusMeetingDecisionsTable;
  taskforce_case_reviews: TaskforceCaseReviewsTable;
  taskforce_case_review_cases: TaskforceCaseReviewCasesTable;
  taskforce_case_review_answers: TaskforceCaseReviewAnswersTable;
  taskforce_case_review_reads: TaskforceCaseReviewReadsTable;
  taskforce_reports: TaskforceReportsTable;
  taskforce_recommendations: TaskforceRecommendationsTable;
  taskforce_anchoring_plans: TaskforceAnchoringPlansTable;
  taskforce_anchoring_items: TaskforceAnchoringItemsTable;
}

export type OrganisationRow = Selectable<OrganisationsTable>;
export type UnitRow = Selectable<UnitsTable>;
export type UserRow = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type AuditEventRow = Selectable<AuditEventsTable>;
export type CitizenRow = Selectable<CitizensTable>;
export type HousingPeriodRow = Selectable<HousingPeriodsTable>;
export type ShelterStayRow = Selectable<ShelterStaysTable>;

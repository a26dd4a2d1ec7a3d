/**
 * Row types of the database, one interface per table, as the migrations define them.
 * Kept in kysely-codegen's shape; `database.test.ts` compares the tables and columns named
 * here with the migrated schema, so a migration without a matching change here fails.
 */
import type { ColumnType, Generated } from "kysely";

type Timestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type GeneratedTimestamp = ColumnType<Date, Date | string | undefined, Date | string>;
type Json = ColumnType<unknown, string | undefined, string>;

export interface UsersTable {
  id: Generated<string>;
  email: string;
  name: string;
  password_hash: string | null;
  locale: Generated<string>;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface OrganisationsTable {
  id: Generated<string>;
  name: string;
  org_number: string;
  sector: string;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface OrganisationHeadcountsTable {
  organisation_id: string;
  year: number;
  headcount: number;
}

export interface UnitsTable {
  id: Generated<string>;
  organisation_id: string;
  parent_id: string | null;
  name: string;
  created_at: GeneratedTimestamp;
}

export interface MembershipsTable {
  id: Generated<string>;
  organisation_id: string;
  user_id: string;
  role: string;
  union_name: string | null;
  pay_survey_access: Generated<boolean>;
  created_at: GeneratedTimestamp;
}

export interface MembershipUnitsTable {
  membership_id: string;
  organisation_id: string;
  unit_id: string;
}

export interface SessionsTable {
  token_hash: string;
  user_id: string;
  auth_method: Generated<string>;
  created_at: GeneratedTimestamp;
  last_seen_at: GeneratedTimestamp;
  expires_at: Timestamp;
}

export interface PasswordResetTokensTable {
  token_hash: string;
  user_id: string;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  used_at: Timestamp | null;
}

export interface InvitationsTable {
  id: Generated<string>;
  organisation_id: string;
  email: string;
  role: string;
  union_name: string | null;
  unit_ids: ColumnType<string[], string[] | undefined, string[]>;
  token_hash: string;
  invited_by: string | null;
  created_at: GeneratedTimestamp;
  expires_at: Timestamp;
  accepted_at: Timestamp | null;
  revoked_at: Timestamp | null;
}

export interface SignInAttemptsTable {
  id: Generated<string>;
  email: string;
  ip: string;
  succeeded: boolean;
  at: GeneratedTimestamp;
}

export interface AuditEventsTable {
  id: Generated<string>;
  organisation_id: string | null;
  actor_user_id: string | null;
  at: GeneratedTimestamp;
  action: string;
  entity_type: string;
  entity_id: string;
  before: Json | null;
  after: Json | null;
}

export interface OutboxEmailsTable {
  id: Generated<string>;
  organisation_id: string | null;
  to_address: string;
  subject: string;
  text_body: string;
  status: Generated<string>;
  attempts: Generated<number>;
  next_attempt_at: GeneratedTimestamp;
  last_error: string | null;
  created_at: GeneratedTimestamp;
  sent_at: Timestamp | null;
  /** JSON: the files sent with the mail (a calendar invite): filename, contentType, content. */
  attachments: Json;
}

type DateString = ColumnType<string, string, string>;
type TextArray = ColumnType<string[], string[] | undefined, string[]>;
type Version = ColumnType<number, number | undefined, number>;

/** One member of the year's working group, as the getting-started workbook recorded it. */
export interface WorkingGroupMember {
  person: string;
  represents: string;
  task: string;
}

export interface WorkYearsTable {
  id: Generated<string>;
  organisation_id: string;
  year: number;
  follow_up: ColumnType<Record<string, string>, string | undefined, string>;
  area_notes: ColumnType<Record<string, string>, string | undefined, string>;
  cooperation_statement: Generated<string>;
  pay_survey_summary: Generated<string>;
  working_group: ColumnType<WorkingGroupMember[], string | undefined, string>;
  planned_methods: ColumnType<string[], string | undefined, string>;
  step_dates: ColumnType<Record<string, string>, string | undefined, string>;
  setup_run_id: string | null;
  documentation_completed_at: Timestamp | null;
  documentation_completed_by: string | null;
  version: Version;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface InvestigationsTable {
  id: Generated<string>;
  organisation_id: string;
  work_year_id: string;
  title: string;
  method: string;
  method_other: string | null;
  held_on: DateString;
  participants: Generated<string>;
  areas: TextArray;
  findings: Generated<string>;
  version: Version;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface RisksTable {
  id: Generated<string>;
  organisation_id: string;
  work_year_id: string;
  title: string;
  description: Generated<string>;
  areas: ColumnType<string[], string[], string[]>;
  grounds: TextArray;
  source: string;
  investigation_id: string | null;
  causes: Generated<string>;
  status: Generated<string>;
  version: Version;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  learning_session_id: Generated<string | null>;
  learning_note_id: Generated<string | null>;
  updated_at: GeneratedTimestamp;
}

export interface RiskUnitsTable {
  risk_id: string;
  organisation_id: string;
  unit_id: string;
}

export interface GenderBalanceGroupsTable {
  id: Generated<string>;
  organisation_id: string;
  work_year_id: string;
  dimension: string;
  label: string;
  women: number;
  men: number;
  source: Generated<string>;
  version: Version;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface MeasuresTable {
  id: Generated<string>;
  organisation_id: string;
  work_year_id: string;
  area: string;
  title: string;
  description: Generated<string>;
  unit_id: string | null;
  responsible_member_id: string | null;
  responsible_title: string | null;
  schedule_kind: string;
  start_on: string | null;
  due_on: string | null;
  schedule_month: number | null;
  times_per_year: number | null;
  follow_up_method: Generated<string>;
  follow_up_on: string | null;
  status: Generated<string>;
  cost_estimate: number | null;
  evaluation_effect: string | null;
  evaluation_comment: string | null;
  evaluated_at: Timestamp | null;
  evaluated_by: string | null;
  completed_at: Timestamp | null;
  library_key: string | null;
  carried_over_from_id: string | null;
  gender_balance_group_id: string | null;
  version: Version;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  learning_session_id: Generated<string | null>;
  learning_note_id: Generated<string | null>;
  workbook_run_id: Generated<string | null>;
  workbook_row_id: Generated<string | null>;
  updated_at: GeneratedTimestamp;
}

export interface MeasureRisksTable {
  measure_id: string;
  organisation_id: string;
  risk_id: string;
}

export interface MeasureCommentsTable {
  id: Generated<string>;
  organisation_id: string;
  measure_id: string;
  author_user_id: string | null;
  body: string;
  created_at: GeneratedTimestamp;
}

export interface MeasureRemindersTable {
  organisation_id: string;
  measure_id: string;
  kind: string;
  due_on: DateString;
  queued_at: GeneratedTimestamp;
}

export interface CooperationMeetingsTable {
  id: Generated<string>;
  organisation_id: string;
  work_year_id: string;
  held_on: DateString;
  forum: string;
  forum_other: string | null;
  participants: Generated<string>;
  topics: Generated<string>;
  information_given: Generated<string>;
  decisions: Generated<string>;
  version: Version;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface UnionPositionsTable {
  id: Generated<string>;
  organisation_id: string;
  work_year_id: string;
  membership_id: string;
  union_name: string | null;
  position: string;
  comment: Generated<string>;
  recorded_at: GeneratedTimestamp;
}

export interface HarassmentDocumentsTable {
  id: Generated<string>;
  organisation_id: string;
  title: string;
  kind: string;
  created_at: GeneratedTimestamp;
}

export interface HarassmentDocumentVersionsTable {
  id: Generated<string>;
  organisation_id: string;
  document_id: string;
  version_no: number;
  body: string;
  adopted_on: string | null;
  next_review_on: string | null;
  covers: TextArray;
  created_by: string | null;
  created_at: GeneratedTimestamp;
}

export interface CalendarFeedsTable {
  id: Generated<string>;
  organisation_id: string;
  membership_id: string;
  token_hash: string;
  created_at: GeneratedTimestamp;
  revoked_at: Timestamp | null;
}

export interface LearningSessionsTable {
  id: Generated<string>;
  organisation_id: string;
  room_id: string;
  mode: string;
  unit_id: string | null;
  group_name: Generated<string>;
  participant_count: number;
  participant_names: Generated<string>;
  locale: Generated<string>;
  current_step: string | null;
  timers: Json;
  status: Generated<string>;
  started_by: string | null;
  started_at: GeneratedTimestamp;
  completed_at: Timestamp | null;
  version: Version;
  updated_at: GeneratedTimestamp;
}

export interface LearningNotesTable {
  id: Generated<string>;
  organisation_id: string;
  session_id: string;
  step_id: string;
  item_id: string;
  prompt: string;
  text: string;
  version: Version;
  updated_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface LearningFeedbackTable {
  id: Generated<string>;
  organisation_id: string;
  session_id: string;
  room_id: string;
  rating: number;
  comment: Generated<string>;
  given_on: ColumnType<string, string | undefined, string>;
}

export interface LearningRoomSettingsTable {
  organisation_id: string;
  room_id: string;
  hidden_steps: TextArray;
  version: Version;
  updated_at: GeneratedTimestamp;
}

export interface LearningOwnQuestionsTable {
  id: Generated<string>;
  organisation_id: string;
  room_id: string;
  step_id: string;
  text: string;
  minutes: number;
  version: Version;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface WorkbookRunsTable {
  id: Generated<string>;
  organisation_id: string;
  workbook_id: string;
  title: string;
  unit_id: string | null;
  status: Generated<string>;
  finished_at: Timestamp | null;
  finished_by: string | null;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  version: Version;
}

export interface WorkbookRemindersTable {
  organisation_id: string;
  run_id: string;
  milestone: string;
  due_on: DateString;
  queued_at: GeneratedTimestamp;
}

export interface WorkbookAnswersTable {
  id: Generated<string>;
  organisation_id: string;
  run_id: string;
  answer_key: string;
  value: Json;
  version: Version;
  updated_by: string | null;
  updated_at: GeneratedTimestamp;
}

export interface SupportContactsTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  audience: string;
  description: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  url: Generated<string>;
  position: Generated<number>;
  version: Version;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface PaySettingsTable {
  organisation_id: string;
  pseudonym_secret: Buffer;
}

export interface PayImportTemplatesTable {
  id: Generated<string>;
  organisation_id: string;
  name: string;
  mapping: Json;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  version: Generated<number>;
}

export interface PaySurveysTable {
  id: Generated<string>;
  organisation_id: string;
  year: number;
  snapshot_date: string;
  min_group_size: Generated<number>;
  women_dominated_share: Generated<number>;
  value_band_width: Generated<number>;
  evaluation_template: Json;
  employee_count: Generated<number>;
  source_file: string | null;
  imported_by: string | null;
  imported_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
  version: Generated<number>;
}

export interface PayEmployeeChunksTable {
  organisation_id: string;
  survey_id: string;
  chunk: number;
  employees: number;
  data: string;
}

export interface PayJobsTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  name: string;
  traditionally_womens: Generated<boolean>;
  scores: Json;
  justification: Generated<string>;
  evaluated_by: string | null;
  evaluated_at: Timestamp | null;
  version: Generated<number>;
}

export interface PayFindingsTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  kind: string;
  job_id: string;
  other_job_id: string | null;
  explanation: Generated<string>;
  classification: string | null;
  analysed_by: string | null;
  analysed_at: Timestamp | null;
  version: Generated<number>;
}

export interface PayMeasuresTable {
  id: Generated<string>;
  organisation_id: string;
  survey_id: string;
  finding_id: string;
  measure_id: string;
  target: string;
  employee_keys: Generated<string[]>;
  group_description: Generated<string>;
  people: number;
  monthly_adjustment: number;
  annual_cost: number;
  deadline: string;
  version: Generated<number>;
}

export interface EventsTable {
  id: Generated<string>;
  organisation_id: string;
  status: Generated<"draft" | "published" | "cancelled" | "held">;
  /** JSON: the organiser's form (core/events/event.ts EventDraft). */
  details: Json;
  title: string;
  capacity: number | null;
  starts_at: Timestamp | null;
  ends_at: Timestamp | null;
  registration_opens_at: Timestamp | null;
  registration_closes_at: Timestamp | null;
  last_date: ColumnType<string | null, string | null, string | null>;
  calendar_sequence: Generated<number>;
  measure_id: string | null;
  published_at: Timestamp | null;
  reminder_sent_at: Timestamp | null;
  evaluation_sent_at: Timestamp | null;
  needs_deleted_at: Timestamp | null;
  anonymised_at: Timestamp | null;
  version: Version;
  created_by: string | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface EventRegistrationsTable {
  id: Generated<string>;
  organisation_id: string;
  event_id: string;
  status: "unconfirmed" | "confirmed" | "waitlisted" | "cancelled";
  name: string;
  email: string;
  email_key: string;
  participant_organisation: Generated<string>;
  participant_role: Generated<string>;
  diet: Generated<string>;
  accessibility: Generated<string>;
  /** JSON: answers to the organiser's questions by question id. */
  answers: Json;
  locale: Generated<"sv" | "en">;
  email_confirmed_at: Timestamp | null;
  queued_at: Timestamp | null;
  checked_in_at: Timestamp | null;
  cancelled_at: Timestamp | null;
  evaluated_at: Timestamp | null;
  anonymised_at: Timestamp | null;
  created_at: GeneratedTimestamp;
  updated_at: GeneratedTimestamp;
}

export interface EventEvaluationsTable {
  id: Generated<string>;
  organisation_id: string;
  event_id: string;
  /** JSON: core/events/evaluation.ts EvaluationAnswers. */
  answers: Json;
  created_at: GeneratedTimestamp;
}

export interface EventFilesTable {
  id: Generated<string>;
  organisation_id: string;
  event_id: string;
  kind: "preReading" | "homework";
  file_name: string;
  content_type: string;
  size: number;
  data: Buffer;
  created_at: GeneratedTimestamp;
}

export interface Database {
  users: UsersTable;
  organisations: OrganisationsTable;
  organisation_headcounts: OrganisationHeadcountsTable;
  units: UnitsTable;
  memberships: MembershipsTable;
  membership_units: MembershipUnitsTable;
  sessions: SessionsTable;
  password_reset_tokens: PasswordResetTokensTable;
  invitations: InvitationsTable;
  sign_in_attempts: SignInAttemptsTable;
  audit_events: AuditEventsTable;
  outbox_emails: OutboxEmailsTable;
  work_years: WorkYearsTable;
  investigations: InvestigationsTable;
  risks: RisksTable;
  risk_units: RiskUnitsTable;
  gender_balance_groups: GenderBalanceGroupsTable;
  measures: MeasuresTable;
  measure_risks: MeasureRisksTable;
  measure_comments: MeasureCommentsTable;
  measure_reminders: MeasureRemindersTable;
  cooperation_meetings: CooperationMeetingsTable;
  union_positions: UnionPositionsTable;
  harassment_documents: HarassmentDocumentsTable;
  harassment_document_versions: HarassmentDocumentVersionsTable;
  calendar_feeds: CalendarFeedsTable;
  learning_sessions: LearningSessionsTable;
  learning_notes: LearningNotesTable;
  learning_feedback: LearningFeedbackTable;
  learning_room_settings: LearningRoomSettingsTable;
  learning_own_questions: LearningOwnQuestionsTable;
  workbook_runs: WorkbookRunsTable;
  workbook_answers: WorkbookAnswersTable;
  support_contacts: SupportContactsTable;
  workbook_reminders: WorkbookRemindersTable;
  pay_settings: PaySettingsTable;
  pay_import_templates: PayImportTemplatesTable;
  pay_surveys: PaySurveysTable;
  pay_employee_chunks: PayEmployeeChunksTable;
  pay_jobs: PayJobsTable;
  pay_findings: PayFindingsTable;
  pay_measures: PayMeasuresTable;
  events: EventsTable;
  event_registrations: EventRegistrationsTable;
  event_evaluations: EventEvaluationsTable;
  event_files: EventFilesTable;
}

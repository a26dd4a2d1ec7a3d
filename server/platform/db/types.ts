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
}

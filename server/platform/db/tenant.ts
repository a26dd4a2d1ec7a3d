import {
  type DeleteQueryBuilder,
  type DeleteResult,
  type SelectQueryBuilder,
  sql,
  type UpdateQueryBuilder,
  type UpdateResult,
} from "kysely";
import type { Db } from "./database.ts";
import type { Database } from "./types.ts";

/** Tables whose every row belongs to one organisation (they carry `organisation_id`). */
export const TENANT_TABLES = [
  "units",
  "memberships",
  "membership_units",
  "organisation_headcounts",
  "invitations",
  "audit_events",
  "outbox_emails",
  "work_years",
  "investigations",
  "risks",
  "risk_units",
  "gender_balance_groups",
  "measures",
  "measure_risks",
  "measure_comments",
  "measure_reminders",
  "cooperation_meetings",
  "union_positions",
  "harassment_documents",
  "harassment_document_versions",
  "calendar_feeds",
  "learning_sessions",
  "learning_notes",
  "learning_feedback",
  "learning_room_settings",
  "learning_own_questions",
  "workbook_runs",
  "workbook_answers",
  "support_contacts",
  "workbook_reminders",
  "pay_settings",
  "pay_import_templates",
  "pay_surveys",
  "pay_employee_chunks",
  "pay_jobs",
  "pay_findings",
  "pay_measures",
  "events",
  "event_registrations",
  "event_evaluations",
  "event_files",
] as const satisfies readonly (keyof Database)[];
export type TenantTable = (typeof TENANT_TABLES)[number];

// biome-ignore lint/suspicious/noExplicitAny: see the casts below
type AnyBuilder = { where(...args: unknown[]): any };
const ownedBy = (table: TenantTable) => sql.ref(`${table}.organisation_id`);

/**
 * The only way server code reads or changes organisation-owned rows: every query it builds
 * is already limited to one organisation. `tenant.test.ts` fails if code elsewhere queries
 * a tenant table directly.
 */
export function forOrganisation(db: Db, organisationId: string) {
  return {
    organisationId,
    // The casts only help TypeScript past Kysely's overloads for a generic table name.
    // biome-ignore lint/complexity/noBannedTypes: {} is Kysely's type for "nothing selected yet"
    selectFrom<T extends TenantTable>(table: T): SelectQueryBuilder<Database, T, {}> {
      return (db.selectFrom(table) as AnyBuilder).where(ownedBy(table), "=", organisationId);
    },
    updateTable<T extends TenantTable>(table: T): UpdateQueryBuilder<Database, T, T, UpdateResult> {
      return (db.updateTable(table) as AnyBuilder).where(ownedBy(table), "=", organisationId);
    },
    deleteFrom<T extends TenantTable>(table: T): DeleteQueryBuilder<Database, T, DeleteResult> {
      return (db.deleteFrom(table) as AnyBuilder).where(ownedBy(table), "=", organisationId);
    },
    insertInto<T extends TenantTable>(table: T) {
      return db.insertInto(table);
    },
  };
}
export type TenantDb = ReturnType<typeof forOrganisation>;

/** Response types of the platform API (docs/api-platform.md). Kept here so web/ never imports server/. */

export const ROLES = [
  "admin",
  "hr",
  "manager",
  "union_rep",
  "safety_rep",
  "participant",
  "organiser",
] as const;
export type Role = (typeof ROLES)[number];

export const SECTORS = ["state", "municipality", "region", "private", "non_profit"] as const;
export type Sector = (typeof SECTORS)[number];

export const LOCALES = ["sv", "en"] as const;
export type Locale = (typeof LOCALES)[number];

export interface User {
  id: string;
  email: string;
  name: string;
  locale: Locale;
}

export interface OrganisationSummary {
  id: string;
  name: string;
  role: Role;
}

export interface Session {
  user: User | null;
  organisations: OrganisationSummary[];
}

export type DocumentationDutyKind = "none" | "pay_survey" | "full" | "unknown";

export interface Headcount {
  year: number;
  headcount: number;
}

export interface Organisation {
  id: string;
  name: string;
  orgNumber: string;
  sector: Sector;
  headcounts: Headcount[];
  documentationDuty: { year: number; headcount: number | null; duty: DocumentationDutyKind };
  myRole: Role;
  myMembershipId: string;
  permissions: string[];
}

export interface Unit {
  id: string;
  name: string;
  parentId: string | null;
}

export interface Member {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  unionName: string | null;
  /** A union representative designated for the pay survey (sees individual pay). */
  paySurveyAccess: boolean;
  unitIds: string[];
}

export interface Invitation {
  id: string;
  email: string;
  role: Role;
  unionName: string | null;
  unitIds: string[];
  createdAt: string;
  expiresAt: string;
  invitedBy: { id: string; name: string } | null;
}

export interface InvitationPreview {
  organisationName: string;
  email: string;
  role: Role;
  unionName: string | null;
  hasAccount: boolean;
  expiresAt: string;
}

export type AuditAction = "create" | "update" | "delete";

export interface AuditEvent {
  id: string;
  at: string;
  actor: { id: string; name: string } | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before: unknown;
  after: unknown;
}

export interface AuditPage {
  events: AuditEvent[];
  total: number;
  pageSize: number;
}

/** Who appears in the audit trail (also people who have left) and which types of change. */
export interface AuditFacets {
  actors: { id: string; name: string }[];
  entityTypes: string[];
}

export type OutboxStatus = "pending" | "sending" | "sent" | "failed";

export interface OutboxMessage {
  id: string;
  to: string;
  subject: string;
  text: string;
  status: OutboxStatus;
  createdAt: string;
  sentAt: string | null;
  /** Sending attempts so far, and why the last one failed. */
  attempts: number;
  lastError: string | null;
}

/** RFC 9457 problem details, as the server sends them. */
export interface Problem {
  type?: string;
  title?: string;
  status?: number;
  detail?: string;
  errors?: { path: string; message: string }[];
}

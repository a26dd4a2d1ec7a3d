import type { Role } from "./roles.ts";

/**
 * Every permission in Aktiva is decided here, from the member's role in the organisation.
 * Handlers never test roles themselves; they name an action and the HTTP layer asks `can`.
 * Pay and personnel data (`pay.*`): HR and admins run the pay survey and see individual pay;
 * union representatives see the aggregated results, and those their union has designated for
 * the pay survey also individual pay (DL 3:12: what they need to take part); managers see
 * aggregates for their own units only (the server narrows them); nobody else sees pay.
 */
export const ACTIONS = [
  "organisation.read",
  "organisation.update",
  "headcount.update",
  "units.read",
  "units.manage",
  "members.read",
  "members.manage",
  "audit.read",
  "outbox.read",
  "pay.readIndividual",
  "pay.readAggregate",
  "pay.manage",
  "cycle.read",
  "cycle.manage",
  "measures.update",
  "measures.comment",
  "cycle.recordPosition",
  "learning.take",
  "learning.manage",
  "learning.readEvidence",
  "workbooks.edit",
  "workbooks.manage",
  "events.manage",
] as const;
export type Action = (typeof ACTIONS)[number];

const EVERY_ROLE: readonly Role[] = [
  "admin",
  "hr",
  "manager",
  "union_rep",
  "safety_rep",
  "participant",
  "organiser",
];

const GRANTS: Record<Action, readonly Role[]> = {
  "organisation.read": EVERY_ROLE,
  "organisation.update": ["admin"],
  "headcount.update": ["admin", "hr"],
  "units.read": EVERY_ROLE,
  "units.manage": ["admin", "hr"],
  "members.read": ["admin", "hr", "manager", "union_rep", "safety_rep"],
  "members.manage": ["admin"],
  "audit.read": ["admin"],
  "outbox.read": ["admin"],
  "pay.readIndividual": ["admin", "hr"],
  "pay.readAggregate": ["admin", "hr", "union_rep", "manager"],
  "pay.manage": ["admin", "hr"],
  // The yearly cycle: the parties read all of it; HR plans it; managers carry out measures
  // in their own units (mayEditMeasure in core/cycle narrows it to those); both kinds of
  // representative comment and record their position on the year's documentation.
  "cycle.read": ["admin", "hr", "manager", "union_rep", "safety_rep"],
  "cycle.manage": ["admin", "hr"],
  "measures.update": ["admin", "hr", "manager"],
  "measures.comment": ["admin", "hr", "manager", "union_rep", "safety_rep"],
  "cycle.recordPosition": ["union_rep", "safety_rep"],
  // Learning rooms are for everyone; HR and admins adapt the rooms, and the parties who
  // follow the cycle see which groups took which rooms and what they thought of them.
  "learning.take": EVERY_ROLE,
  "learning.manage": ["admin", "hr"],
  "learning.readEvidence": ["admin", "hr", "manager", "union_rep", "safety_rep"],
  // Workbooks are filled in by a working group of the parties; HR and admins start and
  // finish runs. The support contacts are the organisation's page (organisation.update).
  "workbooks.edit": ["admin", "hr", "manager", "union_rep", "safety_rep"],
  "workbooks.manage": ["admin", "hr"],
  // Training events: organisers (who may do nothing else), HR and admins create events and
  // see who registered; the attendance counts reach the parties through the measure's
  // follow-up (cycle.read), never the names.
  "events.manage": ["admin", "hr", "organiser"],
};

/** What a member has beyond their role: a union representative's designation for the pay survey. */
export interface Designations {
  paySurveyAccess?: boolean;
}

export function can(role: Role, action: Action, designations: Designations = {}): boolean {
  if (action === "pay.readIndividual" && role === "union_rep" && designations.paySurveyAccess)
    return true;
  return GRANTS[action].includes(role);
}

export function permissionsOf(role: Role, designations: Designations = {}): Action[] {
  return ACTIONS.filter((action) => can(role, action, designations));
}

/** Whose pay figures a member sees: managers only their own units' (null = the whole organisation). */
export const payScopeIsUnits = (role: Role): boolean => role === "manager";

import { expect, it } from "vitest";
import { ACTIONS, can } from "./policies.ts";
import { ROLES } from "./roles.ts";

// The whole permission matrix, written out so any change to who may do what shows up in review.
// Columns: admin, hr, manager, union_rep, safety_rep, participant, organiser.
const MATRIX: Record<(typeof ACTIONS)[number], string> = {
  "organisation.read": "yyyyyyy",
  "organisation.update": "y------",
  "headcount.update": "yy-----",
  "units.read": "yyyyyyy",
  "units.manage": "yy-----",
  "members.read": "yyyyy--",
  "members.manage": "y------",
  "audit.read": "y------",
  "outbox.read": "y------",
  "pay.readIndividual": "yy-----",
  "pay.readAggregate": "yyyy---",
  "pay.manage": "yy-----",
  "cycle.read": "yyyyy--",
  "cycle.manage": "yy-----",
  "measures.update": "yyy----",
  "measures.comment": "yyyyy--",
  "cycle.recordPosition": "---yy--",
  "learning.take": "yyyyyyy",
  "learning.manage": "yy-----",
  "learning.readEvidence": "yyyyy--",
  "workbooks.edit": "yyyyy--",
  "workbooks.manage": "yy-----",
  "events.manage": "yy----y",
};

it("grants exactly the permissions of the matrix", () => {
  const actual = Object.fromEntries(
    ACTIONS.map((action) => [
      action,
      ROLES.map((role) => (can(role, action) ? "y" : "-")).join(""),
    ]),
  );
  expect(actual).toEqual(MATRIX);
});

it("never lets participants, managers or safety representatives see individual pay", () => {
  for (const role of ["participant", "manager", "safety_rep", "union_rep"] as const) {
    expect(can(role, "pay.readIndividual")).toBe(false);
  }
  for (const role of ["participant", "manager", "safety_rep"] as const) {
    expect(can(role, "pay.readIndividual", { paySurveyAccess: true })).toBe(false);
  }
});

it("lets a union representative designated for the pay survey see individual pay, nothing more", () => {
  expect(can("union_rep", "pay.readIndividual", { paySurveyAccess: true })).toBe(true);
  expect(can("union_rep", "pay.manage", { paySurveyAccess: true })).toBe(false);
});

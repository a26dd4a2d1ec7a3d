/** The roles a member can have in one organisation (see design/GLOSSARY.md). */
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

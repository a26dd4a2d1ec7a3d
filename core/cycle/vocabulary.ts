/**
 * The fixed vocabulary of the yearly cycle (Diskrimineringslagen 3 kap.). Keys are English
 * and stable (they are stored in the database); the UI and reports translate them.
 */

/** The five areas of 3 kap. 5 §, in the law's order. */
export const SECTION_5_AREAS = [
  "working_conditions",
  "pay_and_terms",
  "recruitment_and_promotion",
  "training_and_development",
  "parenthood_and_work",
] as const;

/**
 * Every area a risk or measure can belong to: the five of § 5 and the special duties of
 * § 6 (harassment guidelines and routines), § 7 (gender balance) and §§ 8–10 (pay survey).
 */
export const AREAS = [...SECTION_5_AREAS, "harassment", "gender_balance", "pay_survey"] as const;
export type Area = (typeof AREAS)[number];

export const AREA_SECTION: Record<Area, string> = {
  working_conditions: "5 § 1",
  pay_and_terms: "5 § 2",
  recruitment_and_promotion: "5 § 3",
  training_and_development: "5 § 4",
  parenthood_and_work: "5 § 5",
  harassment: "6 §",
  gender_balance: "7 §",
  pay_survey: "8–10 §§",
};

/** The seven grounds of discrimination (1 kap. 5 §). */
export const GROUNDS = [
  "sex",
  "transgender_identity",
  "ethnicity",
  "religion",
  "disability",
  "sexual_orientation",
  "age",
] as const;
export type Ground = (typeof GROUNDS)[number];

/** How an investigation was made; "other" carries its own name. */
export const INVESTIGATION_METHODS = [
  "safety_round",
  "workplace_meeting",
  "employee_survey",
  "personnel_statistics",
  "appraisal_talks",
  "management_group",
  "cooperation_group",
  "policy_review",
  "other",
] as const;
export type InvestigationMethod = (typeof INVESTIGATION_METHODS)[number];

/** Where a risk was found. */
export const RISK_SOURCES = ["investigation", "learning_session", "statistics", "other"] as const;
export type RiskSource = (typeof RISK_SOURCES)[number];

export const RISK_STATUSES = ["identified", "analysed", "acting", "removed"] as const;
export type RiskStatus = (typeof RISK_STATUSES)[number];

export const MEASURE_STATUSES = [
  "planned",
  "in_progress",
  "done",
  "postponed",
  "cancelled",
] as const;
export type MeasureStatus = (typeof MEASURE_STATUSES)[number];

/** Measures still to be carried out: offered for carry-over into the next year. */
export const UNFINISHED_STATUSES: readonly MeasureStatus[] = [
  "planned",
  "in_progress",
  "postponed",
];

/** Did the measure have the intended effect? */
export const EVALUATION_EFFECTS = ["yes", "partly", "no", "too_early"] as const;
export type EvaluationEffect = (typeof EVALUATION_EFFECTS)[number];

/** Cooperation forums (samverkan); "other" carries its own name. */
export const COOPERATION_FORUMS = [
  "local_cooperation_group",
  "sector_cooperation_group",
  "central_cooperation_group",
  "safety_committee",
  "workplace_meeting",
  "negotiation",
  "other",
] as const;
export type CooperationForum = (typeof COOPERATION_FORUMS)[number];

/** A union or safety representative's position on the year's documentation. */
export const POSITIONS = ["agree", "partly_agree", "disagree"] as const;
export type Position = (typeof POSITIONS)[number];

/** § 7: the three dimensions in which an even distribution of women and men is promoted. */
export const GENDER_BALANCE_DIMENSIONS = [
  "work_type",
  "employee_category",
  "management_level",
] as const;
export type GenderBalanceDimension = (typeof GENDER_BALANCE_DIMENSIONS)[number];

/** § 6 guidelines and routines: what they must state. */
export const HARASSMENT_REQUIREMENTS = [
  "not_accepted",
  "covers_trainees_and_hired_staff",
  "whom_to_turn_to",
  "employer_actions",
  "who_investigates",
] as const;
export type HarassmentRequirement = (typeof HARASSMENT_REQUIREMENTS)[number];

export const HARASSMENT_DOCUMENT_KINDS = [
  "guidelines",
  "routines",
  "guidelines_and_routines",
] as const;
export type HarassmentDocumentKind = (typeof HARASSMENT_DOCUMENT_KINDS)[number];

import type { Schedule } from "../../core/cycle/schedule.ts";
import type {
  Area,
  CooperationForum,
  EvaluationEffect,
  GenderBalanceDimension,
  Ground,
  HarassmentDocumentKind,
  HarassmentRequirement,
  InvestigationMethod,
  MeasureStatus,
  Position,
  RiskSource,
  RiskStatus,
} from "../../core/cycle/vocabulary.ts";
import type { LearningSourceData } from "../learning/LearningSource.tsx";

/** The cycle's API answers, as server/cycle/** returns them (see /api/openapi.json). */

export interface ChecklistItem {
  key: string;
  section: string;
  area?: Area;
  done: boolean;
  required: boolean;
  fixAt:
    | "headcount"
    | "investigations"
    | "risks"
    | "measures"
    | "evaluation"
    | "follow-up"
    | "cooperation"
    | "harassment"
    | "gender-balance"
    | "pay-survey";
}

export interface WorkYear {
  id: string;
  year: number;
  version: number;
  headcount: number | null;
  duty: "none" | "pay_survey" | "full" | "unknown";
  followUp: Record<string, string>;
  areaNotes: Partial<Record<Area, string>>;
  cooperationStatement: string;
  paySurveySummary: string;
  documentationCompletedAt: string | null;
  documentationCompletedBy: string | null;
  checklist: { complete: boolean; items: ChecklistItem[] };
  counts: {
    investigations: number;
    risks: number;
    measures: number;
    measuresDone: number;
    overdue: number;
    previousToEvaluate: number;
    meetings: number;
    positions: number;
  };
  previousYear: number | null;
  nextYearExists: boolean;
  /** How the year's work is organised, filled from the getting-started workbook. */
  workingGroup: WorkingGroupMember[];
  plannedMethods: InvestigationMethod[];
  stepDates: Partial<Record<StepMilestone, string>>;
  setupRun: { id: string; title: string } | null;
}

export interface WorkingGroupMember {
  person: string;
  represents: string;
  task: string;
}

/** The four steps' milestones in the year's time plan, in order. */
export const STEP_MILESTONES = ["investigate", "analyse", "act", "follow_up"] as const;
export type StepMilestone = (typeof STEP_MILESTONES)[number];

/** Where a measure made from a workbook's plan came from. */
export interface WorkbookSourceData {
  runId: string;
  title: string;
  workbookTitle: string | null;
}

export interface WorkYearSummary {
  year: number;
  documentationCompleted: boolean;
}

export interface CarryOverCandidate {
  id: string;
  title: string;
  area: Area;
  status: MeasureStatus;
  responsible: string | null;
  commentCount: number;
}

export interface Investigation {
  id: string;
  year: number;
  title: string;
  method: InvestigationMethod;
  methodOther: string | null;
  heldOn: string;
  participants: string;
  areas: Area[];
  findings: string;
  version: number;
}

export interface Risk {
  id: string;
  year: number;
  title: string;
  description: string;
  areas: Area[];
  grounds: Ground[];
  unitIds: string[];
  source: RiskSource;
  investigationId: string | null;
  causes: string;
  status: RiskStatus;
  measureIds: string[];
  learningSource: LearningSourceData | null;
  version: number;
}

export interface Evaluation {
  effect: EvaluationEffect;
  comment: string;
  evaluatedAt: string;
  evaluatedBy: string | null;
}

export interface Measure {
  id: string;
  year: number;
  area: Area;
  title: string;
  description: string;
  unitId: string | null;
  responsibleMemberId: string | null;
  responsibleName: string | null;
  responsibleTitle: string | null;
  schedule: Schedule;
  startOn: string | null;
  followUpMethod: string;
  followUpOn: string | null;
  status: MeasureStatus;
  costEstimate: number | null;
  evaluation: Evaluation | null;
  completedAt: string | null;
  libraryKey: string | null;
  riskIds: string[];
  genderBalanceGroupId: string | null;
  carriedOverFrom: { id: string; year: number } | null;
  carriedOverTo: { id: string; year: number } | null;
  learningSource: LearningSourceData | null;
  workbookSource: WorkbookSourceData | null;
  commentCount: number;
  canEdit: boolean;
  version: number;
}

export interface MeasureComment {
  id: string;
  measureId: string;
  year: number;
  authorName: string | null;
  authorRole: string | null;
  body: string;
  createdAt: string;
}

export interface MeasureDetail {
  measure: Measure;
  /** Training events linked to the measure, with attendance (counts only). */
  trainings: {
    eventId: string;
    title: string;
    firstDate: string | null;
    status: string;
    registered: number;
    attended: number;
    organisations: { organisation: string; registered: number; attended: number }[];
  }[];
  comments: MeasureComment[];
  history: { at: string; actorName: string | null; action: string; changed: string[] }[];
}

export interface CooperationMeeting {
  id: string;
  year: number;
  heldOn: string;
  forum: CooperationForum;
  forumOther: string | null;
  participants: string;
  topics: string;
  informationGiven: string;
  decisions: string;
  version: number;
}

export interface UnionPosition {
  membershipId: string;
  name: string;
  role: string;
  unionName: string | null;
  position: Position;
  comment: string;
  recordedAt: string;
}

export interface HarassmentDocumentVersion {
  id: string;
  versionNo: number;
  body: string;
  adoptedOn: string | null;
  nextReviewOn: string | null;
  covers: HarassmentRequirement[];
  createdAt: string;
  createdBy: string | null;
}

export interface HarassmentDocument {
  id: string;
  title: string;
  kind: HarassmentDocumentKind;
  current: HarassmentDocumentVersion;
  missing: HarassmentRequirement[];
  reviewOverdue: boolean;
  versions: HarassmentDocumentVersion[];
}

export interface GenderBalanceGroup {
  id: string;
  year: number;
  dimension: GenderBalanceDimension;
  label: string;
  women: number;
  men: number;
  shareWomen: number | null;
  balanced: boolean | null;
  source: string;
  measureIds: string[];
  version: number;
}

export interface WheelItem {
  measureId: string;
  kind: "due" | "follow_up";
  date: string;
  title: string;
  area: Area;
  status: MeasureStatus;
  responsible: string | null;
}

export interface YearWheelData {
  year: number;
  today: string;
  /** How many days before a date the responsible person gets an e-mail reminder. */
  reminderDaysBefore: number;
  months: { month: number; items: WheelItem[] }[];
  continuous: Omit<WheelItem, "kind" | "date">[];
  overdue: WheelItem[];
}

export interface CalendarFeed {
  active: boolean;
  createdAt: string | null;
  url: string | null;
}

export type { Area, Ground, MeasureStatus, Position, Schedule };

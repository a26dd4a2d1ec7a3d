import { type DocumentationDuty, documentationDuty } from "../platform/documentation-duty.ts";
import { followUpAnswered } from "./follow-up.ts";
import {
  type Area,
  HARASSMENT_REQUIREMENTS,
  type HarassmentRequirement,
  type MeasureStatus,
  SECTION_5_AREAS,
} from "./vocabulary.ts";

/** Where in the product a checklist item is put right. */
export type FixPlace =
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

export interface ChecklistItem {
  /** Stable key, translated in the UI, e.g. "area.investigated". */
  key: string;
  /** The paragraph of 3 kap. the item comes from. */
  section: string;
  area?: Area;
  done: boolean;
  /** Required in the written documentation for this organisation's size. */
  required: boolean;
  fixAt: FixPlace;
}

/** What the checklist needs to know about one work year. */
export interface YearFacts {
  headcount: number | null;
  investigatedAreas: readonly Area[];
  risks: readonly { areas: readonly Area[]; causes: string }[];
  measures: readonly {
    area: Area;
    status: MeasureStatus;
    hasResponsible: boolean;
    costEstimate: number | null;
  }[];
  areaNotes: Partial<Record<Area, string>>;
  /** Measures of the previous work year (null when there is none in Aktiva). */
  previousYearMeasures: readonly { area: Area; evaluated: boolean }[] | null;
  followUp: Partial<Record<string, string>>;
  cooperationStatement: string;
  cooperationMeetings: number;
  /** The current version of each § 6 document in force. */
  harassmentDocuments: readonly {
    covers: readonly HarassmentRequirement[];
    adoptedOn: string | null;
    nextReviewOn: string | null;
  }[];
  genderBalanceGroups: number;
  paySurveySummary: string;
  /** ISO date used to decide whether a review date has passed. */
  today: string;
}

export interface Checklist {
  duty: DocumentationDuty;
  items: ChecklistItem[];
  /** Every required item is done: the year's documentation can be marked complete. */
  complete: boolean;
}

const filled = (text: string | undefined) => (text ?? "").trim() !== "";

/**
 * The compliance checklist of 3 kap. 13–14 §§ for one year. The headcount at the start of
 * the year decides what must be documented (≥ 25 everything; 10–24 the pay survey; under 10
 * nothing in writing, though the work itself is still required — the items are then advice).
 */
export function complianceChecklist(facts: YearFacts): Checklist {
  const duty = documentationDuty(facts.headcount);
  const full = duty === "full" || duty === "unknown";
  const items: ChecklistItem[] = [];
  const add = (item: Omit<ChecklistItem, "required">, requiredFor: "full" | "pay") =>
    items.push({
      ...item,
      required:
        duty === "unknown" || duty === "full" || (requiredFor === "pay" && duty === "pay_survey"),
    });

  if (duty === "unknown") {
    items.push({
      key: "headcount.known",
      section: "13 §",
      done: false,
      required: true,
      fixAt: "headcount",
    });
  }

  const liveMeasures = facts.measures.filter((m) => m.status !== "cancelled");
  for (const area of SECTION_5_AREAS) {
    const risks = facts.risks.filter((r) => r.areas.includes(area));
    const measures = liveMeasures.filter((m) => m.area === area);
    const noted = filled(facts.areaNotes[area]);
    add(
      {
        key: "area.investigated",
        section: "2 § 1",
        area,
        done: facts.investigatedAreas.includes(area),
        fixAt: "investigations",
      },
      "full",
    );
    add(
      {
        key: "area.analysed",
        section: "2 § 2",
        area,
        done: risks.length > 0 ? risks.every((r) => filled(r.causes)) : noted,
        fixAt: "risks",
      },
      "full",
    );
    add(
      {
        key: "area.measures",
        section: "2 § 3",
        area,
        done: measures.length > 0 || (risks.length === 0 && noted),
        fixAt: "measures",
      },
      "full",
    );
  }

  add(
    {
      key: "measures.responsible",
      section: "3 §",
      done: liveMeasures.every((m) => m.hasResponsible),
      fixAt: "measures",
    },
    "full",
  );

  const today = facts.today;
  const inForce = facts.harassmentDocuments.filter(
    (d) => d.adoptedOn !== null && d.adoptedOn <= today,
  );
  const covered = new Set(inForce.flatMap((d) => d.covers));
  add(
    { key: "harassment.documents", section: "6 §", done: inForce.length > 0, fixAt: "harassment" },
    "full",
  );
  add(
    {
      key: "harassment.contents",
      section: "6 §",
      done: HARASSMENT_REQUIREMENTS.every((requirement) => covered.has(requirement)),
      fixAt: "harassment",
    },
    "full",
  );
  add(
    {
      key: "harassment.reviewed",
      section: "6 §",
      done:
        inForce.length > 0 &&
        inForce.every((d) => d.nextReviewOn !== null && d.nextReviewOn >= today),
      fixAt: "harassment",
    },
    "full",
  );
  add(
    {
      key: "harassment.measures",
      section: "6 §",
      done: liveMeasures.some((m) => m.area === "harassment") || filled(facts.areaNotes.harassment),
      fixAt: "measures",
    },
    "full",
  );

  add(
    {
      key: "genderBalance.mapped",
      section: "7 §",
      done: facts.genderBalanceGroups > 0,
      fixAt: "gender-balance",
    },
    "full",
  );
  add(
    {
      key: "genderBalance.measures",
      section: "7 §",
      done:
        liveMeasures.some((m) => m.area === "gender_balance") ||
        filled(facts.areaNotes.gender_balance),
      fixAt: "measures",
    },
    "full",
  );

  const payMeasures = liveMeasures.filter((m) => m.area === "pay_survey");
  add(
    {
      key: "paySurvey.result",
      section: "13 § 1",
      done: filled(facts.paySurveySummary),
      fixAt: "pay-survey",
    },
    "pay",
  );
  add(
    {
      key: "paySurvey.plan",
      section: "13 § 2",
      done:
        payMeasures.length > 0
          ? payMeasures.every((m) => m.costEstimate !== null)
          : filled(facts.areaNotes.pay_survey),
      fixAt: "measures",
    },
    "pay",
  );

  const previous = facts.previousYearMeasures;
  const toEvaluate =
    previous === null ? [] : full ? previous : previous.filter((m) => m.area === "pay_survey");
  add(
    {
      key: "evaluation.previousYear",
      section: "13 § 3",
      done: toEvaluate.every((m) => m.evaluated),
      fixAt: "evaluation",
    },
    "pay",
  );

  add(
    {
      key: "followUp.wayOfWorking",
      section: "2 § 4",
      done: followUpAnswered(facts.followUp, "way_of_working"),
      fixAt: "follow-up",
    },
    "full",
  );
  add(
    {
      key: "followUp.measures",
      section: "2 § 4",
      done: followUpAnswered(facts.followUp, "measures"),
      fixAt: "follow-up",
    },
    "full",
  );

  add(
    {
      key: "cooperation.statement",
      section: "13 § 4",
      done: filled(facts.cooperationStatement),
      fixAt: "cooperation",
    },
    "pay",
  );
  items.push({
    key: "cooperation.meetings",
    section: "11 §",
    done: facts.cooperationMeetings > 0,
    required: false,
    fixAt: "cooperation",
  });

  return { duty, items, complete: items.every((item) => !item.required || item.done) };
}

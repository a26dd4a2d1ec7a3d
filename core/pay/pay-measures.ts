/**
 * Rules for the analysis of pay differences and the pay adjustments (lönejusteringar) that
 * unjustified ones lead to, Diskrimineringslagen 3 kap. 10 §: adjustments are made "as soon as
 * possible and at the latest within three years".
 *
 * - The three years run from the day the adjustment is decided, which is the day it is entered
 *   into the action plan. (The survey's snapshot date describes the data, not the decision.)
 * - Cost per year = people · monthly adjustment · 12 · (1 + on-cost share). The on-cost is a
 *   parameter because employers count it differently: 31.42 % is the statutory employer's
 *   contribution (arbetsgivaravgifter) of 2024–2026; municipalities and regions often use a
 *   personnel-cost surcharge (PO-pålägg) of about 40 % that also covers pensions and insurance.
 */

/** Statutory employer's contributions in per cent of pay (socialavgiftslagen 2 kap. 26 §). */
export const DEFAULT_ON_COST_PERCENT = 31.42;

/** How far ahead an adjustment may be planned: DL 3:10. */
export const MAX_DEADLINE_YEARS = 3;

/** The cost per year of raising `people` by `monthlyAdjustment` kronor a month, in whole kronor. */
export function annualCost(
  people: number,
  monthlyAdjustment: number,
  onCostPercent: number = DEFAULT_ON_COST_PERCENT,
): number {
  return Math.round(people * monthlyAdjustment * 12 * (1 + onCostPercent / 100));
}

/** The on-cost in per cent that a stored cost implies (two decimals), or null without pay. */
export function impliedOnCostPercent(
  people: number,
  monthlyAdjustment: number,
  cost: number,
): number | null {
  const pay = people * monthlyAdjustment * 12;
  return pay > 0 ? Math.round((cost / pay - 1) * 10_000) / 100 : null;
}

/** The last day an adjustment decided on `decidedOn` (yyyy-mm-dd) may be planned for. */
export function latestDeadline(decidedOn: string): string {
  const [year, month, day] = decidedOn.split("-").map(Number) as [number, number, number];
  const target = year + MAX_DEADLINE_YEARS;
  // 29 February has no twin three years on: the last day of that February is the limit.
  const lastOfMonth = new Date(Date.UTC(target, month, 0)).getUTCDate();
  return `${target}-${pad(month)}-${pad(Math.min(day, lastOfMonth))}`;
}

const pad = (n: number) => String(n).padStart(2, "0");

/** Why a deadline cannot be used, or null: not before today, not after three years. */
export function deadlineProblem(deadline: string, decidedOn: string): "past" | "tooLate" | null {
  if (deadline < decidedOn) return "past";
  if (deadline > latestDeadline(decidedOn)) return "tooLate";
  return null;
}

export const CLASSIFICATIONS = ["justified", "unjustified", "investigate"] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];

/** The fewest words an explanation of a justified (saklig) difference may have. */
export const MIN_JUSTIFIED_WORDS = 5;

const words = (text: string) => text.trim().split(/\s+/).filter(Boolean).length;

/**
 * What is missing from the analysis of a difference: every analysis needs an explanation,
 * and calling a difference justified needs at least a sentence saying why (DO: "market
 * reasons" and the like must be explained concretely, never just named).
 */
export function explanationProblem(
  classification: Classification | null,
  explanation: string,
): "required" | "sentence" | null {
  if (explanation.trim() === "") return "required";
  if (classification === "justified" && words(explanation) < MIN_JUSTIFIED_WORDS) return "sentence";
  return null;
}

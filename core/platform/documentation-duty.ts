/**
 * Diskrimineringslagen 3 kap. 13–14 §§: what an employer must document depends on the
 * number of employees at the start of the calendar year.
 * - under 10: the work is required, but no written documentation;
 * - 10–24: the pay survey must be documented;
 * - 25 or more: all active-measures work (four steps, §§ 6–7, pay survey, cooperation).
 */
export type DocumentationDuty = "none" | "pay_survey" | "full" | "unknown";

export function documentationDuty(
  headcountAtStartOfYear: number | null | undefined,
): DocumentationDuty {
  if (headcountAtStartOfYear == null) return "unknown";
  if (headcountAtStartOfYear >= 25) return "full";
  if (headcountAtStartOfYear >= 10) return "pay_survey";
  return "none";
}

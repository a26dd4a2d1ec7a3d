/**
 * The follow-up every cycle must answer (3 kap. 2 § step 4): did our way of working work,
 * and did our measures work. The answers are free text per question.
 */
export const FOLLOW_UP_QUESTIONS = {
  way_of_working: [
    "working_method",
    "investigation_method",
    "analysis",
    "responsibilities_and_timetable",
    "cooperation",
    "lessons",
  ],
  measures: ["risks_removed", "all_done", "intended_effect", "other_measures_needed"],
} as const;

export type FollowUpGroup = keyof typeof FOLLOW_UP_QUESTIONS;
export type FollowUpQuestion = (typeof FOLLOW_UP_QUESTIONS)[FollowUpGroup][number];
export const ALL_FOLLOW_UP_QUESTIONS: readonly FollowUpQuestion[] = [
  ...FOLLOW_UP_QUESTIONS.way_of_working,
  ...FOLLOW_UP_QUESTIONS.measures,
];

/** A group is answered when every one of its questions has an answer. */
export function followUpAnswered(
  answers: Partial<Record<string, string>>,
  group: FollowUpGroup,
): boolean {
  return FOLLOW_UP_QUESTIONS[group].every((question) => (answers[question] ?? "").trim() !== "");
}

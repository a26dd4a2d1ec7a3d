/** Where a group stands with a room, from its sessions of it. */
export type RoomProgress = "not_started" | "in_progress" | "done";

export function roomProgress(sessions: readonly { status: string }[]): RoomProgress {
  if (sessions.some((s) => s.status === "completed")) return "done";
  if (sessions.length > 0) return "in_progress";
  return "not_started";
}

/** The fewest ratings a room needs before its feedback is shown, so no answer can be traced. */
export const MIN_FEEDBACK_RESPONSES = 3;

/** Limits on who took part: a session is a person or a group of up to a hundred. */
export const MIN_PARTICIPANTS = 1;
export const MAX_PARTICIPANTS = 100;

export interface FeedbackSummary {
  count: number;
  /** null while fewer than MIN_FEEDBACK_RESPONSES have answered. */
  average: number | null;
  /** How many gave 1, 2, 3, 4 and 5; null while suppressed. */
  distribution: number[] | null;
  suppressed: boolean;
}

export function summariseFeedback(ratings: readonly number[]): FeedbackSummary {
  const count = ratings.length;
  if (count < MIN_FEEDBACK_RESPONSES)
    return { count, average: null, distribution: null, suppressed: count > 0 };
  const distribution = [1, 2, 3, 4, 5].map((r) => ratings.filter((x) => x === r).length);
  const average = Math.round((ratings.reduce((a, b) => a + b, 0) / count) * 10) / 10;
  return { count, average, distribution, suppressed: false };
}

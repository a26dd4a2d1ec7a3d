import { z } from "zod";
import { type Message, msg, type Problem, problemsFromIssues } from "./problems.ts";

/**
 * The evaluation form sent after the event and what the organiser sees of the answers: counts,
 * means and distributions, and the free-text answers as a list. Answers carry no name and the
 * aggregate nothing per person, so the organiser learns what the group thought, not who said it.
 */

export const GRADES = [1, 2, 3, 4, 5] as const;
export const MAX_EVALUATION_TEXT = 2000;

export type EvaluationQuestion =
  | { id: string; kind: "grade"; label: Message; low: Message; high: Message }
  | { id: string; kind: "text"; label: Message };

/** The default form: two grades and two open questions, all optional. */
export const DEFAULT_EVALUATION: readonly EvaluationQuestion[] = [
  {
    id: "overall",
    kind: "grade",
    label: msg(
      "Vad tycker du om utbildningen som helhet?",
      "What did you think of the event overall?",
    ),
    low: msg("Mycket dålig", "Very poor"),
    high: msg("Mycket bra", "Very good"),
  },
  {
    id: "usefulness",
    kind: "grade",
    label: msg(
      "Hur användbart är innehållet i ditt arbete?",
      "How useful is the content in your work?",
    ),
    low: msg("Inte alls", "Not at all"),
    high: msg("Mycket", "Very"),
  },
  {
    id: "best",
    kind: "text",
    label: msg("Vad var bäst?", "What was best?"),
  },
  {
    id: "improve",
    kind: "text",
    label: msg("Vad kan bli bättre?", "What could be improved?"),
  },
];

/** One person's answers by question id: a grade 1–5 or a text; unanswered questions are absent. */
export type EvaluationAnswers = Record<string, number | string>;

/** The schema of a posted evaluation for `questions`; every question may be left out. */
export function evaluationSchema(questions: readonly EvaluationQuestion[] = DEFAULT_EVALUATION) {
  const shape: Record<string, z.ZodType> = {};
  for (const q of questions) {
    shape[q.id] =
      q.kind === "grade"
        ? // Forms post "4"; an empty choice posts "" or nothing.
          z
            .union([z.literal(""), z.coerce.number().int().min(1).max(5)])
            .optional()
            .transform((v) => (v === "" ? undefined : v))
        : z
            .string()
            .trim()
            .max(MAX_EVALUATION_TEXT)
            .optional()
            .transform((v) => (v === "" ? undefined : v));
  }
  return z.object(shape);
}

export type EvaluationValidation =
  | { ok: true; answers: EvaluationAnswers }
  | { ok: false; problems: Problem[] };

/** Checks a posted evaluation; unknown fields are dropped, blank answers left out. */
export function validateEvaluation(
  input: unknown,
  questions: readonly EvaluationQuestion[] = DEFAULT_EVALUATION,
): EvaluationValidation {
  const result = evaluationSchema(questions).safeParse(input);
  if (!result.success) {
    const names = Object.fromEntries(questions.map((q) => [q.id, q.label]));
    return {
      ok: false,
      problems: result.error.issues.map((issue) => {
        const question = questions.find((q) => q.id === issue.path[0]);
        if (question?.kind === "grade") {
          return {
            field: question.id,
            message: msg(
              `Välj ett betyg från 1 till 5 på frågan ”${question.label.sv}”.`,
              `Choose a grade from 1 to 5 for “${question.label.en}”.`,
            ),
          };
        }
        return problemsFromIssues([issue], names)[0]!;
      }),
    };
  }
  const answers: EvaluationAnswers = {};
  for (const [id, value] of Object.entries(result.data)) {
    if (value !== undefined) answers[id] = value as number | string;
  }
  return { ok: true, answers };
}

export interface GradeSummary {
  id: string;
  kind: "grade";
  label: Message;
  /** How many answered this question. */
  n: number;
  /** One decimal; null when nobody answered. */
  mean: number | null;
  /** Answers per grade: distribution[0] is grade 1, distribution[4] grade 5. */
  distribution: [number, number, number, number, number];
}

export interface TextSummary {
  id: string;
  kind: "text";
  label: Message;
  n: number;
  /** The answers, sorted so their order says nothing about who answered when. */
  answers: string[];
}

export interface EvaluationSummary {
  /** How many sent in the form. */
  responses: number;
  questions: (GradeSummary | TextSummary)[];
}

/** The aggregate the organiser sees. */
export function summariseEvaluations(
  responses: readonly EvaluationAnswers[],
  questions: readonly EvaluationQuestion[] = DEFAULT_EVALUATION,
): EvaluationSummary {
  return {
    responses: responses.length,
    questions: questions.map((q) => {
      if (q.kind === "grade") {
        const grades = responses
          .map((r) => r[q.id])
          .filter(
            (v): v is number => typeof v === "number" && Number.isInteger(v) && v >= 1 && v <= 5,
          );
        const distribution: GradeSummary["distribution"] = [0, 0, 0, 0, 0];
        for (const g of grades) distribution[g - 1]! += 1;
        const sum = grades.reduce((a, b) => a + b, 0);
        return {
          id: q.id,
          kind: "grade",
          label: q.label,
          n: grades.length,
          mean: grades.length ? Math.round((sum / grades.length) * 10) / 10 : null,
          distribution,
        };
      }
      const answers = responses
        .map((r) => r[q.id])
        .filter((v): v is string => typeof v === "string" && v.trim() !== "")
        .map((v) => v.trim())
        .sort((a, b) => a.localeCompare(b, "sv"));
      return { id: q.id, kind: "text", label: q.label, n: answers.length, answers };
    }),
  };
}

import type { Label } from "../cycle/labels.ts";

/**
 * How the events module reports what is wrong: the field it concerns, as a dotted path the
 * form can put the message next to ("days.1.programme.0.end"), and the message in Swedish and
 * English. The message names the field, so it reads well even in a summary at the top of a form.
 */
export type Message = Label;

export interface Problem {
  field: string;
  message: Message;
}

export const msg = (sv: string, en: string): Message => ({ sv, en });

/** The path of a zod issue as a dotted field name. */
export const fieldOf = (path: readonly PropertyKey[]): string => path.map(String).join(".");

/** The dotted field back as a zod path, numbers for list positions. */
export const pathOf = (field: string): (string | number)[] =>
  field === "" ? [] : field.split(".").map((part) => (/^\d+$/.test(part) ? Number(part) : part));

/** The name of one field in both languages, for messages about shape (wrong type, too long). */
export type FieldNames = Record<string, Message>;

interface IssueLike {
  code: string;
  path: readonly PropertyKey[];
  message: string;
  params?: Record<string, unknown> | undefined;
  origin?: string;
  maximum?: number | bigint;
  minimum?: number | bigint;
}

/**
 * Where in a list a field sits, in words: days.1.programme.2.end → "dag 2, programpunkt 3".
 * List names that are not known here are left out; the field's own name still says enough.
 */
const POSITION_NAMES: Record<string, Message> = {
  days: msg("dag", "day"),
  programme: msg("programpunkt", "programme item"),
  questions: msg("fråga", "question"),
  options: msg("alternativ", "option"),
};

function describeField(
  path: readonly PropertyKey[],
  names: FieldNames,
): { name: Message; where: Message } {
  const places: Message[] = [];
  let last = "";
  path.forEach((part, index) => {
    if (typeof part === "number") {
      const list = POSITION_NAMES[String(path[index - 1])];
      if (list) places.push(msg(`${list.sv} ${part + 1}`, `${list.en} ${part + 1}`));
    } else {
      last = String(part);
    }
  });
  const name = names[last] ?? msg(last, last);
  const where =
    places.length === 0
      ? msg("", "")
      : msg(` (${places.map((p) => p.sv).join(", ")})`, ` (${places.map((p) => p.en).join(", ")})`);
  return { name, where };
}

/**
 * Turns zod issues into problems. Rule checks carry their own message in `params.message`;
 * the rest are about shape and get a plain message that names the field.
 */
export function problemsFromIssues(issues: readonly IssueLike[], names: FieldNames): Problem[] {
  return issues.map((issue) => {
    const field = fieldOf(issue.path);
    const own = issue.params?.message as Message | undefined;
    if (own) return { field, message: own };
    const { name: n, where: w } = describeField(issue.path, names);
    // The field's name in quotes, then where it sits: ”Titel” (dag 1, programpunkt 2).
    const name = msg(`”${n.sv}”${w.sv}`, `“${n.en}”${w.en}`);
    if (issue.code === "too_big" && issue.origin === "string") {
      return {
        field,
        message: msg(
          `${name.sv} får vara högst ${issue.maximum} tecken.`,
          `${name.en} can be at most ${issue.maximum} characters.`,
        ),
      };
    }
    if (issue.code === "too_small" && issue.origin === "string") {
      return {
        field,
        message: msg(`Fyll i ${name.sv}.`, `Fill in ${name.en}.`),
      };
    }
    if (issue.code === "too_big" && issue.origin === "array") {
      return {
        field,
        message: msg(
          `${name.sv}: högst ${issue.maximum} st.`,
          `${name.en}: at most ${issue.maximum}.`,
        ),
      };
    }
    return {
      field,
      message: msg(`${name.sv} har fel format.`, `${name.en} is not in the right format.`),
    };
  });
}

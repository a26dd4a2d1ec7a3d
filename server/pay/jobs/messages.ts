import type { TemplateProblem } from "../../../core/pay/job-evaluation.ts";
import type { Locale } from "../../platform/i18n.ts";

/**
 * The job evaluation's own validation messages, in the organisation's words: they name the
 * criterion or sub-criterion by the name the organisation gave it, which the shared message
 * catalogue (server/platform/i18n.ts) has no key for yet.
 */
const sv = {
  criteria:
    "Mallen ska ha de fyra kriterierna kunskaper och färdigheter, ansvar, ansträngning och arbetsförhållanden, i den ordningen.",
  criteriaWeights:
    "Kriteriernas vikter ska tillsammans bli 100 procent. Nu blir de {{sum}} procent.",
  subCriteriaWeights:
    "Delkriterierna under ”{{criterion}}” ska tillsammans väga 100 procent. Nu blir de {{sum}} procent.",
  duplicateId: "Två delar av mallen har samma id ({{id}}). Varje del behöver ett eget id.",
  levelCount: "”{{subCriterion}}” under ”{{criterion}}” ska ha mellan 2 och 7 nivåer.",
  levelValues:
    "Nivåerna för ”{{subCriterion}}” under ”{{criterion}}” ska numreras 1, 2, 3 och så vidare, i stigande ordning.",
  unknownSubCriterion:
    "Delkriteriet finns inte i årets mall för arbetsvärdering. Ladda om sidan och värdera igen.",
  level: "Välj en av nivåerna 1–{{max}} för ”{{subCriterion}}”.",
  justificationRequired:
    "Skriv en kort motivering till värderingen när alla delkriterier har fått en nivå.",
};
type Key = keyof typeof sv;

const en: Record<Key, string> = {
  criteria:
    "The template must have the four criteria knowledge and skills, responsibility, effort and working conditions, in that order.",
  criteriaWeights:
    "The weights of the criteria must add up to 100 per cent. Now they add up to {{sum}}.",
  subCriteriaWeights:
    "The sub-criteria under “{{criterion}}” must add up to 100 per cent. Now they add up to {{sum}}.",
  duplicateId: "Two parts of the template have the same id ({{id}}). Each part needs its own id.",
  levelCount: "“{{subCriterion}}” under “{{criterion}}” must have between 2 and 7 levels.",
  levelValues:
    "The levels of “{{subCriterion}}” under “{{criterion}}” must be numbered 1, 2, 3 and so on, in ascending order.",
  unknownSubCriterion:
    "This year's job-evaluation template has no such sub-criterion. Reload the page and evaluate again.",
  level: "Choose one of the levels 1–{{max}} for “{{subCriterion}}”.",
  justificationRequired:
    "Write a short justification for the evaluation once every sub-criterion has a level.",
};

export interface JobFieldProblem {
  path: string;
  key: Key;
  params?: Record<string, string | number>;
}

export function jobMessage(locale: Locale, problem: JobFieldProblem) {
  const template = (locale === "en" ? en : sv)[problem.key];
  const params = problem.params ?? {};
  return {
    path: problem.path,
    message: template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => String(params[name] ?? "")),
  };
}

/** A template problem as a field problem: the path in the request body and its words. */
export function templateFieldProblem(problem: TemplateProblem, locale: Locale): JobFieldProblem {
  const path = ["template", ...problem.path].join(".");
  switch (problem.code) {
    case "criteria":
      return { path, key: "criteria" };
    case "criteriaWeights":
      return { path, key: "criteriaWeights", params: { sum: number(problem.sum, locale) } };
    case "subCriteriaWeights":
      return {
        path,
        key: "subCriteriaWeights",
        params: { criterion: problem.criterion, sum: number(problem.sum, locale) },
      };
    case "duplicateId":
      return { path, key: "duplicateId", params: { id: problem.id } };
    case "levelCount":
    case "levelValues":
      return {
        path,
        key: problem.code,
        params: { criterion: problem.criterion, subCriterion: problem.subCriterion },
      };
  }
}

const number = (value: number, locale: Locale) =>
  value.toLocaleString(locale === "en" ? "en-GB" : "sv-SE", { maximumFractionDigits: 2 });

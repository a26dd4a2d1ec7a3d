import {
  MODEL_SEX,
  type ModelLevel,
  type ModelRows,
  type ModelVariable,
  modelData,
  modelRows,
  modelSpec,
  type PAY,
  type PayModel,
  type PayModelProblem,
  type ReportedCoefficient,
  reportCoefficients,
  type TermKind,
} from "../../../core/pay/models.ts";
import {
  type FemaleCoefficient,
  fitPayGapRegression,
  type GenderEffectOutcome,
  type PayGapRegression,
  PayModelError,
} from "../../../core/pay/regression.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import { type Locale, translate } from "../../platform/i18n.ts";
import type { PayScope } from "../access.ts";
import { loadSurveyBasis, type SurveyRow } from "../indicators/basis.ts";

export interface RegressionReport {
  year: number;
  ownUnitsOnly: boolean;
  k: number;
  model: {
    preset: "standard" | null;
    log: boolean;
    terms: { variable: ModelVariable; kind: TermKind }[];
  };
  fullTimeWeeklyHours: number;
  population: Omit<ModelRows, "groupSizes"> & { employees: number; notes: string[] };
  fit: { n: number; df: number; rSquared: number; adjustedRSquared: number; residualSE: number };
  coefficients: ReportedCoefficient[];
  baselines: { variable: ModelVariable; level: ModelLevel; people: number }[];
  /** Variables a preset left out: one group only, or no different from the others. */
  droppedVariables: DroppedVariable[];
  female: FemaleReport;
  conclusion: string;
}

/** The female coefficient as published; the figures are null when it is hidden. */
export type FemaleReport = {
  hidden: boolean;
  /** A model of pay in kronor has no threshold test: only "significant" or not. */
  outcome: GenderEffectOutcome | "significant" | null;
  /** Kennedy's estimate in per cent (−2.3 = women are paid 2.3 % less); log models only. */
  kennedyPercent: number | null;
} & { [K in Exclude<keyof FemaleCoefficient, "outcome" | "kennedy">]: FemaleCoefficient[K] | null };

export interface DroppedVariable {
  variable: ModelVariable;
  reason: "oneGroup" | "collinear";
}

export type RegressionOutcome =
  | { ok: true; report: RegressionReport }
  | { ok: false; refusal: Refusal; message: string };

/** Which model variables a coefficient column of the engine belongs to. */
function variableOfColumn(name: string): ModelVariable | "female" {
  if (name === "female") return "female";
  return name.replace(/\^2$/, "").replace(/\[.*\]$/, "") as ModelVariable;
}

/**
 * Fits a pay model on the survey's employees within the caller's scope. A preset drops a
 * variable that has one group only (a manager's units may have no managers) or that coincides
 * with the others (every manager in a job of their own); a custom model is refused instead.
 */
export async function runPayModel(
  tenant: TenantDb,
  survey: SurveyRow,
  scope: PayScope,
  model: PayModel,
  options: { preset: "standard" | null; locale: Locale },
): Promise<RegressionOutcome> {
  const basis = await loadSurveyBasis(tenant, survey, scope);
  const data = modelData(basis.data, {
    snapshotYear: Number(survey.snapshot_date.slice(0, 4)),
    fullTimeMonthly: basis.levels.fullTimeMonthly,
    workerCategory: basis.category,
    categories: basis.categories,
    log: model.log,
  });
  // A preset leaves out what cannot be estimated in this data and says so; a chosen model is
  // refused instead, so the user sees why the variable did nothing.
  let fitted = model;
  const dropped: DroppedVariable[] = [];
  let rows = modelRows(data.dataset, fitted);
  let result: PayGapRegression | null = null;
  while (result === null) {
    const refuse = (refusal: Refusal): RegressionOutcome => ({
      ok: false,
      refusal,
      message: refusalMessage(options.locale, refusal, rows.missing),
    });
    try {
      result = fitPayGapRegression(data.dataset, modelSpec(fitted), MODEL_SEX);
    } catch (error) {
      if (!(error instanceof PayModelError)) throw error;
      const details = error.details;
      switch (error.code) {
        case "pay.regression.tooFew":
          return refuse({
            code: "tooFew",
            n: Number(details.n),
            minimum: Number(details.minimum),
          });
        case "pay.regression.oneSex":
          return refuse({
            code: "oneSex",
            n: rows.used,
            women: Number(details.women),
            men: Number(details.men),
          });
        case "pay.regression.collinear": {
          const columns = details.columns as readonly string[];
          const variables = [
            ...new Set(columns.filter((c) => c !== "(Intercept)").map(variableOfColumn)),
          ];
          const others = variables.filter((v): v is ModelVariable => v !== "female");
          if (options.preset !== null && others.length > 0 && others.length === variables.length) {
            for (const variable of others) dropped.push({ variable, reason: "collinear" });
            fitted = {
              ...fitted,
              terms: fitted.terms.filter((term) => !others.includes(term.variable)),
            };
            rows = modelRows(data.dataset, fitted);
            continue;
          }
          return refuse(
            variables.length > 0 ? { code: "collinear", variables } : { code: "unusable" },
          );
        }
        default:
          return refuse({ code: "unusable" });
      }
    }
    const single = result.fit.droppedFactors as ModelVariable[];
    if (options.preset === null && single.length > 0)
      return refuse({ code: "oneGroup", variables: single });
    for (const variable of single) dropped.push({ variable, reason: "oneGroup" });
  }
  const { fit, female } = result;

  const k = survey.min_group_size;
  const { coefficients, baselines } = reportCoefficients(fit, data, rows, k);
  const hidden = coefficients.find((c) => c.term === "female")!.hidden;
  const shown = <T>(value: T) => (hidden ? null : value);
  const { groupSizes: _, ...population } = rows;
  return {
    ok: true,
    report: {
      year: survey.year,
      ownUnitsOnly: scope.unitIds !== null,
      k,
      model: { preset: options.preset, log: model.log, terms: [...model.terms] },
      fullTimeWeeklyHours: basis.levels.fullTimeWeeklyHours,
      population: {
        employees: basis.data.n,
        ...population,
        notes: missingSentences(options.locale, rows.missing),
      },
      fit: {
        n: fit.n,
        df: fit.df,
        rSquared: fit.rSquared,
        adjustedRSquared: fit.adjustedRSquared,
        residualSE: fit.residualSE,
      },
      coefficients,
      baselines,
      droppedVariables: dropped,
      female: {
        hidden,
        outcome: shown(
          model.log ? female.outcome : female.significant ? "significant" : "notSignificant",
        ),
        kennedyPercent: model.log ? shown(female.kennedy * 100) : null,
        delta: shown(female.delta),
        se: shown(female.se),
        t: shown(female.t),
        p: shown(female.p),
        df: female.df,
        significant: shown(female.significant),
        // Logib's 5 % threshold is on the log scale; it means nothing for kronor.
        thresholdT: model.log ? shown(female.thresholdT) : null,
        thresholdCritical: model.log ? female.thresholdCritical : null,
        thresholdP: model.log ? shown(female.thresholdP) : null,
        aboveThreshold: model.log ? shown(female.aboveThreshold) : null,
      },
      conclusion: conclusion(options.locale, hidden ? null : female, { k, log: model.log }),
    },
  };
}

// Sentences about the model, from the platform's message catalogue (pay.regression.*).

type Params = Record<string, string | number>;
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
const number = (locale: Locale, value: number) =>
  value.toLocaleString(locale === "en" ? "en-GB" : "sv-SE");

/** A variable's name as the page gives it. */
export function variableName(locale: Locale, variable: ModelVariable | typeof PAY | "female") {
  return translate(locale, `pay.regression.variable.${variable}`);
}

function list(locale: Locale, names: string[]) {
  return new Intl.ListFormat(locale === "en" ? "en-GB" : "sv-SE", {
    type: "conjunction",
  }).format(names);
}

/** "12 anställda saknar utbildningsår och är inte med." for each variable that left people out. */
export function missingSentences(
  locale: Locale,
  missing: readonly { variable: ModelVariable | typeof PAY; count: number }[],
): string[] {
  return missing.map(({ variable, count }) =>
    translate(locale, "pay.regression.leftOut", {
      count: number(locale, count),
      what: translate(locale, `pay.regression.missing.${variable}`),
    }),
  );
}

/** Why a model was refused: the engine's reason and, for too few people, who was left out. */
export type Refusal =
  | { code: "tooFew"; n: number; minimum: number }
  | { code: "oneSex"; n: number; women: number; men: number }
  | { code: "collinear"; variables: (ModelVariable | "female")[] }
  | { code: "oneGroup"; variables: ModelVariable[] }
  | { code: "unusable" };

export function refusalMessage(
  locale: Locale,
  refusal: Refusal,
  missing: readonly { variable: ModelVariable | typeof PAY; count: number }[],
): string {
  switch (refusal.code) {
    case "tooFew":
      return [
        translate(locale, "pay.regression.tooFew", {
          n: number(locale, refusal.n),
          minimum: number(locale, refusal.minimum),
        }),
        ...missingSentences(locale, missing),
      ].join(" ");
    case "oneSex":
      return translate(locale, "pay.regression.oneSex", {
        n: number(locale, refusal.n),
        sex: translate(locale, refusal.women === 0 ? "pay.regression.men" : "pay.regression.women"),
      });
    case "collinear":
    case "oneGroup":
      return translate(locale, `pay.regression.${refusal.code}`, {
        variables: capitalise(
          list(
            locale,
            refusal.variables.map((v) => variableName(locale, v)),
          ),
        ),
      });
    case "unusable":
      return translate(locale, "pay.regression.unusable");
  }
}

/** A problem with the chosen model as a field problem of the request body. */
export function modelProblemMessage(
  locale: Locale,
  problem: PayModelProblem,
): { path: string; message: string } {
  switch (problem.code) {
    case "noTerms":
      return { path: "terms", message: translate(locale, "pay.regression.noTerms") };
    case "tooManyTerms":
      return {
        path: "terms",
        message: translate(locale, "pay.regression.tooManyTerms", { max: problem.max }),
      };
    case "kind":
    case "duplicate":
      return {
        path: `terms.${problem.index}.kind`,
        message: translate(
          locale,
          problem.code === "kind" ? "pay.regression.kindNotAllowed" : "pay.regression.duplicate",
          {
            variable: capitalise(variableName(locale, problem.variable)),
            kind: translate(locale, `pay.regression.kind.${problem.kind as TermKind}`),
          },
        ),
      };
  }
}

/**
 * The model's answer in two sentences: how large the adjusted gap is and what the tests say.
 * On log pay the gap is Kennedy's per cent; on pay in kronor it is the coefficient itself.
 */
export function conclusion(
  locale: Locale,
  female: FemaleCoefficient | null,
  model: { k: number; log: boolean },
): string {
  const text = (key: string, params: Params = {}) =>
    translate(locale, `pay.regression.conclusion.${key}`, params);
  if (female === null) return text("hidden", { k: model.k });
  const tag = locale === "en" ? "en-GB" : "sv-SE";
  if (!model.log) {
    const amount = Math.round(Math.abs(female.delta)).toLocaleString(tag);
    const sentence = text(female.delta < 0 ? "lessKronor" : "moreKronor", { amount });
    return `${sentence} ${text(female.significant ? "significant" : "notSignificant")}`;
  }
  const percent = Math.abs(female.kennedy * 100).toLocaleString(tag, {
    minimumFractionDigits: 1,
    maximumFractionDigits: 1,
  });
  return `${text(female.kennedy < 0 ? "less" : "more", { percent })} ${text(female.outcome)}`;
}

/**
 * The survey's own fields as the pay survey's analyses use them: pay levels (annual, hourly,
 * full-time monthly), categories of workers (equal-value groups), the variables a regression
 * may use, and the "Logib-like" standard model built from them.
 *
 * Why not Logib's model itself (core/pay/logib.ts): Logib takes the Swiss earnings survey's
 * 8-level training code, a 4-level skill level ("Kompetenzniveau") and a 5-level professional
 * position. A Swedish payroll export has none of them. We have years of education, birth year,
 * hire date, a manager flag and the job with its job evaluation. So the standard model here
 * keeps Logib's form (log of full-time monthly pay, education, service, potential experience
 * and its square, categories for the job's demands and for the position, a female dummy) with
 * our fields in the places of theirs:
 *   - training years → years of education as imported;
 *   - skill level → the job's equal-value group: its value band when the job is evaluated, the
 *     job itself when it is not (the job evaluation scores the demands of the work, which is what
 *     Logib's skill level describes; a job left unevaluated is a group of its own);
 *   - professional position (5 levels) → manager or not (2 levels);
 *   - years of service → whole years from the hire date to the snapshot date (Logib counts
 *     fractions of years);
 *   - age → the snapshot's year minus the birth year.
 * Its result is therefore not comparable with a Logib certificate; it answers the same question
 * with the data a Swedish employer has.
 */
import type { Dataset, ModelSpec, ModelTerm, RegressionFit, SexCoding } from "./regression.ts";
import { FEMALE, MALE } from "./stats.ts";

/** The columns of a survey's employees that the analyses read (server/pay/dataset.ts). */
export interface SurveyColumns {
  n: number;
  /** 1 woman, 2 man. */
  sex: Uint8Array;
  /** Index into `jobs`. */
  job: Int32Array;
  jobs: string[];
  /** Index into `categories` (the imported personnel category); −1 for none. */
  category: Int32Array;
  categories: string[];
  unit: string[];
  /** Per cent of full time. */
  extent: Float64Array;
  /** The post's full-time hours a week; NaN when unknown. */
  weeklyHours: Float64Array;
  /** Per month at the employee's own extent. */
  baseSalary: Float64Array;
  fixedSupplements: Float64Array;
  /** Per year. */
  variablePay: Float64Array;
  manager: Uint8Array;
  birthYear: Float64Array;
  yearsOfService: Float64Array;
  educationYears: Float64Array;
}

// ---------------------------------------------------------------------------------------------
// Pay levels

/** Full-time hours a week when the survey says nothing about working hours. */
export const DEFAULT_WEEKLY_HOURS = 40;

/**
 * The survey's full-time weekly hours: the most common weekly hours among employees whose
 * hours are known (the highest on ties, as Logib does), else 40.
 */
export function fullTimeWeeklyHours(counts: readonly { hours: number; count: number }[]): number {
  let best = Number.NaN;
  let bestCount = 0;
  for (const { hours, count } of counts) {
    if (!(hours > 0)) continue;
    if (count > bestCount || (count === bestCount && hours > best)) {
      best = hours;
      bestCount = count;
    }
  }
  return bestCount > 0 ? best : DEFAULT_WEEKLY_HOURS;
}

/** Each employee's pay on the levels the analyses use; same order as the columns. */
export interface PayLevels {
  /** The full-time weekly hours used where an employee's own are unknown. */
  fullTimeWeeklyHours: number;
  /** How many employees had no weekly hours of their own. */
  assumedHours: number;
  /** 12 × (base salary + fixed supplements): ordinary pay for a year, at the own extent. */
  baseAnnual: Float64Array;
  /** Variable pay for the year. */
  variableAnnual: Float64Array;
  /** Annual pay: base + variable (EU 2023/970 Art. 3(1) "gross annual pay"). */
  annual: Float64Array;
  /** Annual pay divided by the hours paid for in a year: weekly hours × 52 × extent / 100. */
  hourly: Float64Array;
  baseHourly: Float64Array;
  variableHourly: Float64Array;
  /**
   * Monthly pay standardised to full time, as Logib does: annual pay / 12 divided by the
   * full-time equivalent (own weekly hours × extent) / (100 × the survey's full-time hours).
   */
  fullTimeMonthly: Float64Array;
}

export function payLevels(columns: SurveyColumns, fullTimeHours: number): PayLevels {
  const { n } = columns;
  const baseAnnual = new Float64Array(n);
  const variableAnnual = new Float64Array(n);
  const annual = new Float64Array(n);
  const hourly = new Float64Array(n);
  const baseHourly = new Float64Array(n);
  const variableHourly = new Float64Array(n);
  const fullTimeMonthly = new Float64Array(n);
  let assumedHours = 0;
  for (let i = 0; i < n; i++) {
    const own = columns.weeklyHours[i]!;
    const known = own > 0;
    if (!known) assumedHours++;
    const weekly = known ? own : fullTimeHours;
    const extent = columns.extent[i]!;
    const base = 12 * (columns.baseSalary[i]! + columns.fixedSupplements[i]!);
    const variable = columns.variablePay[i]!;
    const hours = (weekly * 52 * extent) / 100;
    baseAnnual[i] = base;
    variableAnnual[i] = variable;
    annual[i] = base + variable;
    hourly[i] = (base + variable) / hours;
    baseHourly[i] = base / hours;
    variableHourly[i] = variable / hours;
    fullTimeMonthly[i] = (base + variable) / 12 / ((weekly * extent) / (100 * fullTimeHours));
  }
  return {
    fullTimeWeeklyHours: fullTimeHours,
    assumedHours,
    baseAnnual,
    variableAnnual,
    annual,
    hourly,
    baseHourly,
    variableHourly,
    fullTimeMonthly,
  };
}

// ---------------------------------------------------------------------------------------------
// Categories of workers

/** A category of workers (EU 2023/970 Art. 3(1)(h)): a value band, or one unevaluated job. */
export type WorkerCategory =
  | { readonly kind: "band"; readonly band: number }
  | { readonly kind: "job"; readonly job: string };

/**
 * Equal-value groups: jobs whose evaluated value falls in the same band are work of equal
 * value; a job without an evaluation is a category of its own. Bands come first (lowest
 * first), then the unevaluated jobs in the order of `jobs`.
 */
export function workerCategories(
  jobs: readonly string[],
  /** The value band of each job of `jobs`; null when the job is not evaluated. */
  jobBands: readonly (number | null)[],
  jobOfEmployee: Int32Array,
): { categories: WorkerCategory[]; category: Int32Array } {
  const bands = [...new Set(jobBands.filter((b): b is number => b !== null))].sort((a, b) => a - b);
  const categories: WorkerCategory[] = bands.map((band) => ({ kind: "band", band }));
  const bandIndex = new Map(bands.map((band, i) => [band, i]));
  const ofJob = jobs.map((job, j) => {
    const band = jobBands[j] ?? null;
    if (band !== null) return bandIndex.get(band)!;
    categories.push({ kind: "job", job });
    return categories.length - 1;
  });
  return { categories, category: Int32Array.from(jobOfEmployee, (j) => ofJob[j]!) };
}

// ---------------------------------------------------------------------------------------------
// Regression variables and models

/** The variables a pay model may use, and whether each is a number or a set of groups. */
export const MODEL_VARIABLES = {
  educationYears: "numeric",
  yearsOfService: "numeric",
  age: "numeric",
  experience: "numeric",
  extent: "numeric",
  manager: "categorical",
  job: "categorical",
  valueBand: "categorical",
  category: "categorical",
  unit: "categorical",
} as const;
export type ModelVariable = keyof typeof MODEL_VARIABLES;
export const MODEL_VARIABLE_IDS = Object.keys(MODEL_VARIABLES) as ModelVariable[];

/** How a variable enters: as a number, as its square, or one dummy per group but the first. */
export type TermKind = "numeric" | "squared" | "categorical";
export const TERM_KINDS: readonly TermKind[] = ["numeric", "squared", "categorical"];

export interface PayModelTerm {
  readonly variable: ModelVariable;
  readonly kind: TermKind;
}

export interface PayModel {
  /** Model the logarithm of pay (coefficients then read as per cent differences). */
  readonly log: boolean;
  readonly terms: readonly PayModelTerm[];
}

/** A number may enter as itself and as its square; groups only as groups. */
export const termKinds = (variable: ModelVariable): TermKind[] =>
  MODEL_VARIABLES[variable] === "numeric" ? ["numeric", "squared"] : ["categorical"];

/** The Logib-like standard model (see the top of this file). */
export const STANDARD_MODEL: PayModel = {
  log: true,
  terms: [
    { variable: "educationYears", kind: "numeric" },
    { variable: "yearsOfService", kind: "numeric" },
    { variable: "experience", kind: "numeric" },
    { variable: "experience", kind: "squared" },
    { variable: "valueBand", kind: "categorical" },
    { variable: "manager", kind: "categorical" },
  ],
};

/** At most this many terms in a custom model; a longer list is a mistake, not a model. */
export const MAX_TERMS = 20;

export type PayModelProblem =
  | { code: "noTerms" }
  | { code: "tooManyTerms"; max: number }
  | { code: "kind"; index: number; variable: ModelVariable; kind: TermKind }
  | { code: "duplicate"; index: number; variable: ModelVariable; kind: TermKind };

/** What is wrong with a chosen model before any data is looked at; empty when it can be run. */
export function checkPayModel(model: PayModel): PayModelProblem[] {
  if (model.terms.length === 0) return [{ code: "noTerms" }];
  if (model.terms.length > MAX_TERMS) return [{ code: "tooManyTerms", max: MAX_TERMS }];
  const problems: PayModelProblem[] = [];
  const seen = new Set<string>();
  model.terms.forEach(({ variable, kind }, index) => {
    if (!termKinds(variable).includes(kind)) problems.push({ code: "kind", index, variable, kind });
    const key = `${variable}:${kind}`;
    if (seen.has(key)) problems.push({ code: "duplicate", index, variable, kind });
    seen.add(key);
  });
  return problems;
}

/** The response column: full-time monthly pay. */
export const PAY = "pay";
export const MODEL_SEX: SexCoding = { variable: "sex", female: FEMALE, male: MALE };

export function modelSpec(model: PayModel): ModelSpec {
  return {
    response: PAY,
    logResponse: model.log,
    terms: model.terms.map(
      ({ variable, kind }): ModelTerm =>
        kind === "squared" ? { kind: "square", variable } : { kind, variable },
    ),
  };
}

/** A group of a categorical variable, as a person would name it. */
export type ModelLevel =
  | { readonly kind: "band"; readonly band: number }
  | { readonly kind: "job"; readonly job: string }
  | { readonly kind: "name"; readonly name: string }
  | { readonly kind: "manager"; readonly manager: boolean };

export interface ModelData {
  dataset: Dataset;
  /** The group a categorical variable's code stands for. */
  levelOf(variable: ModelVariable, code: number): ModelLevel;
}

/**
 * The model's columns, one value per employee (NaN where unknown). Categorical variables are
 * integer codes, so their groups sort in a sensible order and the first is the baseline: the
 * lowest value band, "not a manager", the first job, category and unit by name.
 */
export function modelData(
  columns: SurveyColumns,
  options: {
    /** Ages are counted to the snapshot's year. */
    snapshotYear: number;
    fullTimeMonthly: Float64Array;
    /** Each employee's category of workers (index into `categories`). */
    workerCategory: Int32Array;
    categories: readonly WorkerCategory[];
    /** Leave out pay ≤ 0 (its logarithm does not exist). */
    log: boolean;
  },
): ModelData {
  const { n } = columns;
  const age = new Float64Array(n);
  const experience = new Float64Array(n);
  const pay = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    age[i] = options.snapshotYear - columns.birthYear[i]!;
    // Potential experience (Logib): years since education ended at the earliest, from age 6.
    experience[i] = Math.max(0, age[i]! - columns.educationYears[i]! - 6);
    if (Number.isNaN(age[i]!) || Number.isNaN(columns.educationYears[i]!))
      experience[i] = Number.NaN;
    const p = options.fullTimeMonthly[i]!;
    pay[i] = options.log && !(p > 0) ? Number.NaN : p;
  }
  const units = [...new Set(columns.unit.filter((u) => u.trim() !== ""))].sort((a, b) =>
    a.localeCompare(b, "sv"),
  );
  const unitIndex = new Map(units.map((u, i) => [u, i]));
  const dataset: Dataset = {
    [PAY]: pay,
    sex: columns.sex,
    educationYears: columns.educationYears,
    yearsOfService: columns.yearsOfService,
    age,
    experience,
    extent: columns.extent,
    manager: columns.manager,
    job: columns.job,
    valueBand: options.workerCategory,
    category: Float64Array.from(columns.category, (c) => (c < 0 ? Number.NaN : c)),
    unit: Float64Array.from(columns.unit, (u) => unitIndex.get(u) ?? Number.NaN),
  };
  return {
    dataset,
    levelOf(variable, code) {
      switch (variable) {
        case "manager":
          return { kind: "manager", manager: code === 1 };
        case "job":
          return { kind: "job", job: columns.jobs[code]! };
        case "valueBand": {
          const category = options.categories[code]!;
          return category.kind === "band"
            ? { kind: "band", band: category.band }
            : { kind: "job", job: category.job };
        }
        case "category":
          return { kind: "name", name: columns.categories[code]! };
        case "unit":
          return { kind: "name", name: units[code]! };
        default:
          throw new Error(`${variable} has no groups`);
      }
    },
  };
}

/** Who a model can use: employees with a value in every variable, the rest counted per reason. */
export interface ModelRows {
  used: number;
  excluded: number;
  women: number;
  men: number;
  /** Employees without a value, per variable (one employee may lack several). */
  missing: { variable: ModelVariable | typeof PAY; count: number }[];
  /** People per group of each categorical variable, among those used. */
  groupSizes: Map<ModelVariable, Map<number, number>>;
}

const isValue = (value: unknown) => typeof value === "number" && Number.isFinite(value);

/** The same rule as the regression engine: a row is used when every model variable has a value. */
export function modelRows(dataset: Dataset, model: PayModel): ModelRows {
  const variables = [...new Set(model.terms.map((t) => t.variable))];
  const columns = [PAY, ...variables].map((name) => dataset[name]!);
  const pay = dataset[PAY]!;
  const sex = dataset.sex!;
  const missing = new Float64Array(columns.length);
  const groupSizes = new Map<ModelVariable, Map<number, number>>();
  const categorical = variables.filter((v) =>
    model.terms.some((t) => t.variable === v && t.kind === "categorical"),
  );
  for (const v of categorical) groupSizes.set(v, new Map());
  let used = 0;
  let women = 0;
  let men = 0;
  for (let i = 0; i < pay.length; i++) {
    let ok = sex[i] === FEMALE || sex[i] === MALE;
    for (let c = 0; c < columns.length; c++) {
      if (!isValue(columns[c]![i])) {
        missing[c]!++;
        ok = false;
      }
    }
    if (!ok) continue;
    used++;
    if (sex[i] === FEMALE) women++;
    else men++;
    for (const v of categorical) {
      const sizes = groupSizes.get(v)!;
      const code = dataset[v]![i] as number;
      sizes.set(code, (sizes.get(code) ?? 0) + 1);
    }
  }
  return {
    used,
    excluded: pay.length - used,
    women,
    men,
    missing: [PAY, ...variables]
      .map((variable, c) => ({
        variable: variable as ModelVariable | typeof PAY,
        count: missing[c]!,
      }))
      .filter((m) => m.count > 0),
    groupSizes,
  };
}

/** A coefficient as published: the figures are hidden when its group is smaller than k. */
export interface ReportedCoefficient {
  /** "(Intercept)", "educationYears", "experience^2", "valueBand[3]", "female". */
  name: string;
  term: "intercept" | "female" | TermKind;
  variable: ModelVariable | null;
  level: ModelLevel | null;
  /** People in the group (categorical levels only). */
  people: number | null;
  estimate: number | null;
  se: number | null;
  t: number | null;
  p: number | null;
  hidden: boolean;
}

/**
 * The coefficients of a fit as they may be published: a dummy for a group of fewer than k
 * people is hidden (it is close to those people's own pay), so is the intercept when a
 * baseline group is that small (the intercept is then about them), and so is the female
 * coefficient when fewer than k women or men are in the model.
 */
export function reportCoefficients(
  fit: RegressionFit,
  data: ModelData,
  rows: ModelRows,
  k: number,
): {
  coefficients: ReportedCoefficient[];
  baselines: { variable: ModelVariable; level: ModelLevel; people: number }[];
} {
  const small = (people: number) => people > 0 && people < k;
  const baselines = [...rows.groupSizes].flatMap(([variable, sizes]) => {
    if (sizes.size < 2) return [];
    const code = Math.min(...sizes.keys());
    return [{ variable, level: data.levelOf(variable, code), people: sizes.get(code)! }];
  });
  const smallBaseline = baselines.some((b) => small(b.people));
  const coefficients = fit.coefficients.map((c): ReportedCoefficient => {
    const variable = (c.variable ?? null) as ModelVariable | null;
    let term: ReportedCoefficient["term"];
    let level: ModelLevel | null = null;
    let people: number | null = null;
    if (c.kind === "intercept") term = "intercept";
    else if (c.kind === "indicator") term = "female";
    else if (c.kind === "square") term = "squared";
    else if (c.kind === "categorical") {
      term = "categorical";
      const code = Number(c.level);
      level = data.levelOf(variable!, code);
      people = rows.groupSizes.get(variable!)?.get(code) ?? 0;
    } else term = "numeric";
    const hidden =
      (people !== null && small(people)) ||
      (term === "intercept" && smallBaseline) ||
      (term === "female" && (small(rows.women) || small(rows.men)));
    return {
      name: c.name,
      term,
      variable: term === "female" || term === "intercept" ? null : variable,
      level,
      people,
      estimate: hidden ? null : c.estimate,
      se: hidden ? null : c.se,
      t: hidden ? null : c.t,
      p: hidden ? null : c.p,
      hidden,
    };
  });
  return { coefficients, baselines };
}

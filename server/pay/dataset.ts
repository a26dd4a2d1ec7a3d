import { sql } from "kysely";
import type { Db } from "../platform/db/database.ts";
import type { PayScope } from "./access.ts";

/**
 * A survey's employees as typed arrays, one entry per employee in the same order in every
 * array: the shape the pay engine in core/pay works on. Read with one query of column arrays
 * (not one object per employee), and kept for the last few surveys asked for, because the
 * analysis pages ask for the same survey again and again while it does not change.
 */
export interface SurveyData {
  n: number;
  /** Pseudonymous keys, for the per-person views of those entitled to them. */
  keys: string[];
  /** 1 woman, 2 man (core/pay/stats.ts). */
  sex: Uint8Array;
  /** Index into `jobs`. */
  job: Int32Array;
  jobs: string[];
  /** Index into `categories`; -1 for none. */
  category: Int32Array;
  categories: string[];
  unit: string[];
  unitId: (string | null)[];
  /** Per cent of full time, 0 < extent ≤ 100. */
  extent: Float64Array;
  /** NaN when unknown. */
  weeklyHours: Float64Array;
  baseSalary: Float64Array;
  fixedSupplements: Float64Array;
  /** Per year. */
  variablePay: Float64Array;
  manager: Uint8Array;
  temporary: Uint8Array;
  /** NaN when unknown. */
  birthYear: Float64Array;
  /** Whole years employed at the snapshot date; NaN when unknown. */
  yearsOfService: Float64Array;
  /** NaN when unknown. */
  educationYears: Float64Array;
  parentalLeaveDays: Int32Array;
  sickLeaveDays: Int32Array;
}

interface ColumnArrays {
  keys: string[] | null;
  sex: number[] | null;
  job: string[] | null;
  category: (string | null)[] | null;
  unit: string[] | null;
  unit_id: (string | null)[] | null;
  extent: number[] | null;
  weekly_hours: (number | null)[] | null;
  base_salary: number[] | null;
  fixed_supplements: number[] | null;
  variable_pay: number[] | null;
  manager: boolean[] | null;
  temporary: boolean[] | null;
  birth_year: (number | null)[] | null;
  service: (number | null)[] | null;
  education_years: (number | null)[] | null;
  parental_leave_days: number[] | null;
  sick_leave_days: number[] | null;
}

const cache = new Map<string, SurveyData>();
const CACHE_SIZE = 4;

/** The survey's employees within the caller's scope (a manager: their units only). */
export async function loadSurveyData(
  db: Db,
  survey: { id: string; organisation_id: string; version: number; snapshot_date: string },
  scope: Pick<PayScope, "unitIds">,
): Promise<SurveyData> {
  const scopeKey = scope.unitIds === null ? "all" : [...scope.unitIds].sort().join(",");
  const key = `${survey.id}:${survey.version}:${scopeKey}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  if (scope.unitIds !== null && scope.unitIds.length === 0) return remember(key, empty());
  const unitFilter =
    scope.unitIds === null ? sql`` : sql`and unit_id in (${sql.join(scope.unitIds)})`;
  // One sort for all the columns (each `array_agg(… order by …)` would sort on its own), in
  // byte order: the keys are ASCII, and a locale's collation costs several times as much.
  // The aggregates of one query read the same rows in the same order, so the arrays always
  // line up.
  const result = await sql<ColumnArrays>`
    select
      array_agg(employee_key) as keys,
      array_agg(sex) as sex,
      array_agg(job) as job,
      array_agg(category) as category,
      array_agg(unit) as unit,
      array_agg(unit_id) as unit_id,
      array_agg(extent) as extent,
      array_agg(weekly_hours) as weekly_hours,
      array_agg(base_salary) as base_salary,
      array_agg(fixed_supplements) as fixed_supplements,
      array_agg(variable_pay) as variable_pay,
      array_agg(manager) as manager,
      array_agg(employment_type = 'temporary') as temporary,
      array_agg(birth_year) as birth_year,
      array_agg(
        case when hire_date is null then null
        else extract(year from age(${survey.snapshot_date}::date, hire_date))::float8 end
      ) as service,
      array_agg(education_years) as education_years,
      array_agg(parental_leave_days) as parental_leave_days,
      array_agg(sick_leave_days) as sick_leave_days
    from (
      select * from pay_employees
      where organisation_id = ${survey.organisation_id} and survey_id = ${survey.id} ${unitFilter}
      order by employee_key collate "C"
    ) as employees
  `.execute(db);
  const row = result.rows[0];
  if (!row?.keys) return remember(key, empty());
  const jobs = [...new Set(row.job!)].sort((a, b) => a.localeCompare(b, "sv"));
  const jobIndex = new Map(jobs.map((name, i) => [name, i]));
  const categories = [...new Set(row.category!.filter((c): c is string => c !== null))].sort(
    (a, b) => a.localeCompare(b, "sv"),
  );
  const categoryIndex = new Map(categories.map((name, i) => [name, i]));
  const orNaN = (values: (number | null)[]) =>
    Float64Array.from(values, (v) => (v === null ? Number.NaN : Number(v)));
  return remember(key, {
    n: row.keys.length,
    keys: row.keys,
    sex: Uint8Array.from(row.sex!),
    job: Int32Array.from(row.job!, (name) => jobIndex.get(name)!),
    jobs,
    category: Int32Array.from(row.category!, (c) => (c === null ? -1 : categoryIndex.get(c)!)),
    categories,
    unit: row.unit!,
    unitId: row.unit_id!,
    extent: Float64Array.from(row.extent!),
    weeklyHours: orNaN(row.weekly_hours!),
    baseSalary: Float64Array.from(row.base_salary!),
    fixedSupplements: Float64Array.from(row.fixed_supplements!),
    variablePay: Float64Array.from(row.variable_pay!),
    manager: Uint8Array.from(row.manager!, Number),
    temporary: Uint8Array.from(row.temporary!, Number),
    birthYear: orNaN(row.birth_year!),
    yearsOfService: orNaN(row.service!),
    educationYears: orNaN(row.education_years!),
    parentalLeaveDays: Int32Array.from(row.parental_leave_days!),
    sickLeaveDays: Int32Array.from(row.sick_leave_days!),
  });
}

const derivedFrom = new WeakMap<SurveyData, Map<string, unknown>>();

/**
 * What is computed from a loaded survey alone (pay per job, pay levels …), kept with it: the
 * data set is only replaced when the survey changes, so neither is the derived value.
 */
export function derive<T>(data: SurveyData, key: string, compute: () => T): T {
  let values = derivedFrom.get(data);
  if (!values) {
    values = new Map();
    derivedFrom.set(data, values);
  }
  if (!values.has(key)) values.set(key, compute());
  return values.get(key) as T;
}

function remember(key: string, data: SurveyData): SurveyData {
  cache.set(key, data);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return data;
}

function empty(): SurveyData {
  return {
    n: 0,
    keys: [],
    sex: new Uint8Array(0),
    job: new Int32Array(0),
    jobs: [],
    category: new Int32Array(0),
    categories: [],
    unit: [],
    unitId: [],
    extent: new Float64Array(0),
    weeklyHours: new Float64Array(0),
    baseSalary: new Float64Array(0),
    fixedSupplements: new Float64Array(0),
    variablePay: new Float64Array(0),
    manager: new Uint8Array(0),
    temporary: new Uint8Array(0),
    birthYear: new Float64Array(0),
    yearsOfService: new Float64Array(0),
    educationYears: new Float64Array(0),
    parentalLeaveDays: new Int32Array(0),
    sickLeaveDays: new Int32Array(0),
  };
}

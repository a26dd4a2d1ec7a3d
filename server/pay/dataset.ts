import { FEMALE, MALE } from "../../core/pay/stats.ts";
import type { TenantDb } from "../platform/db/tenant.ts";
import type { PayScope } from "./access.ts";
import { scopeKey } from "./cache.ts";
import { type EmployeeColumns, onEmployeesChanged, readEmployees } from "./employees.ts";

/**
 * A survey's employees as typed arrays, one entry per employee in the same order in every
 * array, in the order of the import: the shape the pay engine in core/pay works on, read from
 * the stored column chunks (employees.ts). Kept for the last few surveys asked for, because
 * the analysis pages ask for the same survey again and again while it does not change.
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

const cache = new Map<string, SurveyData>();
const CACHE_SIZE = 4;

onEmployeesChanged((surveyId) => {
  for (const key of [...cache.keys()]) if (key.startsWith(`${surveyId}:`)) cache.delete(key);
});

/** The survey's employees within the caller's scope (a manager: their units only). */
export async function loadSurveyData(
  tenant: TenantDb,
  survey: { id: string; version: number; snapshot_date: string },
  scope: Pick<PayScope, "unitIds">,
): Promise<SurveyData> {
  const key = `${survey.id}:${survey.version}:${scopeKey(scope)}`;
  const cached = cache.get(key);
  if (cached) {
    cache.delete(key);
    cache.set(key, cached);
    return cached;
  }
  if (scope.unitIds !== null && scope.unitIds.length === 0) return remember(key, empty());
  if (scope.unitIds !== null) {
    const whole = await loadSurveyData(tenant, survey, { unitIds: null });
    return remember(key, within(whole, new Set(scope.unitIds)));
  }
  const columns = await readEmployees(tenant, survey.id);
  return remember(key, surveyData(columns, survey.snapshot_date));
}

/** The stored columns in the engine's shape: jobs and categories in Swedish order. */
function surveyData(c: EmployeeColumns, snapshotDate: string): SurveyData {
  const n = c.n;
  const { names: jobs, codes: job } = sortedText(c.job);
  const { names: categories, codes: category } = sortedText(c.category);
  const perEmployee = (column: EmployeeColumns["unit"]) =>
    Array.from({ length: n }, (_, i) => {
      const code = column.codes[i]!;
      return code < 0 ? null : column.values[code]!;
    });
  // Whole years of service at the snapshot date, as yyyymmdd numbers subtract.
  const snapshot = Number(snapshotDate.replaceAll("-", ""));
  const yearsOfService = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const hired = c.hireDate[i]!;
    yearsOfService[i] = hired === 0 ? Number.NaN : Math.floor((snapshot - hired) / 10_000);
  }
  return {
    n,
    keys: c.keys,
    sex: c.sex,
    job,
    jobs,
    category,
    categories,
    unit: perEmployee(c.unit) as string[],
    unitId: perEmployee(c.unitId),
    extent: c.extent,
    weeklyHours: c.weeklyHours,
    baseSalary: c.baseSalary,
    fixedSupplements: c.fixedSupplements,
    variablePay: c.variablePay,
    manager: c.manager,
    temporary: c.temporary,
    birthYear: c.birthYear,
    yearsOfService,
    educationYears: c.educationYears,
    parentalLeaveDays: c.parentalLeaveDays,
    sickLeaveDays: c.sickLeaveDays,
  };
}

/** A text column as names in Swedish order and each employee's index into them (-1: none). */
function sortedText(column: EmployeeColumns["job"]): { names: string[]; codes: Int32Array } {
  const names = [...new Set(column.values.filter((v): v is string => v !== null))].sort((a, b) =>
    a.localeCompare(b, "sv"),
  );
  const index = new Map(names.map((name, i) => [name, i]));
  const recode = column.values.map((value) => (value === null ? -1 : index.get(value)!));
  return { names, codes: column.codes.map((code) => (code < 0 ? -1 : recode[code]!)) };
}

/** The employees of the given units, with the jobs and categories that occur among them. */
function within(data: SurveyData, unitIds: ReadonlySet<string>): SurveyData {
  const picked: number[] = [];
  for (let i = 0; i < data.n; i++) {
    const unit = data.unitId[i];
    if (unit != null && unitIds.has(unit)) picked.push(i);
  }
  const pick = <A extends Float64Array | Int32Array | Uint8Array>(a: A): A => {
    const out = new (a.constructor as new (length: number) => A)(picked.length);
    for (let j = 0; j < picked.length; j++) out[j] = a[picked[j]!]!;
    return out;
  };
  const recode = (codes: Int32Array, names: string[]) => {
    const used = [...new Set(picked.map((i) => codes[i]!).filter((code) => code >= 0))].sort(
      (a, b) => a - b,
    );
    const index = new Map(used.map((code, j) => [code, j]));
    return {
      names: used.map((code) => names[code]!),
      codes: Int32Array.from(picked, (i) => (codes[i]! < 0 ? -1 : index.get(codes[i]!)!)),
    };
  };
  const jobs = recode(data.job, data.jobs);
  const categories = recode(data.category, data.categories);
  return {
    n: picked.length,
    keys: picked.map((i) => data.keys[i]!),
    sex: pick(data.sex),
    job: jobs.codes,
    jobs: jobs.names,
    category: categories.codes,
    categories: categories.names,
    unit: picked.map((i) => data.unit[i]!),
    unitId: picked.map((i) => data.unitId[i]!),
    extent: pick(data.extent),
    weeklyHours: pick(data.weeklyHours),
    baseSalary: pick(data.baseSalary),
    fixedSupplements: pick(data.fixedSupplements),
    variablePay: pick(data.variablePay),
    manager: pick(data.manager),
    temporary: pick(data.temporary),
    birthYear: pick(data.birthYear),
    yearsOfService: pick(data.yearsOfService),
    educationYears: pick(data.educationYears),
    parentalLeaveDays: pick(data.parentalLeaveDays),
    sickLeaveDays: pick(data.sickLeaveDays),
  };
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

/** Women and men per job name in the data set. */
export function jobHeadcounts(data: SurveyData): Map<string, { women: number; men: number }> {
  return derive(data, "jobHeadcounts", () => {
    const counts = data.jobs.map(() => ({ women: 0, men: 0 }));
    for (let i = 0; i < data.n; i++) {
      const entry = counts[data.job[i]!]!;
      if (data.sex[i] === FEMALE) entry.women++;
      else if (data.sex[i] === MALE) entry.men++;
    }
    return new Map(data.jobs.map((name, j) => [name, counts[j]!]));
  });
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

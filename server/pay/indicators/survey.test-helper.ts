import { DEFAULT_EVALUATION_TEMPLATE, subCriteriaOf } from "../../../core/pay/job-evaluation.ts";
import type { FEMALE, MALE } from "../../../core/pay/stats.ts";
import type { Db } from "../../platform/db/database.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";

/**
 * Hand-made pay surveys for the regression and indicator tests: groups of employees whose
 * fields vary from person to person by fixed rules, so a model has something to explain and
 * the tests can compute every expected figure from the same rows.
 */

export interface Group {
  unit: string;
  unitId: string | null;
  job: string;
  sex: typeof FEMALE | typeof MALE;
  count: number;
  /** Full-time monthly base salary of the group's first person. */
  pay: number;
  education: number;
  /** Every n-th person (from the last) lacks years of education. */
  missingEducationEvery?: number;
  category?: string | null;
  /** Who leads: everyone, nobody, or (by default) the first of a group of more than three. */
  managers?: "all" | "none";
}

export interface Employee {
  key: string;
  sex: number;
  unit: string;
  unitId: string | null;
  job: string;
  category: string | null;
  birthYear: number;
  hireDate: string;
  educationYears: number | null;
  extent: number;
  weeklyHours: number | null;
  /** Monthly, at the own extent. */
  baseSalary: number;
  fixedSupplements: number;
  /** Per year. */
  variablePay: number;
  manager: boolean;
}

const EXTENTS = [100, 100, 80, 75, 100, 50];

/** The rows of the groups, person by person; `salt` varies them between surveys. */
export function employeesOf(groups: readonly Group[], salt: number): Employee[] {
  let key = 0;
  return groups.flatMap((g, gi) =>
    Array.from({ length: g.count }, (_, i): Employee => {
      const extent = EXTENTS[(i + gi + salt) % EXTENTS.length]!;
      const education =
        g.missingEducationEvery && (i + 1) % g.missingEducationEvery === 0
          ? null
          : g.education + ((i + salt) % 3);
      const fullTime = g.pay + ((i * 173 + gi * 61 + salt * 29) % 2100) + (education ?? 0) * 90;
      return {
        key: `s${salt}-${String(++key).padStart(3, "0")}`,
        sex: g.sex,
        unit: g.unit,
        unitId: g.unitId,
        job: g.job,
        category: g.category === undefined ? "Kommunal" : g.category,
        birthYear: 1962 + ((i * 11 + gi * 7 + salt) % 38),
        hireDate: `${1998 + ((i * 5 + gi * 3 + salt) % 26)}-0${1 + (i % 9)}-15`,
        educationYears: education,
        extent,
        weeklyHours: i % 7 === 3 ? null : i % 4 === 2 ? 38.25 : 40,
        baseSalary: Math.round((fullTime * extent) / 100),
        fixedSupplements: i % 3 === 0 ? 650 : 0,
        variablePay: i % 4 === 1 ? 4000 + ((i * 379 + gi * 97) % 9000) : 0,
        manager: g.managers ? g.managers === "all" : i === 0 && g.count > 3,
      };
    }),
  );
}

/** Levels for every sub-criterion of the default template; the same levels give the same value. */
export function scoresAt(level: number) {
  return Object.fromEntries(
    subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).map(({ sub, maxLevel }) => [
      sub.id,
      Math.min(level, maxLevel),
    ]),
  );
}

/** Creates a survey with its employees and jobs; jobs without scores stay unevaluated. */
export async function insertSurvey(
  db: Db,
  organisationId: string,
  year: number,
  employees: readonly Employee[],
  scores: Record<string, Record<string, number>> = {},
  settings: { minGroupSize?: number } = {},
) {
  const tenant = forOrganisation(db, organisationId);
  const { id } = await tenant
    .insertInto("pay_surveys")
    .values({
      organisation_id: organisationId,
      year,
      snapshot_date: `${year}-09-01`,
      evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
      employee_count: employees.length,
      ...(settings.minGroupSize ? { min_group_size: settings.minGroupSize } : {}),
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  if (employees.length > 0)
    await tenant
      .insertInto("pay_employees")
      .values(
        employees.map((e) => ({
          organisation_id: organisationId,
          survey_id: id,
          employee_key: e.key,
          sex: e.sex,
          birth_year: e.birthYear,
          unit: e.unit,
          unit_id: e.unitId,
          job: e.job,
          category: e.category,
          extent: e.extent,
          weekly_hours: e.weeklyHours,
          base_salary: e.baseSalary,
          fixed_supplements: e.fixedSupplements,
          variable_pay: e.variablePay,
          manager: e.manager,
          hire_date: e.hireDate,
          education_years: e.educationYears,
        })),
      )
      .execute();
  const jobs = [...new Set(employees.map((e) => e.job))];
  if (jobs.length > 0)
    await tenant
      .insertInto("pay_jobs")
      .values(
        jobs.map((name) => ({
          organisation_id: organisationId,
          survey_id: id,
          name,
          scores: JSON.stringify(scores[name] ?? {}),
        })),
      )
      .execute();
  return id;
}

/** The survey's full-time weekly hours as the page defines them: the most common, highest on ties. */
export function modeOfWeeklyHours(employees: readonly Employee[]): number {
  const counts = new Map<number, number>();
  for (const e of employees)
    if (e.weeklyHours !== null) counts.set(e.weeklyHours, (counts.get(e.weeklyHours) ?? 0) + 1);
  let best = 40;
  let bestCount = 0;
  for (const [hours, count] of counts)
    if (count > bestCount || (count === bestCount && hours > best)) {
      best = hours;
      bestCount = count;
    }
  return best;
}

/** Whole years from the hire date to the snapshot date. */
export function wholeYears(from: string, to: string): number {
  const [fy, fm, fd] = from.split("-").map(Number) as [number, number, number];
  const [ty, tm, td] = to.split("-").map(Number) as [number, number, number];
  return ty - fy - (tm < fm || (tm === fm && td < fd) ? 1 : 0);
}

import {
  DEFAULT_EVALUATION_TEMPLATE,
  type JobScores,
  subCriteriaOf,
} from "../../core/pay/job-evaluation.ts";
import { FEMALE, MALE } from "../../core/pay/stats.ts";
import type { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { createMember, createOrganisation, signedInClient, type TestApp } from "../test/harness.ts";
import { type EmployeeRecord, readEmployees, saveEmployees, toRecords } from "./employees.ts";
import { syncJobs } from "./jobs/service.ts";

/**
 * Test data for the pay survey's HTTP tests, in one place:
 * - employeesOf and insertSurvey: surveys of groups whose fields vary from person to person by
 *   fixed rules, so a model has something to explain and a test can compute every expected
 *   figure from the same rows (regression, indicators); schoolGroups is the survey both use.
 * - seedSurveys: two small surveys written out person by person (comparisons, pay measures).
 * - otherOrganisation: someone of another organisation, to show that nothing crosses over.
 */

type Organisation = Awaited<ReturnType<typeof cycleOrganisation>>;

/** Every sub-criterion of the default template at `level` (or its highest level). */
export const scoresAt = (level: number): JobScores =>
  Object.fromEntries(
    subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).map(({ sub, maxLevel }) => [
      sub.id,
      Math.min(level, maxLevel),
    ]),
  );

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

/** Job values of schoolGroups: Förskollärare and Lärare equal, Undersköterska lower, Vaktmästare not evaluated. */
export const SCHOOL_SCORES = {
  Förskollärare: scoresAt(3),
  Lärare: scoresAt(3),
  Undersköterska: scoresAt(2),
};

/**
 * The 2026 survey of the regression and indicator tests, in cycleOrganisation's units: 80
 * people in four jobs, with a small group of men among the Förskollärare and of women among
 * the Vaktmästare of Skola. `missingEducationEvery` leaves out some Undersköterskor's education.
 */
export function schoolGroups(
  units: Organisation["units"],
  options: { missingEducationEvery?: number } = {},
): Group[] {
  const unitIds = { Förskola: units.preschool, Skola: units.school, Vård: units.care };
  const group = (
    unit: keyof typeof unitIds,
    job: string,
    sex: Group["sex"],
    count: number,
    pay: number,
    education: number,
  ): Group => ({ unit, unitId: unitIds[unit], job, sex, count, pay, education });
  return [
    group("Förskola", "Förskollärare", FEMALE, 14, 33_000, 15),
    group("Förskola", "Förskollärare", MALE, 2, 34_000, 15),
    group("Skola", "Lärare", FEMALE, 12, 36_500, 16),
    group("Skola", "Lärare", MALE, 10, 38_000, 16),
    group("Skola", "Vaktmästare", MALE, 6, 28_500, 12),
    group("Skola", "Vaktmästare", FEMALE, 1, 28_000, 12),
    {
      ...group("Vård", "Undersköterska", FEMALE, 20, 29_500, 12),
      missingEducationEvery: options.missingEducationEvery,
    },
    group("Vård", "Undersköterska", MALE, 8, 30_500, 12),
    group("Vård", "Vaktmästare", MALE, 3, 29_000, 12),
    group("Vård", "Vaktmästare", FEMALE, 4, 28_200, 11),
  ];
}

/**
 * Creates a survey with its employees and jobs; jobs without scores stay unevaluated. Without
 * employees it is an empty survey of the year.
 */
export async function insertSurvey(
  db: Db,
  organisationId: string,
  year: number,
  employees: readonly Employee[] = [],
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
  await saveEmployees(db, organisationId, id, employees);
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

interface Person {
  sex: number;
  base: number;
  extent?: number;
  fixed?: number;
  hireDate?: string;
  birthYear?: number;
}

const many = (count: number, person: Person): Person[] => Array(count).fill(person);
const woman = (base: number, more: Partial<Person> = {}): Person => ({
  sex: FEMALE,
  base,
  ...more,
});
const man = (base: number, more: Partial<Person> = {}): Person => ({ sex: MALE, base, ...more });

/**
 * Two hand-made pay surveys for the comparison and pay-measure tests, in cycleOrganisation's
 * units (the manager leads Skola, with Förskola below it):
 *
 * 2021 (36 people; FTE monthly pay = (base + fixed)·100/extent)
 *   Förskollärare (Förskola)   6 women at 29 000, 1 man at 36 000; value 66.4; 86 % women
 *   Vaktmästare (Skola)        1 woman and 5 men at 31 000;          value 66.4
 *   Lärare (Skola)             women 30 000, 31 000 (half time: 15 000 + 500), 32 000,
 *                              33 000, 34 000; men 33 000 … 37 000;  value 88.5
 *   Ingenjör (Vård)            5 men at 40 000;                      value 44.3
 *   Kock (Vård)                1 woman and 1 man at 45 000;          value 22.1
 *   Undersköterska (Vård)      6 women at 28 000;                    not evaluated
 * 2020 (10 people): Lärare (Skola), 5 women at 30 000 and 5 men at 32 000, value 88.5.
 */

export async function seedSurveys(t: TestApp, org: Organisation) {
  const { school, preschool, care } = org.units;
  const survey = async (
    year: number,
    jobs: { job: string; unit: string; level: number | null; people: Person[] }[],
  ) => {
    const { id } = await t.db
      .insertInto("pay_surveys")
      .values({
        organisation_id: org.organisationId,
        year,
        snapshot_date: `${year}-09-30`,
        evaluation_template: JSON.stringify(DEFAULT_EVALUATION_TEMPLATE),
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    let n = 0;
    await saveEmployees(
      t.db,
      org.organisationId,
      id,
      jobs.flatMap(({ job, unit, people }) =>
        people.map((p) => ({
          key: `e${year}-${String(++n).padStart(2, "0")}`,
          sex: p.sex,
          unit: "",
          unitId: unit,
          job,
          extent: p.extent ?? 100,
          baseSalary: p.base,
          fixedSupplements: p.fixed ?? 0,
          hireDate: p.hireDate ?? null,
          birthYear: p.birthYear ?? null,
        })),
      ),
    );
    await t.db.transaction().execute((trx) => syncJobs(trx, org.organisationId, id));
    for (const { job, level } of jobs) {
      if (level === null) continue;
      await t.db
        .updateTable("pay_jobs")
        .set({ scores: JSON.stringify(scoresAt(level)), justification: "Värderat i testet." })
        .where("survey_id", "=", id) // tenant-checked: a test fixture
        .where("name", "=", job)
        .execute();
    }
    return id;
  };

  const y2020 = await survey(2020, [
    {
      job: "Lärare",
      unit: school,
      level: 4,
      people: [...many(5, woman(30_000)), ...many(5, man(32_000))],
    },
  ]);
  const y2021 = await survey(2021, [
    {
      job: "Förskollärare",
      unit: preschool,
      level: 3,
      people: [
        woman(29_000, { hireDate: "2011-08-15", birthYear: 1980 }),
        ...many(5, woman(29_000)),
        man(36_000, { hireDate: "2019-01-07", birthYear: 1990 }),
      ],
    },
    {
      job: "Vaktmästare",
      unit: school,
      level: 3,
      people: [woman(31_000), ...many(5, man(31_000))],
    },
    {
      job: "Lärare",
      unit: school,
      level: 4,
      people: [
        woman(30_000),
        woman(15_000, { extent: 50, fixed: 500 }),
        woman(32_000),
        woman(33_000),
        woman(34_000),
        ...[33_000, 34_000, 35_000, 36_000, 37_000].map((pay) => man(pay)),
      ],
    },
    { job: "Ingenjör", unit: care, level: 2, people: many(5, man(40_000)) },
    { job: "Kock", unit: care, level: 1, people: [woman(45_000), man(45_000)] },
    { job: "Undersköterska", unit: care, level: null, people: many(6, woman(28_000)) },
  ]);
  return { 2020: y2020, 2021: y2021 };
}

/** The survey's job ids by name. */
export async function jobIds(t: TestApp, surveyId: string): Promise<Record<string, string>> {
  const rows = await t.db
    .selectFrom("pay_jobs")
    .select(["id", "name"])
    .where("survey_id", "=", surveyId) // tenant-checked: a test fixture
    .execute();
  return Object.fromEntries(rows.map((row) => [row.name, row.id]));
}

/**
 * An organisation of someone else's, with its HR signed in and an empty survey of `year`: a
 * request there for our jobs, findings or people must find nothing.
 */
export async function otherOrganisation(t: TestApp, year: number) {
  const other = await createOrganisation(t.db, "Andra kommunen");
  const hr = await createMember(t.db, other.id, "hr");
  const client = await signedInClient(t.app, hr.email);
  const surveyId = await insertSurvey(t.db, other.id, year);
  return { id: other.id, client, surveyId };
}

/** Removes the survey's employees for whom `drop` holds (a test changing a snapshot in place). */
export async function dropEmployees(
  db: Db,
  organisationId: string,
  surveyId: string,
  drop: (employee: EmployeeRecord) => boolean,
) {
  const stored = toRecords(await readEmployees(forOrganisation(db, organisationId), surveyId));
  await saveEmployees(
    db,
    organisationId,
    surveyId,
    stored.filter((employee) => !drop(employee)),
    { replace: true },
  );
}

import {
  DEFAULT_EVALUATION_TEMPLATE,
  type JobScores,
  subCriteriaOf,
} from "../../../core/pay/job-evaluation.ts";
import { FEMALE, MALE } from "../../../core/pay/stats.ts";
import type { cycleOrganisation } from "../../cycle/fixtures.test-helper.ts";
import type { TestApp } from "../../test/harness.ts";
import { syncJobs } from "../jobs/service.ts";

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

/** Every sub-criterion of the default template at `level` (or its highest level). */
export const scoresAt = (level: number): JobScores =>
  Object.fromEntries(
    subCriteriaOf(DEFAULT_EVALUATION_TEMPLATE).map(({ sub, maxLevel }) => [
      sub.id,
      Math.min(level, maxLevel),
    ]),
  );

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

export async function seedSurveys(t: TestApp, org: Awaited<ReturnType<typeof cycleOrganisation>>) {
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
    await t.db
      .insertInto("pay_employees")
      .values(
        jobs.flatMap(({ job, unit, people }) =>
          people.map((p) => ({
            organisation_id: org.organisationId,
            survey_id: id,
            employee_key: `e${year}-${String(++n).padStart(2, "0")}`,
            sex: p.sex,
            unit: "",
            unit_id: unit,
            job,
            extent: p.extent ?? 100,
            base_salary: p.base,
            fixed_supplements: p.fixed ?? 0,
            hire_date: p.hireDate ?? null,
            birth_year: p.birthYear ?? null,
          })),
        ),
      )
      .execute();
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

import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import { readEmployees, toRecords } from "../../../pay/employees.ts";
import { type DatabaseHandle, openEmbedded } from "../database.ts";
import { migrateToLatest, migrateUpTo } from "../migrate.ts";
import { forOrganisation } from "../tenant.ts";

let handle: DatabaseHandle;
beforeAll(async () => {
  handle = await openEmbedded(undefined);
});
afterAll(() => handle.close());

it("moves the employees of surveys imported before it into column chunks, keys in order", async () => {
  const db = handle.db;
  await migrateUpTo(db, "0006_pay");
  const organisation = await db
    .insertInto("organisations")
    .values({ name: "Före", org_number: "5560000001", sector: "private" })
    .returning("id")
    .executeTakeFirstOrThrow();
  const survey = await db
    .insertInto("pay_surveys")
    .values({
      organisation_id: organisation.id,
      year: 2025,
      snapshot_date: "2025-09-30",
      evaluation_template: "{}",
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  await sql`
    insert into pay_employees (organisation_id, survey_id, employee_key, sex, birth_year, unit,
      job_title, job_code, job, category, employment_type, extent, weekly_hours, base_salary,
      fixed_supplements, variable_pay, manager, hire_date, education_years,
      parental_leave_days, sick_leave_days)
    values
      (${organisation.id}, ${survey.id}, 'P2', 2, 1980, 'Skola', 'Lärare', '2341', 'Lärare',
        'Tjänstemän', 'permanent', 100, 40, 36000, 0, 12000, false, '2010-08-15', 17, 0, 3),
      (${organisation.id}, ${survey.id}, 'P1', 1, null, 'Vård', 'Undersköterska', null,
        'Undersköterska', null, 'temporary', 75, null, 27000.5, 500, 0, true, null, null, 20, 0)
  `.execute(db);

  await migrateToLatest(db);

  const stored = await readEmployees(forOrganisation(db, organisation.id), survey.id);
  expect(toRecords(stored)).toEqual([
    {
      key: "P1",
      sex: 1,
      birthYear: null,
      unit: "Vård",
      unitId: null,
      jobTitle: "Undersköterska",
      jobCode: null,
      job: "Undersköterska",
      category: null,
      employmentType: "temporary",
      extent: 75,
      weeklyHours: null,
      baseSalary: 27000.5,
      fixedSupplements: 500,
      variablePay: 0,
      manager: true,
      hireDate: null,
      educationYears: null,
      parentalLeaveDays: 20,
      sickLeaveDays: 0,
    },
    {
      key: "P2",
      sex: 2,
      birthYear: 1980,
      unit: "Skola",
      unitId: null,
      jobTitle: "Lärare",
      jobCode: "2341",
      job: "Lärare",
      category: "Tjänstemän",
      employmentType: "permanent",
      extent: 100,
      weeklyHours: 40,
      baseSalary: 36000,
      fixedSupplements: 0,
      variablePay: 12000,
      manager: false,
      hireDate: "2010-08-15",
      educationYears: 17,
      parentalLeaveDays: 0,
      sickLeaveDays: 3,
    },
  ]);
  const tables = await sql<{ name: string }>`
    select table_name as name from information_schema.tables where table_name = 'pay_employees'
  `.execute(db);
  expect(tables.rows).toEqual([]);
});

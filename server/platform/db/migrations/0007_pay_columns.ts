import { type Kysely, sql } from "kysely";
import { type EmployeeRecord, saveEmployees } from "../../../pay/employees.ts";
import type { Database } from "../types.ts";

/**
 * A survey's employees are stored column by column in chunks (server/pay/employees.ts) instead
 * of a row per employee: the pay pages always read a survey whole, and a million rows cost
 * seconds to write and to read back. Surveys imported before are moved over, in key order.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table pay_employee_chunks (
      organisation_id uuid not null,
      survey_id uuid not null,
      chunk integer not null check (chunk >= 0),
      employees integer not null check (employees > 0),
      -- serialised, deflated columns in base64 (server/pay/employees.ts); not compressed
      -- again by the database
      data text not null,
      primary key (survey_id, chunk),
      foreign key (organisation_id, survey_id) references pay_surveys (organisation_id, id)
        on delete cascade
    );
    alter table pay_employee_chunks alter column data set storage external;
  `.execute(db);

  const surveys = await sql<{ id: string; organisation_id: string }>`
    select distinct organisation_id, survey_id as id from pay_employees
  `.execute(db);
  for (const survey of surveys.rows) {
    const rows = await sql<Row>`
      select * from pay_employees where survey_id = ${survey.id} order by employee_key collate "C"
    `.execute(db);
    await saveEmployees(
      db as unknown as Kysely<Database>,
      survey.organisation_id,
      survey.id,
      rows.rows.map(fromRow),
    );
  }
  await sql`drop table pay_employees`.execute(db);
}

interface Row {
  employee_key: string;
  sex: number;
  birth_year: number | null;
  unit: string;
  unit_id: string | null;
  job_title: string;
  job_code: string | null;
  job: string;
  category: string | null;
  employment_type: "permanent" | "temporary";
  extent: number;
  weekly_hours: number | null;
  base_salary: number;
  fixed_supplements: number;
  variable_pay: number;
  manager: boolean;
  hire_date: string | null;
  education_years: number | null;
  parental_leave_days: number;
  sick_leave_days: number;
}

const fromRow = (row: Row): EmployeeRecord => ({
  key: row.employee_key,
  sex: row.sex,
  birthYear: row.birth_year,
  unit: row.unit,
  unitId: row.unit_id,
  jobTitle: row.job_title,
  jobCode: row.job_code,
  job: row.job,
  category: row.category,
  employmentType: row.employment_type,
  extent: row.extent,
  weeklyHours: row.weekly_hours,
  baseSalary: row.base_salary,
  fixedSupplements: row.fixed_supplements,
  variablePay: row.variable_pay,
  manager: row.manager,
  hireDate: row.hire_date,
  educationYears: row.education_years,
  parentalLeaveDays: row.parental_leave_days,
  sickLeaveDays: row.sick_leave_days,
});

export async function down(): Promise<void> {
  throw new Error("0007_pay_columns cannot be undone: the row table it replaced is gone");
}

import { type Kysely, sql } from "kysely";

/**
 * The pay survey (DL 3:8–12): one survey per organisation and year holding the imported
 * personnel and pay snapshot, the jobs (equal-work groups) with their job evaluation, and
 * saved column mappings for payroll exports.
 *
 * Privacy: no payroll id or personnummer is stored. An employee's key is an HMAC of the
 * payroll id under the organisation's own secret, so the same person keeps the same key from
 * year to year without the key revealing who it is.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    -- Union representatives designated by their union for the pay survey see individual pay
    -- (DL 3:12 read with MBL § 19): a flag the organisation's admin sets per member.
    alter table memberships add column pay_survey_access boolean not null default false;

    -- Looking at individual pay is recorded in the audit trail too.
    alter table audit_events drop constraint audit_events_action_check;
    alter table audit_events add constraint audit_events_action_check
      check (action in ('create', 'update', 'delete', 'view'));

    create table pay_settings (
      organisation_id uuid primary key references organisations (id) on delete cascade,
      -- the HMAC key behind the pseudonymous employee keys; never leaves the server
      pseudonym_secret bytea not null
    );

    create table pay_import_templates (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      name text not null,
      -- { field → column heading in the file }, plus how sex is written when not the usual forms
      mapping jsonb not null,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (organisation_id, id)
    );
    create unique index pay_import_templates_name_key
      on pay_import_templates (organisation_id, lower(name));

    create table pay_surveys (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      -- the date the pay data describes (lönekartläggningens mätdatum)
      snapshot_date date not null,
      -- figures about fewer people than this are suppressed
      min_group_size integer not null default 5 check (min_group_size between 2 and 50),
      -- a job is women-dominated from this share of women (per cent)
      women_dominated_share double precision not null default 60
        check (women_dominated_share >= 50 and women_dominated_share <= 100),
      -- jobs whose evaluated values lie in the same band of this width count as equal value
      value_band_width double precision not null default 10 check (value_band_width > 0),
      -- the job-evaluation template used this year (criteria, sub-criteria, levels, weights)
      evaluation_template jsonb not null,
      employee_count integer not null default 0,
      source_file text,
      imported_by uuid references users (id) on delete set null,
      imported_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (organisation_id, year),
      unique (organisation_id, id)
    );

    -- One row per employee in a survey's snapshot. Pay is per month at the employee's own
    -- extent except variable pay, which is per year.
    create table pay_employees (
      organisation_id uuid not null,
      survey_id uuid not null,
      employee_key text not null,
      sex smallint not null check (sex in (1, 2)), -- 1 woman, 2 man (core/pay/stats.ts)
      birth_year smallint check (birth_year between 1900 and 2100),
      unit text not null default '',
      unit_id uuid,
      job_title text not null default '',
      job_code text,
      job text not null,
      category text,
      employment_type text not null default 'permanent'
        check (employment_type in ('permanent', 'temporary')),
      extent double precision not null check (extent > 0 and extent <= 100),
      weekly_hours double precision check (weekly_hours > 0 and weekly_hours <= 80),
      base_salary double precision not null check (base_salary >= 0),
      fixed_supplements double precision not null default 0 check (fixed_supplements >= 0),
      variable_pay double precision not null default 0 check (variable_pay >= 0),
      manager boolean not null default false,
      hire_date date,
      education_years double precision check (education_years >= 0 and education_years <= 30),
      parental_leave_days integer not null default 0 check (parental_leave_days between 0 and 366),
      sick_leave_days integer not null default 0 check (sick_leave_days between 0 and 366),
      primary key (survey_id, employee_key),
      foreign key (organisation_id, survey_id) references pay_surveys (organisation_id, id)
        on delete cascade,
      foreign key (organisation_id, unit_id) references units (organisation_id, id)
        on delete set null (unit_id)
    );
    create index pay_employees_job_idx on pay_employees (survey_id, job);
    create index pay_employees_unit_idx on pay_employees (survey_id, unit_id);

    -- The jobs of a survey (likvärdighetsgrupper start here): one per distinct job in the
    -- import, carrying the job evaluation and the manual "traditionally women's work" flag.
    create table pay_jobs (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      survey_id uuid not null,
      name text not null,
      traditionally_womens boolean not null default false,
      -- { criterionId → level } for each sub-criterion of the template
      scores jsonb not null default '{}',
      justification text not null default '',
      evaluated_by uuid references users (id) on delete set null,
      evaluated_at timestamptz,
      version integer not null default 1,
      unique (survey_id, name),
      unique (organisation_id, id),
      foreign key (organisation_id, survey_id) references pay_surveys (organisation_id, id)
        on delete cascade
    );

    -- The analysis of each difference the three comparisons of DL 3:9 show: (1) equal work,
    -- women against men in one job; (2) a women-dominated job against an equivalent job that
    -- is not, with higher pay; (3) against a job that is not and has lower value but higher pay.
    create table pay_findings (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      survey_id uuid not null,
      kind text not null check (kind in ('equal_work', 'equivalent', 'lower_value')),
      job_id uuid not null,
      -- the compared job in (2) and (3); null in (1)
      other_job_id uuid,
      explanation text not null default '',
      -- saklig (justified by gender-neutral reasons) / osaklig / needs looking into
      classification text check (classification in ('justified', 'unjustified', 'investigate')),
      analysed_by uuid references users (id) on delete set null,
      analysed_at timestamptz,
      version integer not null default 1,
      unique (organisation_id, id),
      check ((kind = 'equal_work') = (other_job_id is null)),
      foreign key (organisation_id, survey_id) references pay_surveys (organisation_id, id)
        on delete cascade,
      foreign key (organisation_id, job_id) references pay_jobs (organisation_id, id) on delete cascade,
      foreign key (organisation_id, other_job_id) references pay_jobs (organisation_id, id)
        on delete cascade
    );
    create unique index pay_findings_pair_key
      on pay_findings (survey_id, kind, job_id, coalesce(other_job_id, job_id));

    -- A pay adjustment for an unjustified difference: a measure in the year's action plan with
    -- who it is for, how much, what it costs a year and by when (at most three years, DL 3:10).
    create table pay_measures (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      survey_id uuid not null,
      finding_id uuid not null,
      measure_id uuid not null,
      target text not null check (target in ('persons', 'group')),
      -- pseudonymous keys of the persons (target persons); never names
      employee_keys text[] not null default '{}',
      -- the group (target group), e.g. "all förskollärare"
      group_description text not null default '',
      people integer not null check (people > 0),
      monthly_adjustment double precision not null check (monthly_adjustment > 0),
      annual_cost double precision not null check (annual_cost >= 0),
      deadline date not null,
      version integer not null default 1,
      unique (organisation_id, id),
      unique (measure_id),
      foreign key (organisation_id, survey_id) references pay_surveys (organisation_id, id)
        on delete cascade,
      foreign key (organisation_id, finding_id) references pay_findings (organisation_id, id)
        on delete cascade,
      foreign key (organisation_id, measure_id) references measures (organisation_id, id)
        on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table pay_measures, pay_findings, pay_jobs, pay_employees, pay_surveys, pay_import_templates, pay_settings;
    alter table audit_events drop constraint audit_events_action_check;
    alter table audit_events add constraint audit_events_action_check
      check (action in ('create', 'update', 'delete'));
    alter table memberships drop column pay_survey_access;
  `.execute(db);
}

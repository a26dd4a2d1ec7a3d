import { type Kysely, sql } from "kysely";

/**
 * Workbooks: runs of a workbook (an organisation may run one several times, e.g. per unit),
 * their answers (one versioned value per question or time-plan date, so two people never
 * overwrite each other unnoticed), the measures a plan's activities became, and the
 * organisation's own support contacts for people exposed to violence and those who use it.
 * The workbooks themselves are files in content/workbooks, named here by id.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table workbook_runs (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      workbook_id text not null,
      title text not null,
      unit_id uuid,
      status text not null default 'active' check (status in ('active', 'finished')),
      finished_at timestamptz,
      finished_by uuid references users (id) on delete set null,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      version integer not null default 1,
      unique (organisation_id, id),
      foreign key (organisation_id, unit_id) references units (organisation_id, id) on delete set null (unit_id)
    );
    create index workbook_runs_org_idx on workbook_runs (organisation_id, workbook_id);

    create table workbook_answers (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      run_id uuid not null,
      -- '<part id>/<item or milestone id>' (core/workbooks/answers.ts answerKey)
      answer_key text not null,
      value jsonb not null,
      version integer not null default 1,
      updated_by uuid references users (id) on delete set null,
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      unique (run_id, answer_key),
      foreign key (organisation_id, run_id) references workbook_runs (organisation_id, id) on delete cascade
    );

    -- An activity of a plan becomes a measure once; the link keeps both sides' status together.
    alter table measures
      add column workbook_run_id uuid,
      add column workbook_row_id text,
      add foreign key (organisation_id, workbook_run_id)
        references workbook_runs (organisation_id, id) on delete set null (workbook_run_id);
    create unique index measures_workbook_row_key on measures (workbook_run_id, workbook_row_id)
      where workbook_run_id is not null;

    create table support_contacts (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      name text not null,
      -- Who they are for: victims, perpetrators, both, or managers and colleagues.
      audience text not null check (audience in ('victims', 'perpetrators', 'everyone', 'managers')),
      description text not null default '',
      phone text not null default '',
      email text not null default '',
      url text not null default '',
      position integer not null default 0,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id)
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table support_contacts;
    drop index measures_workbook_row_key;
    alter table measures drop column workbook_row_id, drop column workbook_run_id;
    drop table workbook_answers, workbook_runs;
  `.execute(db);
}

import { type Kysely, sql } from "kysely";

/**
 * What the workbooks give the rest of the product:
 * - the getting-started workbook fills the year: its working group, the investigation methods
 *   it plans, and a date for each of the four steps (the run it came from is kept as source);
 * - time-plan reminders: one per run, milestone and date, so the job never sends twice.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table work_years
      -- rows of { person, represents, task } as the working group wrote them
      add column working_group jsonb not null default '[]',
      -- INVESTIGATION_METHODS ids planned for the year
      add column planned_methods jsonb not null default '[]',
      -- { investigate, analyse, act, follow_up } → ISO date
      add column step_dates jsonb not null default '{}',
      add column setup_run_id uuid,
      add foreign key (organisation_id, setup_run_id)
        references workbook_runs (organisation_id, id) on delete set null (setup_run_id);

    create table workbook_reminders (
      organisation_id uuid not null,
      run_id uuid not null,
      milestone text not null,
      due_on date not null,
      queued_at timestamptz not null default now(),
      primary key (run_id, milestone, due_on),
      foreign key (organisation_id, run_id) references workbook_runs (organisation_id, id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table workbook_reminders;
    alter table work_years
      drop column setup_run_id, drop column step_dates, drop column planned_methods,
      drop column working_group;
  `.execute(db);
}

import { type Kysely, sql } from "kysely";

/**
 * The yearly cycle of active measures (Diskrimineringslagen 3 kap.): work years,
 * investigations, risks, measures with comments and reminders, cooperation, the unions'
 * positions, § 6 harassment documents, § 7 gender balance and calendar feeds.
 * Every row carries organisation_id; references inside an organisation are composite
 * (organisation_id, id) so a row can never point into another organisation.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create unique index memberships_organisation_id_key on memberships (organisation_id, id);

    create table work_years (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      -- Follow-up and evaluation: the answers to the cycle's questions, keyed by question.
      follow_up jsonb not null default '{}',
      -- Per area: what was concluded where no risk was found (documents the four steps).
      area_notes jsonb not null default '{}',
      cooperation_statement text not null default '',
      -- §§ 8–10 until the pay survey module exists: result, adjustments, cost and timetable.
      pay_survey_summary text not null default '',
      documentation_completed_at timestamptz,
      documentation_completed_by uuid references users (id) on delete set null,
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, year),
      unique (organisation_id, id)
    );

    create table investigations (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      work_year_id uuid not null,
      title text not null,
      method text not null,
      method_other text,
      held_on date not null,
      participants text not null default '',
      areas text[] not null default '{}',
      findings text not null default '',
      version integer not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, work_year_id) references work_years (organisation_id, id) on delete cascade
    );
    create index investigations_year_idx on investigations (work_year_id);

    create table risks (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      work_year_id uuid not null,
      title text not null,
      description text not null default '',
      areas text[] not null,
      grounds text[] not null default '{}',
      source text not null,
      investigation_id uuid,
      causes text not null default '',
      status text not null default 'identified',
      version integer not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, work_year_id) references work_years (organisation_id, id) on delete cascade,
      foreign key (organisation_id, investigation_id) references investigations (organisation_id, id)
    );
    create index risks_year_idx on risks (work_year_id);

    create table risk_units (
      risk_id uuid not null references risks (id) on delete cascade,
      organisation_id uuid not null,
      unit_id uuid not null,
      primary key (risk_id, unit_id),
      foreign key (organisation_id, unit_id) references units (organisation_id, id) on delete cascade
    );

    create table gender_balance_groups (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      work_year_id uuid not null,
      dimension text not null,
      label text not null,
      women integer not null check (women >= 0),
      men integer not null check (men >= 0),
      source text not null default 'manual',
      version integer not null default 1,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, work_year_id) references work_years (organisation_id, id) on delete cascade
    );

    create table measures (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      work_year_id uuid not null,
      area text not null,
      title text not null,
      description text not null default '',
      unit_id uuid,
      responsible_member_id uuid,
      responsible_title text,
      schedule_kind text not null,
      start_on date,
      due_on date,
      schedule_month integer check (schedule_month between 1 and 12),
      times_per_year integer check (times_per_year between 1 and 52),
      follow_up_method text not null default '',
      follow_up_on date,
      status text not null default 'planned',
      cost_estimate integer check (cost_estimate >= 0),
      evaluation_effect text,
      evaluation_comment text,
      evaluated_at timestamptz,
      evaluated_by uuid references users (id) on delete set null,
      completed_at timestamptz,
      library_key text,
      carried_over_from_id uuid,
      gender_balance_group_id uuid,
      version integer not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      check (follow_up_on is null or start_on is null or follow_up_on >= start_on),
      foreign key (organisation_id, work_year_id) references work_years (organisation_id, id) on delete cascade,
      -- A removed unit or member leaves the measure without one; the checklist then shows it.
      foreign key (organisation_id, unit_id) references units (organisation_id, id) on delete set null (unit_id),
      foreign key (organisation_id, responsible_member_id) references memberships (organisation_id, id)
        on delete set null (responsible_member_id),
      foreign key (organisation_id, carried_over_from_id) references measures (organisation_id, id),
      foreign key (organisation_id, gender_balance_group_id) references gender_balance_groups (organisation_id, id)
        on delete set null (gender_balance_group_id)
    );
    create index measures_year_idx on measures (work_year_id);
    -- A measure is carried into the next year at most once.
    create unique index measures_carried_over_from_key on measures (carried_over_from_id);

    create table measure_risks (
      measure_id uuid not null references measures (id) on delete cascade,
      organisation_id uuid not null,
      risk_id uuid not null,
      primary key (measure_id, risk_id),
      foreign key (organisation_id, risk_id) references risks (organisation_id, id) on delete cascade
    );

    create table measure_comments (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      measure_id uuid not null,
      author_user_id uuid references users (id) on delete set null,
      body text not null,
      created_at timestamptz not null default now(),
      foreign key (organisation_id, measure_id) references measures (organisation_id, id) on delete cascade
    );
    create index measure_comments_measure_idx on measure_comments (measure_id, created_at);

    -- One reminder per measure, kind and due date: the reminder job never sends twice.
    create table measure_reminders (
      organisation_id uuid not null,
      measure_id uuid not null,
      kind text not null check (kind in ('due', 'follow_up')),
      due_on date not null,
      queued_at timestamptz not null default now(),
      primary key (measure_id, kind, due_on),
      foreign key (organisation_id, measure_id) references measures (organisation_id, id) on delete cascade
    );

    create table cooperation_meetings (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      work_year_id uuid not null,
      held_on date not null,
      forum text not null,
      forum_other text,
      participants text not null default '',
      topics text not null default '',
      information_given text not null default '',
      decisions text not null default '',
      version integer not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, work_year_id) references work_years (organisation_id, id) on delete cascade
    );

    -- A representative's position on the year's documentation; recording again replaces it.
    create table union_positions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      work_year_id uuid not null,
      membership_id uuid not null,
      union_name text,
      position text not null,
      comment text not null default '',
      recorded_at timestamptz not null default now(),
      unique (work_year_id, membership_id),
      foreign key (organisation_id, work_year_id) references work_years (organisation_id, id) on delete cascade,
      foreign key (organisation_id, membership_id) references memberships (organisation_id, id) on delete cascade
    );

    -- § 6 guidelines and routines. Each change is a new version; none is ever overwritten.
    create table harassment_documents (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      title text not null,
      kind text not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, id)
    );

    create table harassment_document_versions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      document_id uuid not null,
      version_no integer not null,
      body text not null,
      adopted_on date,
      next_review_on date,
      covers text[] not null default '{}',
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      unique (document_id, version_no),
      check (next_review_on is null or adopted_on is null or next_review_on > adopted_on),
      foreign key (organisation_id, document_id) references harassment_documents (organisation_id, id) on delete cascade
    );

    -- Calendar subscriptions: the URL carries a random token; only its SHA-256 is stored.
    create table calendar_feeds (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      membership_id uuid not null,
      token_hash text not null unique,
      created_at timestamptz not null default now(),
      revoked_at timestamptz,
      foreign key (organisation_id, membership_id) references memberships (organisation_id, id) on delete cascade
    );
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table calendar_feeds, harassment_document_versions, harassment_documents,
      union_positions, cooperation_meetings, measure_reminders, measure_comments, measure_risks,
      measures, gender_balance_groups, risk_units, risks, investigations, work_years;
    drop index memberships_organisation_id_key;
  `.execute(db);
}

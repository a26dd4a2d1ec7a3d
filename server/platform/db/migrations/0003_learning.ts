import { type Kysely, sql } from "kysely";

/**
 * Learning rooms: sessions of a room taken by a group or one person, the notes written per
 * question and task field, anonymous feedback, and each organisation's own additions to the
 * shared rooms (extra questions, hidden steps). The rooms themselves are files in content/,
 * so sessions name them by id; a session outlives a room that is later removed.
 * Risks and measures drafted from a note keep the session and note as their source.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table learning_sessions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      room_id text not null,
      mode text not null check (mode in ('group', 'individual')),
      unit_id uuid,
      group_name text not null default '',
      participant_count integer not null check (participant_count between 1 and 100),
      participant_names text not null default '',
      locale text not null default 'sv',
      current_step text,
      -- Per step: seconds used, whether the clock runs (since saved_at) and minutes added.
      timers jsonb not null default '{}',
      status text not null default 'active' check (status in ('active', 'paused', 'completed')),
      started_by uuid references users (id) on delete set null,
      started_at timestamptz not null default now(),
      completed_at timestamptz,
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, unit_id) references units (organisation_id, id) on delete set null (unit_id)
    );
    create index learning_sessions_org_idx on learning_sessions (organisation_id, room_id);

    create table learning_notes (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      session_id uuid not null,
      step_id text not null,
      -- A question id, a task field id or an organisation's own question id.
      item_id text not null,
      -- The question or field as it was shown, so the note still reads if the room changes.
      prompt text not null,
      text text not null check (length(btrim(text)) > 0),
      version integer not null default 1,
      updated_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      unique (session_id, step_id, item_id),
      foreign key (organisation_id, session_id) references learning_sessions (organisation_id, id) on delete cascade
    );

    -- Anonymous: no user, and only the day it was given.
    create table learning_feedback (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      session_id uuid not null,
      room_id text not null,
      rating integer not null check (rating between 1 and 5),
      comment text not null default '',
      given_on date not null default current_date,
      foreign key (organisation_id, session_id) references learning_sessions (organisation_id, id) on delete cascade
    );
    create index learning_feedback_room_idx on learning_feedback (organisation_id, room_id);

    create table learning_room_settings (
      organisation_id uuid not null references organisations (id) on delete cascade,
      room_id text not null,
      hidden_steps text[] not null default '{}',
      version integer not null default 1,
      updated_at timestamptz not null default now(),
      primary key (organisation_id, room_id)
    );

    create table learning_own_questions (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      room_id text not null,
      -- The discussion step the question is asked in.
      step_id text not null,
      text text not null check (length(btrim(text)) > 0),
      minutes integer not null check (minutes between 1 and 30),
      version integer not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id)
    );

    alter table risks
      add column learning_session_id uuid,
      add column learning_note_id uuid,
      add foreign key (organisation_id, learning_session_id)
        references learning_sessions (organisation_id, id) on delete set null (learning_session_id),
      add foreign key (organisation_id, learning_note_id)
        references learning_notes (organisation_id, id) on delete set null (learning_note_id);
    alter table measures
      add column learning_session_id uuid,
      add column learning_note_id uuid,
      add foreign key (organisation_id, learning_session_id)
        references learning_sessions (organisation_id, id) on delete set null (learning_session_id),
      add foreign key (organisation_id, learning_note_id)
        references learning_notes (organisation_id, id) on delete set null (learning_note_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table measures drop column learning_note_id, drop column learning_session_id;
    alter table risks drop column learning_note_id, drop column learning_session_id;
    drop table learning_own_questions, learning_room_settings, learning_feedback, learning_notes,
      learning_sessions;
  `.execute(db);
}

import { type Kysely, sql } from "kysely";

/**
 * The platform: people, organisations, units, memberships, sign-in, audit trail, outbox.
 * SQL stays at PostgreSQL 15 level so it runs on PGlite (PG 18) and Debian's PG 15 alike.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    create table users (
      id uuid primary key default gen_random_uuid(),
      email text not null,
      name text not null,
      password_hash text,
      locale text not null default 'sv' check (locale in ('sv', 'en')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );
    create unique index users_email_key on users (lower(email));

    create table organisations (
      id uuid primary key default gen_random_uuid(),
      name text not null,
      org_number text not null unique,
      sector text not null check (sector in ('state', 'municipality', 'region', 'private', 'non_profit')),
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now()
    );

    -- Headcount at the start of each calendar year decides the documentation duty (DL 3:13-14).
    create table organisation_headcounts (
      organisation_id uuid not null references organisations (id) on delete cascade,
      year integer not null check (year between 2000 and 2100),
      headcount integer not null check (headcount >= 0),
      primary key (organisation_id, year)
    );

    create table units (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      parent_id uuid references units (id),
      name text not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, id)
    );
    create index units_organisation_idx on units (organisation_id);

    create table memberships (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      user_id uuid not null references users (id) on delete cascade,
      role text not null check (role in ('admin', 'hr', 'manager', 'union_rep', 'safety_rep', 'participant')),
      union_name text,
      created_at timestamptz not null default now(),
      unique (organisation_id, user_id)
    );
    create index memberships_user_idx on memberships (user_id);

    -- The units a manager is responsible for.
    create table membership_units (
      membership_id uuid not null references memberships (id) on delete cascade,
      organisation_id uuid not null,
      unit_id uuid not null,
      primary key (membership_id, unit_id),
      foreign key (organisation_id, unit_id) references units (organisation_id, id) on delete cascade
    );

    -- Sessions: the cookie carries a random token; only its SHA-256 is stored.
    -- auth_method leaves room for single sign-on (OIDC) per organisation without a new model.
    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      auth_method text not null default 'password',
      created_at timestamptz not null default now(),
      last_seen_at timestamptz not null default now(),
      expires_at timestamptz not null
    );
    create index sessions_user_idx on sessions (user_id);

    create table password_reset_tokens (
      token_hash text primary key,
      user_id uuid not null references users (id) on delete cascade,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      used_at timestamptz
    );

    create table invitations (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      email text not null,
      role text not null check (role in ('admin', 'hr', 'manager', 'union_rep', 'safety_rep', 'participant')),
      union_name text,
      unit_ids uuid[] not null default '{}',
      token_hash text not null unique,
      invited_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      expires_at timestamptz not null,
      accepted_at timestamptz,
      revoked_at timestamptz
    );
    create index invitations_organisation_idx on invitations (organisation_id);

    create table sign_in_attempts (
      id bigint generated always as identity primary key,
      email text not null,
      ip text not null,
      succeeded boolean not null,
      at timestamptz not null default now()
    );
    create index sign_in_attempts_email_idx on sign_in_attempts (lower(email), at);

    -- The audit trail: append-only, written in the same transaction as the change.
    create table audit_events (
      id bigint generated always as identity primary key,
      organisation_id uuid references organisations (id),
      actor_user_id uuid references users (id),
      at timestamptz not null default now(),
      action text not null check (action in ('create', 'update', 'delete')),
      entity_type text not null,
      entity_id text not null,
      before jsonb,
      after jsonb
    );
    create index audit_events_organisation_idx on audit_events (organisation_id, at desc);

    create function audit_events_append_only() returns trigger language plpgsql as $$
    begin
      raise exception 'audit_events is append-only';
    end;
    $$;
    create trigger audit_events_no_change before update or delete on audit_events
      for each row execute function audit_events_append_only();
    create trigger audit_events_no_truncate before truncate on audit_events
      for each statement execute function audit_events_append_only();

    -- E-mail is written here in the same transaction as the change that causes it,
    -- and sent by the background worker.
    create table outbox_emails (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid references organisations (id) on delete cascade,
      to_address text not null,
      subject text not null,
      text_body text not null,
      status text not null default 'pending' check (status in ('pending', 'sending', 'sent', 'failed')),
      attempts integer not null default 0,
      next_attempt_at timestamptz not null default now(),
      last_error text,
      created_at timestamptz not null default now(),
      sent_at timestamptz
    );
    create index outbox_emails_due_idx on outbox_emails (next_attempt_at) where status = 'pending';
    create index outbox_emails_organisation_idx on outbox_emails (organisation_id, created_at desc);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table outbox_emails, audit_events, sign_in_attempts, invitations, password_reset_tokens,
      sessions, membership_units, memberships, units, organisation_headcounts, organisations, users;
    drop function audit_events_append_only;
  `.execute(db);
}

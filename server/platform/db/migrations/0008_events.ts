import { type Kysely, sql } from "kysely";

/**
 * Training events (utbildningar): the organiser role, events with their programme, public
 * registrations with a seat or a place on the waitlist, anonymous evaluations, and e-mail
 * attachments (the calendar invites).
 *
 * Privacy: a registration holds what the organiser needs and no more; diet and accessibility
 * needs are emptied the day after the event, and the whole registration is anonymised the
 * organiser's chosen number of months after it. The personal link is the registration's id
 * signed with the server's secret, so no token is stored. Evaluations are stored without any
 * link to who answered.
 */
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`
    alter table memberships drop constraint memberships_role_check;
    alter table memberships add constraint memberships_role_check
      check (role in ('admin', 'hr', 'manager', 'union_rep', 'safety_rep', 'participant', 'organiser'));
    alter table invitations drop constraint invitations_role_check;
    alter table invitations add constraint invitations_role_check
      check (role in ('admin', 'hr', 'manager', 'union_rep', 'safety_rep', 'participant', 'organiser'));

    -- Files sent with a mail (a calendar invite): [{ filename, contentType, content }].
    alter table outbox_emails add column attachments jsonb not null default '[]';

    create table events (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null references organisations (id) on delete cascade,
      status text not null default 'draft' check (status in ('draft', 'published', 'cancelled', 'held')),
      -- The organiser's form as core/events/event.ts checks it: title, days and programme,
      -- place, cost, questions, contact …
      details jsonb not null,
      -- Copied from details for the queries that need them (lists, deadlines, jobs).
      title text not null,
      capacity integer check (capacity >= 1),
      starts_at timestamptz,
      ends_at timestamptz,
      registration_opens_at timestamptz,
      registration_closes_at timestamptz,
      -- The Stockholm date of the last day: the retention rules count from it.
      last_date date,
      -- Raised whenever the place or a time changes: calendar clients then update the entry.
      calendar_sequence integer not null default 0,
      -- The measure in the yearly plan this event carries out (evidence in its follow-up).
      measure_id uuid,
      published_at timestamptz,
      reminder_sent_at timestamptz,
      evaluation_sent_at timestamptz,
      needs_deleted_at timestamptz,
      anonymised_at timestamptz,
      version integer not null default 1,
      created_by uuid references users (id) on delete set null,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      check (registration_closes_at is null or registration_opens_at is null
        or registration_closes_at > registration_opens_at),
      foreign key (organisation_id, measure_id) references measures (organisation_id, id)
        on delete set null (measure_id)
    );
    create index events_organisation_starts_idx on events (organisation_id, starts_at);

    create table event_registrations (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      event_id uuid not null,
      -- unconfirmed: the e-mail address is not yet confirmed, and no seat is taken;
      -- confirmed: has a seat; waitlisted: in line for one; cancelled: by the person or the event.
      status text not null check (status in ('unconfirmed', 'confirmed', 'waitlisted', 'cancelled')),
      name text not null,
      email text not null,
      -- Trimmed and lower-case: one registration per address and event.
      email_key text not null,
      participant_organisation text not null default '',
      participant_role text not null default '',
      diet text not null default '',
      accessibility text not null default '',
      answers jsonb not null default '{}',
      -- The language the person registered in: their mails are written in it.
      locale text not null default 'sv' check (locale in ('sv', 'en')),
      email_confirmed_at timestamptz,
      -- When the address was confirmed and the seat or waitlist place taken: the waitlist order.
      queued_at timestamptz,
      checked_in_at timestamptz,
      cancelled_at timestamptz,
      evaluated_at timestamptz,
      anonymised_at timestamptz,
      created_at timestamptz not null default now(),
      updated_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, event_id) references events (organisation_id, id) on delete cascade
    );
    create unique index event_registrations_once_idx on event_registrations (event_id, email_key)
      where status <> 'cancelled';
    create index event_registrations_event_idx on event_registrations (event_id, status, queued_at);

    create table event_evaluations (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      event_id uuid not null,
      answers jsonb not null,
      created_at timestamptz not null default now(),
      foreign key (organisation_id, event_id) references events (organisation_id, id) on delete cascade
    );
    create index event_evaluations_event_idx on event_evaluations (event_id);

    -- Pre-reading and homework as files (PDF, Word, …), downloadable from the event's page.
    create table event_files (
      id uuid primary key default gen_random_uuid(),
      organisation_id uuid not null,
      event_id uuid not null,
      kind text not null check (kind in ('preReading', 'homework')),
      file_name text not null,
      content_type text not null,
      size integer not null check (size > 0),
      data bytea not null,
      created_at timestamptz not null default now(),
      unique (organisation_id, id),
      foreign key (organisation_id, event_id) references events (organisation_id, id) on delete cascade
    );
    create index event_files_event_idx on event_files (event_id);
  `.execute(db);
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`
    drop table event_files, event_evaluations, event_registrations, events;
    alter table outbox_emails drop column attachments;
    delete from memberships where role = 'organiser';
    delete from invitations where role = 'organiser';
    alter table memberships drop constraint memberships_role_check;
    alter table memberships add constraint memberships_role_check
      check (role in ('admin', 'hr', 'manager', 'union_rep', 'safety_rep', 'participant'));
    alter table invitations drop constraint invitations_role_check;
    alter table invitations add constraint invitations_role_check
      check (role in ('admin', 'hr', 'manager', 'union_rep', 'safety_rep', 'participant'));
  `.execute(db);
}

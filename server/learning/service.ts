import {
  type AdaptedRoom,
  adaptRoom,
  type NoteItem,
  noteItems,
  ownQuestionItemId,
  type RoomSettings,
} from "../../core/learning/adapt.ts";
import type { Room } from "../../core/learning/room.ts";
import type { StepTimer } from "../../core/learning/timer.ts";
import { timerAt } from "../../core/learning/timer.ts";
import { can } from "../../core/platform/policies.ts";
import { swedishToday } from "../cycle/years/service.ts";
import type { TenantDb } from "../platform/db/tenant.ts";
import type { Membership } from "../platform/http/access.ts";
import { AppError, notFound } from "../platform/http/problem.ts";
import type { Locale } from "../platform/i18n.ts";
import { roomLibrary, stepHtml } from "./content.ts";

const OWN_PREFIX = ownQuestionItemId("");

/** The rooms' shared pieces: the room as this organisation has adapted it, and sessions. */

export async function roomSettings(tenant: TenantDb, roomId: string) {
  const [settings, questions] = await Promise.all([
    tenant
      .selectFrom("learning_room_settings")
      .selectAll("learning_room_settings")
      .where("learning_room_settings.room_id", "=", roomId)
      .executeTakeFirst(),
    tenant
      .selectFrom("learning_own_questions")
      .selectAll("learning_own_questions")
      .where("learning_own_questions.room_id", "=", roomId)
      .orderBy("learning_own_questions.created_at")
      .execute(),
  ]);
  return {
    hiddenSteps: settings?.hidden_steps ?? [],
    version: settings?.version ?? 1,
    ownQuestions: questions.map((q) => ({
      id: q.id,
      stepId: q.step_id,
      text: q.text,
      minutes: q.minutes,
      version: q.version,
    })),
  };
}

/** The room in the language asked for, with the organisation's adjustments; 404 if it is not in the content. */
export async function adaptedRoom(tenant: TenantDb, roomId: string, locale: Locale) {
  const files = roomLibrary().get(roomId);
  if (!files) throw notFound();
  const settings = await roomSettings(tenant, roomId);
  return { room: adaptRoom(files[locale], settings), source: files[locale], settings };
}

/** Room titles by id in one language, for lists of sessions. */
export function roomTitles(locale: Locale): Map<string, string> {
  return new Map([...roomLibrary()].map(([id, files]) => [id, files[locale].title]));
}

export function roomView(
  room: AdaptedRoom,
  source: Room,
  settings: RoomSettings & {
    version: number;
    ownQuestions: (RoomSettings["ownQuestions"][number] & { version: number })[];
  },
  organisationId: string,
) {
  const roomHref = (id: string) => `/o/${organisationId}/larande/${id}`;
  const media = (file: string) => `/api/learning/media/${file.replace(/^media\//, "")}`;
  return {
    id: room.id,
    area: room.area,
    order: room.order,
    title: room.title,
    summary: room.summary,
    minutes: room.steps.reduce((n, s) => n + s.minutes, 0),
    steps: room.steps.map((step) => ({
      id: step.id,
      type: step.type,
      title: step.title,
      minutes: step.minutes,
      html: stepHtml(room.bodies[step.id] ?? "", roomHref),
      video: step.video
        ? {
            src: media(step.video.src),
            captions: media(step.video.captions),
            transcriptHtml: stepHtml(step.video.transcript, roomHref),
          }
        : null,
      illustration: step.illustration ?? null,
      sources: step.sources ?? [],
      questions: step.questions ?? [],
      fields: step.fields ?? [],
    })),
    adjustments: {
      hiddenSteps: source.steps
        .filter((s) => settings.hiddenSteps.includes(s.id))
        .map((s) => ({ id: s.id, title: s.title })),
      allSteps: source.steps.map((s) => ({ id: s.id, title: s.title })),
      ownQuestions: settings.ownQuestions,
      discussionSteps: source.steps
        .filter((s) => s.type === "discussion")
        .map((s) => ({ id: s.id, title: s.title })),
      version: settings.version,
    },
  };
}

/**
 * A session the member may see: group sessions belong to the whole organisation, an
 * individual one only to the person who started it (anyone else gets 404).
 */
export async function findSession(
  tenant: TenantDb,
  sessionId: string,
  userId: string,
  lock = false,
) {
  let query = tenant
    .selectFrom("learning_sessions")
    .selectAll("learning_sessions")
    .where("learning_sessions.id", "=", sessionId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row || (row.mode === "individual" && row.started_by !== userId)) throw notFound();
  return row;
}

export type SessionRow = Awaited<ReturnType<typeof findSession>>;

/** Sessions still open can be written in; a completed one is a record. */
export function requireOpen(session: SessionRow) {
  if (session.status === "completed") throw new AppError(409, "learning.sessionCompleted");
}

/** The room a session is of, or 409 when it has been removed from the content. */
export async function sessionRoom(tenant: TenantDb, session: SessionRow, locale: Locale) {
  if (!roomLibrary().has(session.room_id)) throw new AppError(409, "learning.roomRemoved");
  return (await adaptedRoom(tenant, session.room_id, locale)).room;
}

/**
 * Where a note is written: a question, task field or reflection of the session's room, or
 * one of the organisation's own questions. Undefined when the room has no such place.
 */
export async function noteItem(
  tenant: TenantDb,
  session: SessionRow,
  stepId: string,
  itemId: string,
): Promise<NoteItem | undefined> {
  const files = roomLibrary().get(session.room_id);
  if (!files) throw new AppError(409, "learning.roomRemoved");
  // Own questions are the only part of a room that is in the database: read just that one.
  const own = itemId.startsWith(OWN_PREFIX)
    ? await tenant
        .selectFrom("learning_own_questions")
        .select([
          "learning_own_questions.id",
          "learning_own_questions.text",
          "learning_own_questions.minutes",
        ])
        .where("learning_own_questions.room_id", "=", session.room_id)
        .where("learning_own_questions.step_id", "=", stepId)
        .where("learning_own_questions.id", "=", itemId.slice(OWN_PREFIX.length))
        .execute()
    : [];
  const room = adaptRoom(files[session.locale as Locale], {
    hiddenSteps: [],
    ownQuestions: own.map((q) => ({ ...q, stepId })),
  });
  return noteItems(room).find((i) => i.stepId === stepId && i.itemId === itemId);
}

export async function sessionSummaries(
  tenant: TenantDb,
  locale: Locale,
  userId: string,
  filter: { roomId?: string; sessionId?: string; year?: number; everyone?: boolean } = {},
) {
  let query = tenant
    .selectFrom("learning_sessions")
    .leftJoin("units", "units.id", "learning_sessions.unit_id")
    .leftJoin("users", "users.id", "learning_sessions.started_by")
    .selectAll("learning_sessions")
    .select(["units.name as unit_name", "users.name as started_by_name"])
    .orderBy("learning_sessions.started_at", "desc");
  if (filter.roomId) query = query.where("learning_sessions.room_id", "=", filter.roomId);
  if (filter.sessionId) query = query.where("learning_sessions.id", "=", filter.sessionId);
  // Individual sessions are private, except as a count in the evidence of who took what.
  if (!filter.everyone)
    query = query.where((eb) =>
      eb.or([
        eb("learning_sessions.mode", "=", "group"),
        eb("learning_sessions.started_by", "=", userId),
      ]),
    );
  if (filter.year !== undefined)
    query = query
      .where("learning_sessions.started_at", ">=", new Date(`${filter.year}-01-01T00:00:00+01:00`))
      .where(
        "learning_sessions.started_at",
        "<",
        new Date(`${filter.year + 1}-01-01T00:00:00+01:00`),
      );
  const rows = await query.execute();
  const counts = rows.length
    ? await tenant
        .selectFrom("learning_notes")
        .select(["learning_notes.session_id", (eb) => eb.fn.countAll<string>().as("n")])
        .where(
          "learning_notes.session_id",
          "in",
          rows.map((r) => r.id),
        )
        .groupBy("learning_notes.session_id")
        .execute()
    : [];
  const titles = roomTitles(locale);
  return rows.map((row) => ({
    id: row.id,
    roomId: row.room_id,
    roomTitle: titles.get(row.room_id) ?? null,
    mode: row.mode as "group" | "individual",
    unitId: row.unit_id,
    unitName: row.unit_name,
    groupName: row.group_name,
    participantCount: row.participant_count,
    status: row.status as "active" | "paused" | "completed",
    startedAt: row.started_at.toISOString(),
    startedByName: row.started_by_name,
    completedAt: row.completed_at?.toISOString() ?? null,
    noteCount: Number(counts.find((c) => c.session_id === row.id)?.n ?? 0),
  }));
}

/** The whole session as the player and the summary need it. */
export async function sessionView(
  tenant: TenantDb,
  sessionId: string,
  membership: Membership,
  userId: string,
  locale: Locale,
) {
  const session = await findSession(tenant, sessionId, userId);
  const [summary] = await sessionSummaries(tenant, locale, userId, { sessionId });
  const [notes, feedback, drafts, workYear] = await Promise.all([
    tenant
      .selectFrom("learning_notes")
      .leftJoin("users", "users.id", "learning_notes.updated_by")
      .selectAll("learning_notes")
      .select("users.name as updated_by_name")
      .where("learning_notes.session_id", "=", sessionId)
      .orderBy("learning_notes.created_at")
      .execute(),
    tenant
      .selectFrom("learning_feedback")
      .select((eb) => eb.fn.countAll<string>().as("n"))
      .where("learning_feedback.session_id", "=", sessionId)
      .executeTakeFirstOrThrow(),
    draftsOfSession(tenant, sessionId),
    tenant
      .selectFrom("work_years")
      .select(["work_years.year", "work_years.documentation_completed_at"])
      .where("work_years.year", "=", currentYear())
      .executeTakeFirst(),
  ]);
  const now = new Date();
  const timers = Object.fromEntries(
    Object.entries((session.timers ?? {}) as Record<string, StepTimer>).map(([id, t]) => [
      id,
      timerAt(t, now),
    ]),
  );
  // Notes follow the room's order where the room still exists.
  const order = roomLibrary().has(session.room_id)
    ? noteItems((await adaptedRoom(tenant, session.room_id, locale)).room).map(
        (i) => `${i.stepId}/${i.itemId}`,
      )
    : [];
  const position = (n: { step_id: string; item_id: string }) => {
    const at = order.indexOf(`${n.step_id}/${n.item_id}`);
    return at < 0 ? order.length : at;
  };
  return {
    ...summary!,
    roomAvailable: roomLibrary().has(session.room_id),
    participantNames: session.participant_names,
    locale: session.locale as Locale,
    currentStep: session.current_step,
    timers,
    serverNow: now.toISOString(),
    notes: [...notes]
      .sort((a, b) => position(a) - position(b))
      .map((note) => ({
        id: note.id,
        stepId: note.step_id,
        itemId: note.item_id,
        prompt: note.prompt,
        text: note.text,
        version: note.version,
        updatedAt: note.updated_at.toISOString(),
        updatedByName: note.updated_by_name,
        planItems: drafts.filter((d) => d.noteId === note.id).map(({ noteId: _, ...d }) => d),
      })),
    feedbackCount: Number(feedback.n),
    plan: {
      year: currentYear(),
      started: workYear !== undefined,
      closed: workYear?.documentation_completed_at != null,
      mayDraft: can(membership.role, "cycle.manage"),
    },
    version: session.version,
  };
}

/** Drafts go into this calendar year's work year (Swedish time). */
export const currentYear = () => Number(swedishToday().slice(0, 4));

/** The risks and measures drafted from the session's notes. */
export async function draftsOfSession(tenant: TenantDb, sessionId: string) {
  const [risks, measures] = await Promise.all([
    tenant
      .selectFrom("risks")
      .innerJoin("work_years", "work_years.id", "risks.work_year_id")
      .select(["risks.id", "risks.title", "risks.learning_note_id", "work_years.year"])
      .where("risks.learning_session_id", "=", sessionId)
      .execute(),
    tenant
      .selectFrom("measures")
      .innerJoin("work_years", "work_years.id", "measures.work_year_id")
      .select(["measures.id", "measures.title", "measures.learning_note_id", "work_years.year"])
      .where("measures.learning_session_id", "=", sessionId)
      .execute(),
  ]);
  return [
    ...risks.map((r) => ({ kind: "risk" as const, ...r })),
    ...measures.map((m) => ({ kind: "measure" as const, ...m })),
  ].map((d) => ({
    kind: d.kind,
    id: d.id,
    year: d.year,
    title: d.title,
    noteId: d.learning_note_id,
  }));
}

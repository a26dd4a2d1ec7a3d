import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { addDays } from "../../core/cycle/year-wheel.ts";
import { adaptRoom, noteItems } from "../../core/learning/adapt.ts";
import { MIN_FEEDBACK_RESPONSES } from "../../core/learning/progress.ts";
import type { StepTimer } from "../../core/learning/timer.ts";
import type { Role } from "../../core/platform/roles.ts";
import { swedishToday } from "../cycle/years/service.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import {
  createMember,
  createOrganisation,
  startTestApp,
  type TestApp,
  TestClient,
} from "../test/harness.ts";
import { loadRooms } from "./content.ts";
import { type LearningDemoRole, learningDemoPlan, seedLearningDemo } from "./seed-demo.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

const library = loadRooms();
const UNITS = ["Kommunledningsförvaltningen", "Hemtjänsten", "Gata och park", "Bygglov"];
/** The Swedish date of a point in time. */
const swedishDate = (at: Date | string) => swedishToday(new Date(at));

/** A fresh organisation with the demo's units and members, seeded as on `today`. */
async function seeded(today: string) {
  const { id: organisationId } = await createOrganisation(t.db, "Lärrumskommunen");
  const unitIds = new Map<string, string>();
  for (const name of UNITS) {
    const unit = await t.db
      .insertInto("units")
      .values({ organisation_id: organisationId, name })
      .returning("id")
      .executeTakeFirstOrThrow();
    unitIds.set(name, unit.id);
  }
  const roles: LearningDemoRole[] = ["hr", "manager", "union_rep", "safety_rep"];
  const members = {} as Record<LearningDemoRole, { membershipId: string; userId: string }>;
  const emails = {} as Record<LearningDemoRole, string>;
  for (const role of roles) {
    const member = await createMember(t.db, organisationId, role as Role);
    members[role] = { membershipId: member.membershipId, userId: member.id };
    emails[role] = member.email;
  }
  const { events } = await t.db.transaction().execute((trx) =>
    seedLearningDemo(trx, {
      organisationId,
      today,
      members,
      unitIds: [...unitIds.values()],
    }),
  );
  const tenant = forOrganisation(t.db, organisationId);
  const [sessions, notes, feedback] = await Promise.all([
    tenant.selectFrom("learning_sessions").selectAll("learning_sessions").execute(),
    tenant.selectFrom("learning_notes").selectAll("learning_notes").execute(),
    tenant.selectFrom("learning_feedback").selectAll("learning_feedback").execute(),
  ]);
  return { organisationId, tenant, unitIds, members, emails, events, sessions, notes, feedback };
}

type Seeded = Awaited<ReturnType<typeof seeded>>;

function expectLivedIn(seed: Seeded, today: string) {
  const { sessions, notes, feedback, members, unitIds } = seed;
  const byRoom = new Map(sessions.map((s) => [s.room_id, s]));
  expect(sessions).toHaveLength(5);
  expect(byRoom.size).toBe(5);

  // Three completed group sessions, one paused, one taken alone by the manager.
  const summary = sessions
    .map((s) => [s.room_id, s.mode, s.status, s.participant_count].join(" "))
    .sort();
  expect(summary).toEqual(
    [
      "arbetsforhallanden group completed 8",
      "foraldraskap-och-arbete individual completed 1",
      "introduktion group completed 14",
      "loner-och-villkor group paused 7",
      "rekrytering-och-befordran group completed 6",
    ].sort(),
  );
  expect(byRoom.get("introduktion")!.unit_id).toBeNull();
  expect(byRoom.get("arbetsforhallanden")!.unit_id).toBe(unitIds.get("Hemtjänsten"));
  expect(byRoom.get("rekrytering-och-befordran")!.unit_id).toBe(unitIds.get("Gata och park"));
  expect(byRoom.get("foraldraskap-och-arbete")!.started_by).toBe(members.manager.userId);
  expect(byRoom.get("foraldraskap-och-arbete")!.unit_id).toBeNull();

  // This year, before today; completed sessions end after they start, the paused one has not ended.
  const year = today.slice(0, 4);
  for (const s of sessions) {
    const context = `${today} ${s.room_id}`;
    const started = swedishDate(s.started_at);
    expect(started.slice(0, 4), context).toBe(year);
    expect(started <= today, context).toBe(true);
    if (today !== `${year}-01-01`) expect(started < today, context).toBe(true);
    expect(swedishDate(s.updated_at) <= today, context).toBe(true);
    if (s.status === "completed") {
      expect(s.completed_at, context).not.toBeNull();
      expect(s.completed_at!.getTime()).toBeGreaterThan(s.started_at.getTime());
      expect(swedishDate(s.completed_at!) <= today, context).toBe(true);
    } else expect(s.completed_at, context).toBeNull();
    // The clocks as the group left them: stopped, with time used.
    const timers = s.timers as Record<string, StepTimer>;
    expect(Object.keys(timers).length, context).toBeGreaterThan(3);
    for (const timer of Object.values(timers)) {
      expect(timer.running).toBe(false);
      expect(timer.elapsedSeconds).toBeGreaterThan(0);
      expect(Date.parse(timer.savedAt)).toBeGreaterThanOrEqual(s.started_at.getTime());
      expect(swedishDate(timer.savedAt) <= today, context).toBe(true);
    }
  }
  // The sessions follow each other through the year, the introduction first.
  const order = [
    "introduktion",
    "arbetsforhallanden",
    "rekrytering-och-befordran",
    "loner-och-villkor",
    "foraldraskap-och-arbete",
  ].map((room) => swedishDate(byRoom.get(room)!.started_at));
  expect([...order].sort()).toEqual(order);

  // Every note is on a question, task field or reflection of its room, as the room asks it.
  expect(notes.length).toBeGreaterThanOrEqual(30);
  for (const note of notes) {
    const session = sessions.find((s) => s.id === note.session_id)!;
    const room = library.get(session.room_id)!.sv;
    const item = noteItems(adaptRoom(room, { hiddenSteps: [], ownQuestions: [] })).find(
      (i) => i.stepId === note.step_id && i.itemId === note.item_id,
    );
    expect(item, `${session.room_id} ${note.step_id}/${note.item_id}`).toBeDefined();
    expect(note.prompt).toBe(item!.prompt);
    expect(note.text.trim().length).toBeGreaterThan(10);
    expect(note.created_at.getTime()).toBeGreaterThanOrEqual(session.started_at.getTime());
    expect(swedishDate(note.updated_at) <= today).toBe(true);
  }
  for (const s of sessions) {
    const own = notes.filter((n) => n.session_id === s.id);
    expect(own.length, s.room_id).toBeGreaterThanOrEqual(4);
    if (s.mode === "group" && s.status === "completed") {
      // The practical task was done: it has a risk and a measure to turn into drafts.
      const room = library.get(s.room_id)!.sv;
      const task = room.steps.find((step) => step.type === "task")!;
      for (const kind of ["risk", "measure"]) {
        const field = task.fields!.find((f) => f.kind === kind)!;
        expect(own.some((n) => n.step_id === task.id && n.item_id === field.id)).toBe(true);
      }
    }
  }

  // The paused session stopped after its second discussion: notes on both, nothing later.
  const paused = byRoom.get("loner-och-villkor")!;
  const pay = library.get("loner-och-villkor")!.sv.steps;
  const discussions = pay.filter((step) => step.type === "discussion").map((step) => step.id);
  const second = pay.findIndex((step) => step.id === discussions[1]);
  expect(paused.current_step).toBe(pay[second + 1]!.id);
  expect(Object.keys(paused.timers as object).sort()).toEqual(
    pay
      .slice(0, second + 1)
      .map((s) => s.id)
      .sort(),
  );
  const pausedNotes = notes.filter((n) => n.session_id === paused.id);
  expect(new Set(pausedNotes.map((n) => n.step_id))).toEqual(new Set(discussions.slice(0, 2)));

  // Anonymous feedback on the completed group sessions: enough to be shown, mostly good.
  for (const s of sessions) {
    const given = feedback.filter((f) => f.session_id === s.id);
    if (s.mode === "group" && s.status === "completed") {
      expect(given.length, s.room_id).toBeGreaterThanOrEqual(MIN_FEEDBACK_RESPONSES);
      expect(given.length).toBeLessThanOrEqual(s.participant_count);
    } else expect(given, s.room_id).toEqual([]);
    for (const f of given) {
      expect(f.room_id).toBe(s.room_id);
      expect(f.given_on <= today).toBe(true);
      expect(f.given_on >= swedishDate(s.started_at)).toBe(true);
    }
  }
  const ratings = feedback.map((f) => f.rating);
  expect(ratings.every((r) => Number.isInteger(r) && r >= 1 && r <= 5)).toBe(true);
  expect(ratings.filter((r) => r >= 3).length / ratings.length).toBeGreaterThan(0.8);
  expect(feedback.some((f) => f.comment.trim() !== "")).toBe(true);
}

describe("the demo organisation's learning rooms", () => {
  it("holds this year's sessions, notes and feedback, served by the API", async () => {
    const today = swedishToday();
    const seed = await seeded(today);
    expectLivedIn(seed, today);

    // Each session is in the audit trail, made by "Aktiva".
    const audit = await seed.tenant
      .selectFrom("audit_events")
      .select(["audit_events.entity_id", "audit_events.actor_user_id", "audit_events.action"])
      .where("audit_events.entity_type", "=", "learning_session")
      .execute();
    expect(seed.events).toBe(5);
    expect(audit).toHaveLength(seed.events);
    expect(new Set(audit.map((a) => a.entity_id))).toEqual(new Set(seed.sessions.map((s) => s.id)));
    expect(audit.every((a) => a.actor_user_id === null && a.action === "create")).toBe(true);

    // Nothing in the action plan: turning notes into drafts is left for the demo to show.
    for (const table of ["risks", "measures"] as const) {
      const rows = await seed.tenant.selectFrom(table).select(`${table}.id`).execute();
      expect(rows, table).toEqual([]);
    }

    const hr = new TestClient(t.app);
    await hr.signIn(seed.emails.hr);
    const api = `/api/organisations/${seed.organisationId}/learning`;
    const evidence = await hr.get(`${api}/evidence?year=${today.slice(0, 4)}`);
    expect(evidence.status, evidence.body).toBe(200);
    const rooms = new Map<
      string,
      {
        completedSessions: number;
        participants: number;
        feedback: { suppressed: boolean; average: number | null };
      }
    >(evidence.json.rooms.map((r: { roomId: string }) => [r.roomId, r]));
    expect(rooms.get("introduktion")).toMatchObject({ completedSessions: 1, participants: 14 });
    for (const room of ["introduktion", "arbetsforhallanden", "rekrytering-och-befordran"]) {
      expect(rooms.get(room)!.feedback.suppressed, room).toBe(false);
      expect(rooms.get(room)!.feedback.average!).toBeGreaterThanOrEqual(3.5);
    }

    // The manager's own session is theirs alone; the paused group session can be resumed.
    const sessions = await hr.get(`${api}/sessions`);
    expect(sessions.status, sessions.body).toBe(200);
    const seen = sessions.json.sessions.map((s: { roomId: string }) => s.roomId);
    expect(seen).toContain("loner-och-villkor");
    expect(seen).not.toContain("foraldraskap-och-arbete");
    const paused = seed.sessions.find((s) => s.status === "paused")!;
    const view = await hr.get(`${api}/sessions/${paused.id}`);
    expect(view.status, view.body).toBe(200);
    expect(view.json.notes).toHaveLength(
      seed.notes.filter((n) => n.session_id === paused.id).length,
    );
    const manager = new TestClient(t.app);
    await manager.signIn(seed.emails.manager);
    const alone = seed.sessions.find((s) => s.mode === "individual")!;
    const own = await manager.get(`${api}/sessions/${alone.id}`);
    expect(own.status, own.body).toBe(200);
    expect(own.json.status).toBe("completed");
  });

  it.each([
    ["on New Year's Day", "2026-01-01"],
    ["early January", "2026-01-05"],
    ["in March", "2026-03-02"],
    ["late December", "2026-12-28"],
  ])("stays realistic when created %s", async (_, today) => {
    expectLivedIn(await seeded(today), today);
  });
});

describe("the demo plan on every day of the year", () => {
  it.each([2026, 2028])("is held this year, before today and in order, throughout %i", (year) => {
    for (let today = `${year}-01-01`; today.startsWith(String(year)); today = addDays(today, 1)) {
      const days = learningDemoPlan(today).map((p) => p.on);
      expect([...days].sort(), today).toEqual(days);
      for (const day of days) {
        expect(day.startsWith(String(year)), `${today} ${day}`).toBe(true);
        expect(day <= today, `${today} ${day}`).toBe(true);
        if (today !== `${year}-01-01`) expect(day < today, `${today} ${day}`).toBe(true);
      }
      // Once the year is under way the sessions are spread out and held on weekdays.
      if (today >= `${year}-04-01`) {
        expect(new Set(days).size, today).toBe(days.length);
        for (const day of days)
          expect([0, 6], `${today} ${day}`).not.toContain(new Date(`${day}T00:00:00Z`).getUTCDay());
      }
    }
  });
});

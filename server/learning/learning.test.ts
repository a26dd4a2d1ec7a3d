import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MIN_FEEDBACK_RESPONSES } from "../../core/learning/progress.ts";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { buildYearDocumentation } from "../cycle/report/build.ts";
import { swedishToday } from "../cycle/years/service.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { createOrganisation, startTestApp, type TestApp } from "../test/harness.ts";
import { roomLibrary } from "./content.ts";
import { currentYear } from "./service.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let learning: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t, currentYear());
  learning = `${org.api}/learning`;
});
afterAll(() => t.close());

const ROOM = "arbetsforhallanden";
const room = () => roomLibrary().get(ROOM)!.sv;
const discussion = () => room().steps.find((s) => s.type === "discussion")!;
const task = () => room().steps.find((s) => s.type === "task")!;

async function startGroup(overrides: Record<string, unknown> = {}) {
  const response = await org.hr.post(`${learning}/sessions`, {
    roomId: ROOM,
    mode: "group",
    unitId: org.units.care,
    groupName: "APT Vård",
    participantCount: 3,
    ...overrides,
  });
  expect(response.status, JSON.stringify(response.json)).toBe(201);
  return response.json as { id: string; currentStep: string; version: number };
}

const notePath = (sessionId: string, stepId: string, itemId: string) =>
  `${learning}/sessions/${sessionId}/notes/${stepId}/${itemId}`;

describe("the office and the rooms", () => {
  it("shows every room with its minutes, and the group's progress as sessions start and end", async () => {
    const office = await org.members.participant.client.get(`${learning}/rooms`);
    expect(office.status).toBe(200);
    expect(office.json.rooms.map((r: { id: string }) => r.id)).toEqual([...roomLibrary().keys()]);
    expect(office.json.rooms[0]).toMatchObject({ id: "introduktion", progress: "not_started" });

    const session = await startGroup();
    const forCare = await org.hr.get(`${learning}/rooms?group=unit:${org.units.care}`);
    const door = forCare.json.rooms.find((r: { id: string }) => r.id === ROOM);
    expect(door).toMatchObject({ progress: "in_progress", openSessionId: session.id });
    const forSchool = await org.hr.get(`${learning}/rooms?group=unit:${org.units.school}`);
    expect(forSchool.json.rooms.find((r: { id: string }) => r.id === ROOM).progress).toBe(
      "not_started",
    );

    await org.hr.patch(`${learning}/sessions/${session.id}`, { status: "completed" });
    const after = await org.hr.get(`${learning}/rooms?group=unit:${org.units.care}`);
    expect(after.json.rooms.find((r: { id: string }) => r.id === ROOM).progress).toBe("done");
    // A group's session is not the manager's own individual progress.
    const mine = await org.hr.get(`${learning}/rooms?group=me`);
    expect(mine.json.rooms.find((r: { id: string }) => r.id === ROOM).progress).toBe("not_started");
  });

  it("gives a room's steps as HTML with links between rooms pointing into the app", async () => {
    const response = await org.hr.get(`${learning}/rooms/introduktion`);
    expect(response.status).toBe(200);
    expect(response.json.steps.length).toBe(roomLibrary().get("introduktion")!.sv.steps.length);
    const html = response.json.steps.map((s: { html: string }) => s.html).join("\n");
    expect(html).toContain("<strong>");
    expect(html).not.toContain("room:");
    expect(html).toMatch(new RegExp(`href="/o/${org.organisationId}/larande/[a-z-]+"`));
    expect((await org.hr.get(`${learning}/rooms/finns-inte`)).status).toBe(404);
  });

  it("lets HR hide steps and add own questions, and refuses others and an empty room", async () => {
    const situation = room().steps.find((s) => s.type === "situation")!;
    const hidden = await org.hr.put(`${learning}/rooms/${ROOM}/hidden-steps`, {
      hiddenSteps: [situation.id],
      version: 1,
    });
    expect(hidden.status).toBe(200);
    expect(hidden.json.steps.map((s: { id: string }) => s.id)).not.toContain(situation.id);
    expect(hidden.json.adjustments.hiddenSteps).toEqual([
      { id: situation.id, title: situation.title },
    ]);
    const stale = await org.hr.put(`${learning}/rooms/${ROOM}/hidden-steps`, {
      hiddenSteps: [],
      version: 1,
    });
    expect(stale.status).toBe(409);
    const all = await org.hr.put(`${learning}/rooms/${ROOM}/hidden-steps`, {
      hiddenSteps: room().steps.map((s) => s.id),
      version: 2,
    });
    expect(all.status).toBe(422);
    expect(all.json.errors[0].message).toBe("Minst ett steg måste vara kvar i rummet.");
    expect(
      (
        await org.members.union_rep.client.put(`${learning}/rooms/${ROOM}/hidden-steps`, {
          hiddenSteps: [],
          version: 2,
        })
      ).status,
    ).toBe(403);

    const added = await org.hr.post(`${learning}/rooms/${ROOM}/questions`, {
      stepId: discussion().id,
      text: "Hur fungerar omklädningsrummen på nattskiftet?",
      minutes: 3,
    });
    expect(added.status).toBe(201);
    const shown = await org.members.participant.client.get(`${learning}/rooms/${ROOM}`);
    const step = shown.json.steps.find((s: { id: string }) => s.id === discussion().id);
    expect(step.questions.at(-1)).toMatchObject({
      text: "Hur fungerar omklädningsrummen på nattskiftet?",
      own: true,
    });
    expect(step.minutes).toBe(discussion().minutes + 3);
    const onTask = await org.hr.post(`${learning}/rooms/${ROOM}/questions`, {
      stepId: task().id,
      text: "Fel steg",
      minutes: 3,
    });
    expect(onTask.status).toBe(422);

    // Put the room back for the other tests.
    await org.hr.put(`${learning}/rooms/${ROOM}/hidden-steps`, { hiddenSteps: [], version: 2 });
    const removed = await org.hr.delete(
      `${learning}/questions/${added.json.id}?version=${added.json.version}`,
    );
    expect(removed.status).toBe(204);
  });

  it("gives the discussion guide as a Word file", async () => {
    const response = await org.members.participant.client.get(
      `${learning}/rooms/${ROOM}/guide.docx`,
    );
    expect(response.status).toBe(200);
    expect(response.headers["content-type"]).toContain("wordprocessingml");
    expect(response.headers["content-disposition"]).toContain("Samtalsguide");
  });
});

describe("starting a session", () => {
  it("needs 1–100 participants for a group, with a message naming the field", async () => {
    for (const participantCount of [0, 500, 2.5]) {
      const response = await org.hr.post(`${learning}/sessions`, {
        roomId: ROOM,
        mode: "group",
        participantCount,
      });
      expect(response.status).toBe(422);
      expect(response.json.errors).toEqual([
        {
          path: "participantCount",
          message: "Antal deltagare ska vara ett heltal mellan 1 och 100.",
        },
      ]);
    }
    const missing = await org.hr.post(`${learning}/sessions`, { roomId: ROOM, mode: "group" });
    expect(missing.json.errors[0].path).toBe("participantCount");
    const unknown = await org.hr.post(`${learning}/sessions`, {
      roomId: "borttaget",
      mode: "individual",
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0]).toEqual({
      path: "roomId",
      message: "Rummet finns inte bland lärrummen.",
    });
  });

  it("keeps an individual session to the person who started it", async () => {
    const own = await org.members.manager.client.post(`${learning}/sessions`, {
      roomId: ROOM,
      mode: "individual",
    });
    expect(own.status).toBe(201);
    expect(own.json).toMatchObject({ mode: "individual", participantCount: 1 });
    expect((await org.hr.get(`${learning}/sessions/${own.json.id}`)).status).toBe(404);
    const listed = await org.hr.get(`${learning}/sessions?roomId=${ROOM}`);
    expect(listed.json.sessions.map((s: { id: string }) => s.id)).not.toContain(own.json.id);
    const mine = await org.members.manager.client.get(`${learning}/sessions?roomId=${ROOM}`);
    expect(mine.json.sessions.map((s: { id: string }) => s.id)).toContain(own.json.id);
  });

  it("is only for members of the organisation", async () => {
    const session = await startGroup();
    const other = await createOrganisation(t.db, "Annan kommun");
    const outsider = await org.hr.get(
      `/api/organisations/${other.id}/learning/sessions/${session.id}`,
    );
    expect(outsider.status).toBe(404);
  });
});

describe("notes during a session", () => {
  it("saves a note, shows it after a reload and refuses to overwrite a newer version", async () => {
    const session = await startGroup();
    const question = discussion().questions![0]!;
    const path = notePath(session.id, discussion().id, question.id);
    const first = await org.members.participant.client.put(path, {
      text: "Schemat gör att vissa aldrig hinner äta.",
      version: null,
    });
    expect(first.status).toBe(200);
    expect(first.json).toMatchObject({ prompt: question.text, version: 1 });
    const second = await org.hr.put(path, { text: "Schemat – raster saknas", version: 1 });
    expect(second.json.version).toBe(2);

    // The first scribe still has version 1: refused, and the newer text stays.
    const stale = await org.members.participant.client.put(path, {
      text: "Min gamla text",
      version: 1,
    });
    expect(stale.status).toBe(409);
    const reloaded = await org.hr.get(`${learning}/sessions/${session.id}`);
    expect(reloaded.json.notes).toEqual([
      expect.objectContaining({ itemId: question.id, text: "Schemat – raster saknas" }),
    ]);
    const audit = await t.db
      .selectFrom("audit_events")
      .select("action")
      .where("entity_id", "=", first.json.id)
      .execute();
    expect(audit.map((a) => a.action)).toEqual(["create", "update"]);
  });

  it("refuses an empty note and a question the room does not have, and deletes on request", async () => {
    const session = await startGroup();
    const question = discussion().questions![1]!;
    const path = notePath(session.id, discussion().id, question.id);
    const empty = await org.hr.put(path, { text: "   ", version: null });
    expect(empty.status).toBe(422);
    expect(empty.json.errors[0]).toEqual({
      path: "text",
      message: "Anteckningen är tom. Skriv något, eller ta bort anteckningen.",
    });
    expect(
      (await org.hr.put(notePath(session.id, discussion().id, "q99"), { text: "x", version: null }))
        .status,
    ).toBe(404);
    const saved = await org.hr.put(path, { text: "Något", version: null });
    expect((await org.hr.delete(`${path}?version=${saved.json.version}`)).status).toBe(204);
    expect((await org.hr.get(`${learning}/sessions/${session.id}`)).json.notes).toEqual([]);
  });

  it("is paused and resumed another day at the same step, with the clock where it stopped", async () => {
    const session = await startGroup();
    const step = discussion().id;
    await org.hr.patch(`${learning}/sessions/${session.id}`, { currentStep: step });
    const started = await org.hr.post(`${learning}/sessions/${session.id}/timer`, {
      stepId: step,
      action: "start",
    });
    expect(started.json.timers[step]).toMatchObject({ running: true, extraMinutes: 0 });
    await org.hr.post(`${learning}/sessions/${session.id}/timer`, {
      stepId: step,
      action: "extend",
    });
    const paused = await org.hr.patch(`${learning}/sessions/${session.id}`, { status: "paused" });
    expect(paused.json).toMatchObject({ status: "paused", currentStep: step });
    expect(paused.json.timers[step]).toMatchObject({ running: false, extraMinutes: 2 });

    const resumed = await org.members.union_rep.client.patch(`${learning}/sessions/${session.id}`, {
      status: "active",
    });
    expect(resumed.json).toMatchObject({ status: "active", currentStep: step });
    const unknownStep = await org.hr.patch(`${learning}/sessions/${session.id}`, {
      currentStep: "finns-inte",
    });
    expect(unknownStep.status).toBe(422);
  });

  it("keeps the notes of a room that was removed from the content, and says why it cannot go on", async () => {
    const row = await t.db
      .insertInto("learning_sessions")
      .values({
        organisation_id: org.organisationId,
        room_id: "borttaget-rum",
        mode: "group",
        participant_count: 5,
        current_step: "diskussion",
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    await t.db
      .insertInto("learning_notes")
      .values({
        organisation_id: org.organisationId,
        session_id: row.id,
        step_id: "diskussion",
        item_id: "q1",
        prompt: "En fråga som fanns",
        text: "Det vi kom fram till",
      })
      .execute();
    const view = await org.hr.get(`${learning}/sessions/${row.id}`);
    expect(view.status).toBe(200);
    expect(view.json).toMatchObject({ roomAvailable: false, roomTitle: null });
    expect(view.json.notes[0]).toMatchObject({
      prompt: "En fråga som fanns",
      text: "Det vi kom fram till",
    });
    const write = await org.hr.put(notePath(row.id, "diskussion", "q1"), {
      text: "Nytt",
      version: 1,
    });
    expect(write.status).toBe(409);
    expect(write.json.detail).toContain("finns inte längre");
  });
});

describe("into the plan", () => {
  let sessionId: string;
  let riskNote: string;
  let measureNote: string;

  beforeAll(async () => {
    const session = await startGroup({ participantCount: 4 });
    sessionId = session.id;
    const risk = task().fields!.find((f) => f.kind === "risk")!;
    const measure = task().fields!.find((f) => f.kind === "measure")!;
    riskNote = (
      await org.hr.put(notePath(sessionId, task().id, risk.id), {
        text: "Nattpersonalen har inget eget pausrum",
        version: null,
      })
    ).json.id;
    measureNote = (
      await org.hr.put(notePath(sessionId, task().id, measure.id), {
        text: "Gör om förrådet till pausrum",
        version: null,
      })
    ).json.id;
  });

  it("says the year must be started first", async () => {
    const response = await org.hr.post(`${learning}/sessions/${sessionId}/notes/${riskNote}/plan`, {
      kind: "risk",
      title: "Inget pausrum nattetid",
      area: "working_conditions",
    });
    expect(response.status).toBe(409);
    expect(response.json.detail).toContain(`Verksamhetsåret ${currentYear()} är inte startat`);
  });

  it("makes a draft risk and a draft measure with the session as their source, in one step each", async () => {
    expect((await org.hr.post(`${org.api}/years`, { year: currentYear() })).status).toBe(201);
    const risk = await org.hr.post(`${learning}/sessions/${sessionId}/notes/${riskNote}/plan`, {
      kind: "risk",
      title: "Inget pausrum nattetid",
      area: "working_conditions",
    });
    expect(risk.status).toBe(201);
    const noResponsible = await org.hr.post(
      `${learning}/sessions/${sessionId}/notes/${measureNote}/plan`,
      { kind: "measure", title: "Pausrum för natten", area: "working_conditions" },
    );
    expect(noResponsible.status).toBe(422);
    expect(noResponsible.json.errors[0].path).toBe("responsibleTitle");
    const measure = await org.hr.post(
      `${learning}/sessions/${sessionId}/notes/${measureNote}/plan`,
      {
        kind: "measure",
        title: "Pausrum för natten",
        area: "working_conditions",
        responsibleTitle: "Enhetschef Vård",
        dueOn: `${currentYear()}-12-15`,
      },
    );
    expect(measure.status).toBe(201);

    const risks = await org.hr.get(`${org.api}/years/${currentYear()}/risks`);
    const saved = risks.json.find((r: { id: string }) => r.id === risk.json.id);
    expect(saved).toMatchObject({
      source: "learning_session",
      description: "Nattpersonalen har inget eget pausrum",
      learningSource: {
        sessionId,
        roomId: ROOM,
        roomTitle: { sv: "Arbetsförhållanden" },
        groupName: "APT Vård",
        unitName: "Vård",
      },
    });
    const detail = await org.hr.get(`${org.api}/measures/${measure.json.id}`);
    expect(detail.json.measure).toMatchObject({
      status: "planned",
      responsibleTitle: "Enhetschef Vård",
      schedule: { kind: "date", dueOn: `${currentYear()}-12-15` },
      learningSource: { sessionId },
    });

    const view = await org.hr.get(`${learning}/sessions/${sessionId}`);
    const notes = view.json.notes as { id: string; planItems: { kind: string }[] }[];
    expect(notes.find((n) => n.id === riskNote)!.planItems).toEqual([
      expect.objectContaining({ kind: "risk", title: "Inget pausrum nattetid" }),
    ]);
    expect(notes.find((n) => n.id === measureNote)!.planItems[0]!.kind).toBe("measure");
  });

  it("is for HR and admins only", async () => {
    const response = await org.members.union_rep.client.post(
      `${learning}/sessions/${sessionId}/notes/${riskNote}/plan`,
      { kind: "risk", title: "Försök", area: "working_conditions" },
    );
    expect(response.status).toBe(403);
  });

  it("refuses a year whose documentation is completed, and nothing is lost", async () => {
    await t.db
      .updateTable("work_years")
      .set({ documentation_completed_at: new Date() })
      .where("organisation_id", "=", org.organisationId)
      .where("year", "=", currentYear())
      .execute();
    const response = await org.hr.post(`${learning}/sessions/${sessionId}/notes/${riskNote}/plan`, {
      kind: "risk",
      title: "En till",
      area: "working_conditions",
    });
    expect(response.status).toBe(409);
    expect(response.json.detail).toContain("markerad som klar");
    const view = await org.hr.get(`${learning}/sessions/${sessionId}`);
    expect(view.json.plan).toMatchObject({ closed: true, started: true, mayDraft: true });
    expect(view.json.notes).toHaveLength(2);
    await t.db
      .updateTable("work_years")
      .set({ documentation_completed_at: null })
      .where("organisation_id", "=", org.organisationId)
      .where("year", "=", currentYear())
      .execute();
  });
});

describe("feedback", () => {
  it("is given after the session, anonymously, at most once per participant", async () => {
    const session = await startGroup({ roomId: "kompetensutveckling", participantCount: 3 });
    const early = await org.hr.post(`${learning}/sessions/${session.id}/feedback`, { rating: 4 });
    expect(early.status).toBe(409);
    await org.hr.patch(`${learning}/sessions/${session.id}`, { status: "completed" });
    const bad = await org.hr.post(`${learning}/sessions/${session.id}/feedback`, { rating: 6 });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].message).toBe("Välj ett betyg från 1 till 5.");

    const evidenceOf = async () =>
      (
        await org.members.union_rep.client.get(`${learning}/evidence?year=${currentYear()}`)
      ).json.rooms.find((r: { roomId: string }) => r.roomId === "kompetensutveckling");
    for (const [i, rating] of [5, 4].entries()) {
      const given = await org.members.participant.client.post(
        `${learning}/sessions/${session.id}/feedback`,
        { rating, comment: i === 0 ? "Bra frågor om vem som får gå kurser" : "" },
      );
      expect(given.json.feedbackCount).toBe(i + 1);
    }
    // Two answers: too few to show without someone being recognisable.
    expect((await evidenceOf()).feedback).toMatchObject({
      count: 2,
      average: null,
      suppressed: true,
    });
    expect((await evidenceOf()).comments).toEqual([]);
    expect(MIN_FEEDBACK_RESPONSES).toBe(3);
    await org.members.participant.client.post(`${learning}/sessions/${session.id}/feedback`, {
      rating: 3,
    });
    const shown = await evidenceOf();
    expect(shown).toMatchObject({
      completedSessions: 1,
      participants: 3,
      feedback: { count: 3, average: 4, distribution: [0, 0, 1, 1, 1], suppressed: false },
      comments: [expect.objectContaining({ text: "Bra frågor om vem som får gå kurser" })],
    });
    const full = await org.hr.post(`${learning}/sessions/${session.id}/feedback`, { rating: 5 });
    expect(full.status).toBe(409);
    expect(full.json.detail).toBe(
      "Alla 3 deltagare har redan lämnat omdöme för den här sessionen.",
    );
    // Nothing in the stored answer points to a person or a time of day.
    const columns = Object.keys(
      (await t.db.selectFrom("learning_feedback").selectAll().executeTakeFirstOrThrow()) as object,
    );
    expect(columns.sort()).toEqual(
      ["comment", "given_on", "id", "organisation_id", "rating", "room_id", "session_id"].sort(),
    );
  });

  it("shows who took which room in the year to the parties, not to participants", async () => {
    const evidence = await org.members.safety_rep.client.get(
      `${learning}/evidence?year=${currentYear()}`,
    );
    expect(evidence.status).toBe(200);
    expect(evidence.json.sessions.length).toBeGreaterThan(0);
    expect(evidence.json.sessions[0]).toHaveProperty("participantCount");
    expect(
      (await org.members.participant.client.get(`${learning}/evidence?year=${currentYear()}`))
        .status,
    ).toBe(403);
  });
});

describe("the yearly documentation", () => {
  it("cites the rooms groups completed in the year, with unit, date and participants", async () => {
    const doc = await buildYearDocumentation(forOrganisation(t.db, org.organisationId), {
      organisation: { name: "Cykelkommunen", orgNumber: "212000-0000" },
      year: currentYear(),
      locale: "sv",
      today: swedishToday(),
    });
    const at = doc.blocks.findIndex(
      (b) => b.type === "heading" && b.text === "Kunskapshöjande insatser i lärrummen",
    );
    const table = doc.blocks.slice(at).find((b) => b.type === "table");
    expect(table?.type === "table" && table.rows).toContainEqual([
      expect.any(String),
      "Arbetsförhållanden",
      "Vård, APT Vård",
      "3",
    ]);
  });
});

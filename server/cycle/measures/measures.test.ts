import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../../test/harness.ts";
import { cycleOrganisation } from "../fixtures.test-helper.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  expect((await org.hr.post(`${org.api}/years`, { year: 2026 })).status).toBe(201);
});
afterAll(() => t.close());

const measure = (overrides: Record<string, unknown> = {}) => ({
  area: "working_conditions",
  title: "Skyddsrond med social arbetsmiljö",
  responsibleTitle: "Enhetschef",
  schedule: { kind: "yearly", month: 3 },
  ...overrides,
});

async function audit(entityId: string) {
  return t.db
    .selectFrom("audit_events")
    .select(["action", "entity_type"])
    .where("entity_id", "=", entityId)
    .orderBy("id")
    .execute();
}

describe("planning a measure", () => {
  it("saves a measure with schedule, responsible role title and the risk it answers", async () => {
    const risk = await org.hr.post(`${org.api}/years/2026/risks`, {
      title: "Mötestider efter förskolans stängning",
      areas: ["parenthood_and_work"],
      grounds: ["sex"],
      source: "investigation",
      unitIds: [org.units.school],
    });
    expect(risk.status).toBe(201);
    const created = await org.hr.post(
      `${org.api}/years/2026/measures`,
      measure({
        area: "parenthood_and_work",
        title: "Lägg APT före kl. 16",
        riskIds: [risk.json.id],
        schedule: { kind: "times_per_year", times: 4 },
        costEstimate: 0,
        followUpOn: "2026-12-01",
        startOn: "2026-02-01",
      }),
    );
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({
      year: 2026,
      status: "planned",
      responsibleTitle: "Enhetschef",
      schedule: { kind: "times_per_year", times: 4 },
      riskIds: [risk.json.id],
      canEdit: true,
      version: 1,
    });
    const risks = await org.hr.get(`${org.api}/years/2026/risks`);
    expect(risks.json[0].measureIds).toEqual([created.json.id]);
    expect(await audit(created.json.id)).toEqual([{ action: "create", entity_type: "measure" }]);
  });

  it("refuses bad input with Swedish messages naming each field, and saves nothing", async () => {
    const before = await org.hr.get(`${org.api}/years/2026/measures`);
    const bad = await org.hr.post(
      `${org.api}/years/2026/measures`,
      measure({
        responsibleTitle: "",
        responsibleMemberId: "00000000-0000-4000-8000-000000000000",
        startOn: "2026-05-01",
        followUpOn: "2026-04-01",
      }),
    );
    expect(bad.status).toBe(422);
    expect(bad.json.errors).toEqual([
      { path: "followUpOn", message: "Uppföljningen kan inte ligga före startdatumet." },
      {
        path: "responsibleMemberId",
        message: "Personen finns inte bland organisationens medlemmar.",
      },
    ]);
    const missing = await org.hr.post(`${org.api}/years/2026/measures`, {
      area: "working_conditions",
      title: " ",
      schedule: { kind: "date", dueOn: "15 mars" },
    });
    expect(missing.status).toBe(422);
    expect(missing.json.errors).toEqual(
      expect.arrayContaining([
        { path: "title", message: "Fältet måste fyllas i." },
        {
          path: "schedule.dueOn",
          message: "Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2026-03-15.",
        },
      ]),
    );
    const noOne = await org.hr.post(
      `${org.api}/years/2026/measures`,
      measure({ responsibleTitle: null }),
    );
    expect(noOne.json.errors).toEqual([
      {
        path: "responsibleTitle",
        message: "Välj en ansvarig person eller skriv en befattning, till exempel Personalchef.",
      },
    ]);
    expect((await org.hr.get(`${org.api}/years/2026/measures`)).json).toEqual(before.json);
  });

  it("adopts a measure from the library in one step, in the user's language", async () => {
    const adopted = await org.hr.post(`${org.api}/years/2026/measures/from-library`, {
      key: "parental-leave-contact",
    });
    expect(adopted.status).toBe(201);
    expect(adopted.json).toMatchObject({
      area: "parenthood_and_work",
      libraryKey: "parental-leave-contact",
      status: "planned",
    });
    expect(adopted.json.title).toMatch(/föräldralediga/i);
    const round = await org.hr.post(`${org.api}/years/2026/measures/from-library`, {
      key: "safety-round-social",
    });
    // Safety rounds in October are followed up the March after.
    expect(round.json).toMatchObject({
      schedule: { kind: "yearly", month: 10 },
      followUpOn: "2027-03-31",
    });
    const unknown = await org.hr.post(`${org.api}/years/2026/measures/from-library`, {
      key: "finns-inte",
    });
    expect(unknown.status).toBe(422);
    expect(unknown.json.errors[0]).toEqual({
      path: "key",
      message: "Åtgärden finns inte i åtgärdsbanken.",
    });
  });
});

describe("who may change a measure", () => {
  it("lets a manager carry out measures in their own units and sub-units, but no others", async () => {
    const { manager } = org.members;
    const inPreschool = await org.hr.post(
      `${org.api}/years/2026/measures`,
      measure({ unitId: org.units.preschool }),
    );
    const inCare = await org.hr.post(
      `${org.api}/years/2026/measures`,
      measure({ unitId: org.units.care }),
    );
    const list = await manager.client.get(`${org.api}/years/2026/measures`);
    const byId = new Map(list.json.map((m: { id: string; canEdit: boolean }) => [m.id, m.canEdit]));
    expect(byId.get(inPreschool.json.id)).toBe(true);
    expect(byId.get(inCare.json.id)).toBe(false);

    const done = await manager.client.patch(`${org.api}/measures/${inPreschool.json.id}`, {
      version: 1,
      status: "done",
      evaluation: { effect: "partly", comment: "Fler kom, men inte nattpersonalen." },
    });
    expect(done.status).toBe(200);
    expect(done.json).toMatchObject({
      status: "done",
      evaluation: { effect: "partly", evaluatedBy: "Test manager" },
    });
    expect(done.json.completedAt).not.toBeNull();

    const refused = await manager.client.patch(`${org.api}/measures/${inCare.json.id}`, {
      version: 1,
      status: "done",
    });
    expect(refused.status).toBe(403);
    const moved = await manager.client.patch(`${org.api}/measures/${inPreschool.json.id}`, {
      version: 2,
      unitId: org.units.care,
    });
    expect(moved.status).toBe(422);
    expect(moved.json.errors[0].path).toBe("unitId");
    const created = await manager.client.post(`${org.api}/years/2026/measures`, measure());
    expect(created.status).toBe(403);
  });

  it("lets representatives read and comment but not change; participants see nothing", async () => {
    const target = await org.hr.post(`${org.api}/years/2026/measures`, measure());
    for (const role of ["union_rep", "safety_rep"] as const) {
      const { client } = org.members[role];
      expect((await client.get(`${org.api}/years/2026/measures`)).status).toBe(200);
      expect(
        (
          await client.patch(`${org.api}/measures/${target.json.id}`, {
            version: 1,
            status: "done",
          })
        ).status,
      ).toBe(403);
      const comment = await client.post(`${org.api}/measures/${target.json.id}/comments`, {
        body: `Synpunkt från ${role}`,
      });
      expect(comment.status).toBe(201);
    }
    const detail = await org.hr.get(`${org.api}/measures/${target.json.id}`);
    expect(
      detail.json.comments.map((c: { body: string; authorRole: string }) => [c.authorRole, c.body]),
    ).toEqual([
      ["union_rep", "Synpunkt från union_rep"],
      ["safety_rep", "Synpunkt från safety_rep"],
    ]);
    const participant = org.members.participant.client;
    expect((await participant.get(`${org.api}/years/2026/measures`)).status).toBe(403);
    expect(
      (await participant.post(`${org.api}/measures/${target.json.id}/comments`, { body: "Hej" }))
        .status,
    ).toBe(403);
  });
});

describe("two people editing the same measure", () => {
  it("refuses the second save with a clear conflict message and keeps the first", async () => {
    const target = await org.hr.post(`${org.api}/years/2026/measures`, measure());
    const admin = org.members.admin.client;
    const first = await org.hr.patch(`${org.api}/measures/${target.json.id}`, {
      version: 1,
      title: "HR:s titel",
    });
    expect(first.status).toBe(200);
    const second = await admin.patch(`${org.api}/measures/${target.json.id}`, {
      version: 1,
      title: "Adminens titel",
    });
    expect(second.status).toBe(409);
    expect(second.json.detail).toMatch(/Någon annan har ändrat det här/);
    const now = await org.hr.get(`${org.api}/measures/${target.json.id}`);
    expect(now.json.measure).toMatchObject({ title: "HR:s titel", version: 2 });
    expect(
      now.json.history.map((h: { action: string; changed: string[] }) => [h.action, h.changed]),
    ).toEqual([
      ["create", []],
      ["update", ["title"]],
    ]);
  });

  it("lets exactly one of two simultaneous saves of the same version through", async () => {
    const target = await org.hr.post(`${org.api}/years/2026/measures`, measure());
    const results = await Promise.all([
      org.hr.patch(`${org.api}/measures/${target.json.id}`, { version: 1, status: "in_progress" }),
      org.members.admin.client.patch(`${org.api}/measures/${target.json.id}`, {
        version: 1,
        status: "postponed",
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
  });
});

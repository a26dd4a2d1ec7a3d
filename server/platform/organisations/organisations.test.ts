import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMember,
  createOrganisation,
  createUser,
  nextOrgNumber,
  signedInClient,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../test/harness.ts";

let t: TestApp;
let orgId: string;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  orgId = (await createOrganisation(t.db, "Organisationskommunen")).id;
  admin = await signedInClient(
    t.app,
    (await createMember(t.db, orgId, "admin", "Ada Admin")).email,
  );
});
afterAll(() => t.close());

describe("organisations", () => {
  it("creates an organisation with its creator as administrator", async () => {
    const client = await signedInClient(t.app, (await createUser(t.db, "Grundare")).email);
    const response = await client.post("/api/organisations", {
      name: "Nya bolaget AB",
      orgNumber: "5560360793",
      sector: "private",
    });
    expect(response.status).toBe(201);
    expect(response.json).toMatchObject({
      name: "Nya bolaget AB",
      orgNumber: "556036-0793",
      sector: "private",
      myRole: "admin",
    });
    expect(response.json.permissions).toContain("members.manage");
  });

  it("explains an invalid organisationsnummer in Swedish and creates nothing", async () => {
    const client = await signedInClient(t.app, (await createUser(t.db)).email);
    const response = await client.post("/api/organisations", {
      name: "Felbolaget",
      orgNumber: "556036-0794",
      sector: "private",
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      {
        path: "orgNumber",
        message: "Organisationsnumret är inte giltigt: kontrollsiffran stämmer inte.",
      },
    ]);
    expect((await client.get("/api/session")).json.organisations).toEqual([]);
  });

  it("refuses a second organisation with the same number", async () => {
    const orgNumber = nextOrgNumber();
    const client = await signedInClient(t.app, (await createUser(t.db)).email);
    expect(
      (await client.post("/api/organisations", { name: "Första", orgNumber, sector: "state" }))
        .status,
    ).toBe(201);
    const second = await client.post("/api/organisations", {
      name: "Andra",
      orgNumber,
      sector: "state",
    });
    expect(second.status).toBe(422);
    expect(second.json.errors[0]).toEqual({
      path: "orgNumber",
      message: "Det finns redan en organisation med det organisationsnumret.",
    });
  });

  it("derives the documentation duty from the headcount at the start of the year", async () => {
    const year = new Date().getFullYear();
    expect((await admin.get(`/api/organisations/${orgId}`)).json.documentationDuty).toEqual({
      year,
      headcount: null,
      duty: "unknown",
    });
    const hr = await signedInClient(t.app, (await createMember(t.db, orgId, "hr")).email);
    for (const [headcount, duty] of [
      [8, "none"],
      [24, "pay_survey"],
      [25, "full"],
    ] as const) {
      const response = await hr.put(`/api/organisations/${orgId}/headcounts/${year}`, {
        headcount,
      });
      expect(response.json.documentationDuty).toEqual({ year, headcount, duty });
    }
    const events = await admin.get(`/api/organisations/${orgId}/audit-events?entityType=headcount`);
    expect(
      events.json.events.map((e: { action: string; after: { headcount: number } }) => [
        e.action,
        e.after.headcount,
      ]),
    ).toEqual([
      ["update", 25],
      ["update", 24],
      ["create", 8],
    ]);
  });

  it("lets only administrators change the organisation's details", async () => {
    const manager = await signedInClient(t.app, (await createMember(t.db, orgId, "manager")).email);
    expect((await manager.patch(`/api/organisations/${orgId}`, { name: "Kuppen" })).status).toBe(
      403,
    );
    const renamed = await admin.patch(`/api/organisations/${orgId}`, {
      name: "Organisationskommunen 2.0",
      sector: "municipality",
    });
    expect(renamed.json.name).toBe("Organisationskommunen 2.0");
    const events = await admin.get(
      `/api/organisations/${orgId}/audit-events?entityType=organisation`,
    );
    expect(events.json.events[0]).toMatchObject({
      action: "update",
      actor: { name: "Ada Admin" },
      before: { name: "Organisationskommunen" },
      after: { name: "Organisationskommunen 2.0" },
    });
  });
});

describe("units", () => {
  it("keeps a tree, refuses a unit under itself, and deletes only leaves", async () => {
    const base = `/api/organisations/${orgId}/units`;
    const top = (await admin.post(base, { name: "Socialförvaltningen" })).json;
    const child = (await admin.post(base, { name: "Hemtjänsten", parentId: top.id })).json;
    const grandchild = (await admin.post(base, { name: "Hemtjänst norr", parentId: child.id }))
      .json;
    expect(grandchild.parentId).toBe(child.id);

    const cycle = await admin.patch(`${base}/${top.id}`, { parentId: grandchild.id });
    expect(cycle.status).toBe(422);
    expect(cycle.json.errors).toEqual([
      {
        path: "parentId",
        message: "En enhet kan inte ligga under sig själv eller sina egna underenheter.",
      },
    ]);

    const refused = await admin.delete(`${base}/${child.id}`);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toBe("Enheten har underenheter. Flytta eller ta bort dem först.");

    expect(
      (await admin.patch(`${base}/${grandchild.id}`, { parentId: top.id, name: "Hemtjänst Norr" }))
        .json,
    ).toMatchObject({ parentId: top.id, name: "Hemtjänst Norr" });
    expect((await admin.delete(`${base}/${child.id}`)).status).toBe(204);
    const names = (await admin.get(base)).json.map((u: { name: string }) => u.name);
    expect(names).toEqual(["Hemtjänst Norr", "Socialförvaltningen"]);

    const participant = await signedInClient(
      t.app,
      (await createMember(t.db, orgId, "participant")).email,
    );
    expect((await participant.get(base)).status).toBe(200);
    expect((await participant.post(base, { name: "Egen enhet" })).status).toBe(403);
  });

  it("requires a name, in Swedish", async () => {
    const response = await admin.post(`/api/organisations/${orgId}/units`, { name: "   " });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([{ path: "name", message: "Fältet måste fyllas i." }]);
  });
});

describe("members", () => {
  it("changes roles, with the union required for a union representative", async () => {
    const member = await createMember(t.db, orgId, "participant", "Mia Medlem");
    const url = `/api/organisations/${orgId}/members/${member.membershipId}`;
    expect((await admin.patch(url, { role: "union_rep" })).status).toBe(422);
    expect((await admin.patch(url, { role: "union_rep", unionName: "Vision" })).json).toMatchObject(
      { role: "union_rep", unionName: "Vision" },
    );
  });

  it("always keeps an administrator", async () => {
    const solo = (await createOrganisation(t.db, "Ensambolaget")).id;
    const only = await createMember(t.db, solo, "admin", "Enda Admin");
    const client = await signedInClient(t.app, only.email);
    const response = await client.patch(`/api/organisations/${solo}/members/${only.membershipId}`, {
      role: "hr",
    });
    expect(response.status).toBe(409);
    expect(response.json.detail).toBe("Organisationen måste ha minst en administratör.");
    expect(
      (await client.delete(`/api/organisations/${solo}/members/${only.membershipId}`)).status,
    ).toBe(409);
  });

  it("keeps an administrator when two administrators step down at the same moment", async () => {
    const pair = (await createOrganisation(t.db, "Tvåadminbolaget")).id;
    const first = await createMember(t.db, pair, "admin", "Första Admin");
    const second = await createMember(t.db, pair, "admin", "Andra Admin");
    const [a, b] = await Promise.all([
      signedInClient(t.app, first.email),
      signedInClient(t.app, second.email),
    ]);
    const results = await Promise.all([
      a.patch(`/api/organisations/${pair}/members/${first.membershipId}`, { role: "hr" }),
      b.patch(`/api/organisations/${pair}/members/${second.membershipId}`, { role: "hr" }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([200, 409]);
    const admins = await t.db
      .selectFrom("memberships")
      .select("id")
      .where("organisation_id", "=", pair)
      .where("role", "=", "admin")
      .execute();
    expect(admins).toHaveLength(1);
  });

  it("removes a member, who then loses access", async () => {
    const member = await createMember(t.db, orgId, "safety_rep");
    const client = await signedInClient(t.app, member.email);
    expect((await client.get(`/api/organisations/${orgId}`)).status).toBe(200);
    expect(
      (await admin.delete(`/api/organisations/${orgId}/members/${member.membershipId}`)).status,
    ).toBe(204);
    expect((await client.get(`/api/organisations/${orgId}`)).status).toBe(404);
  });

  it("hides the member list from participants", async () => {
    const participant = await signedInClient(
      t.app,
      (await createMember(t.db, orgId, "participant")).email,
    );
    expect((await participant.get(`/api/organisations/${orgId}/members`)).status).toBe(403);
  });
});

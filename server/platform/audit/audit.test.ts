import { sql } from "kysely";
import { afterAll, beforeAll, expect, it } from "vitest";
import {
  createMember,
  createOrganisation,
  signedInClient,
  startTestApp,
  type TestApp,
  type TestClient,
} from "../../test/harness.ts";

let t: TestApp;
let orgId: string;
let admin: TestClient;
let hrId: string;
beforeAll(async () => {
  t = await startTestApp();
  orgId = (await createOrganisation(t.db, "Loggkommunen")).id;
  admin = await signedInClient(
    t.app,
    (await createMember(t.db, orgId, "admin", "Ada Admin")).email,
  );
  const hr = await createMember(t.db, orgId, "hr", "Hugo HR");
  hrId = hr.id;
  const hrClient = await signedInClient(t.app, hr.email);
  await admin.post(`/api/organisations/${orgId}/units`, { name: "Kultur" });
  await hrClient.post(`/api/organisations/${orgId}/units`, { name: "Fritid" });
});
afterAll(() => t.close());

it("records who changed what, before and after, and filters by person and type", async () => {
  const all = await admin.get(`/api/organisations/${orgId}/audit-events`);
  expect(all.json.total).toBe(2);
  const byHr = await admin.get(`/api/organisations/${orgId}/audit-events?actorId=${hrId}`);
  expect(byHr.json.events).toHaveLength(1);
  expect(byHr.json.events[0]).toMatchObject({
    action: "create",
    entityType: "unit",
    actor: { id: hrId, name: "Hugo HR" },
    after: { name: "Fritid" },
    before: null,
  });
  expect(
    (await admin.get(`/api/organisations/${orgId}/audit-events?entityType=membership`)).json.total,
  ).toBe(0);
});

it("filters by date range in Swedish time", async () => {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" });
  expect(
    (await admin.get(`/api/organisations/${orgId}/audit-events?from=${today}&to=${today}`)).json
      .total,
  ).toBe(2);
  expect(
    (await admin.get(`/api/organisations/${orgId}/audit-events?to=2020-01-01`)).json.total,
  ).toBe(0);
  const bad = await admin.get(`/api/organisations/${orgId}/audit-events?from=igår`);
  expect(bad.status).toBe(422);
  expect(bad.json.errors[0].path).toBe("from");
});

it("exports the filtered trail as CSV that Swedish Excel opens", async () => {
  const response = await admin.get(`/api/organisations/${orgId}/audit-events.csv?entityType=unit`);
  expect(response.status).toBe(200);
  expect(response.headers["content-type"]).toBe("text/csv; charset=utf-8");
  expect(response.headers["content-disposition"]).toMatch(
    /^attachment; filename="handelselogg-\d{4}-\d{2}-\d{2}\.csv"$/,
  );
  const lines = response.body.split("\r\n");
  expect(lines[0]).toBe("\uFEFFTidpunkt;Person;E-post;Händelse;Typ;Id;Före;Efter");
  expect(lines).toHaveLength(4);
  expect(lines[1]).toContain(";Hugo HR;");
  expect(lines[1]).toContain(';"{""id"":');
});

it("is only for administrators", async () => {
  const hr = await signedInClient(t.app, (await createMember(t.db, orgId, "hr")).email);
  expect((await hr.get(`/api/organisations/${orgId}/audit-events`)).status).toBe(403);
  expect((await hr.get(`/api/organisations/${orgId}/audit-events.csv`)).status).toBe(403);
});

it("cannot be changed or deleted, even with direct database access", async () => {
  await expect(sql`update audit_events set entity_type = 'x'`.execute(t.db)).rejects.toThrow(
    /append-only/,
  );
  await expect(sql`delete from audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  await expect(sql`truncate audit_events`.execute(t.db)).rejects.toThrow(/append-only/);
  expect((await admin.get(`/api/organisations/${orgId}/audit-events`)).json.total).toBe(2);
});

it("rolls the change back when its audit event cannot be written", async () => {
  // A change and its audit event share one transaction: break the event and the change is gone too.
  await sql`alter table audit_events add constraint no_units check (entity_type <> 'unit') not valid`.execute(
    t.db,
  );
  try {
    const response = await admin.post(`/api/organisations/${orgId}/units`, { name: "Spöke" });
    expect(response.status).toBe(500);
    const units = await admin.get(`/api/organisations/${orgId}/units`);
    expect(units.json.map((u: { name: string }) => u.name)).not.toContain("Spöke");
  } finally {
    await sql`alter table audit_events drop constraint no_units`.execute(t.db);
  }
});

it("lists who appears in the trail and which types of change, also for people who have left", async () => {
  const leaver = await createMember(t.db, orgId, "hr", "Lisa Lämnat");
  const client = await signedInClient(t.app, leaver.email);
  await client.put(`/api/organisations/${orgId}/headcounts/2026`, { headcount: 30 });
  await t.db.deleteFrom("memberships").where("id", "=", leaver.membershipId).execute();
  const facets = await admin.get(`/api/organisations/${orgId}/audit-events/facets`);
  expect(facets.json).toEqual({
    actors: [
      { id: expect.any(String), name: "Ada Admin" },
      { id: hrId, name: "Hugo HR" },
      { id: leaver.id, name: "Lisa Lämnat" },
    ],
    entityTypes: ["headcount", "unit"],
  });
});

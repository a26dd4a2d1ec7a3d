import { afterAll, beforeAll, expect, it } from "vitest";
import { startTestApp, type TestApp, TestClient } from "../../test/harness.ts";
import { seedDemo } from "./demo.ts";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp();
});
afterAll(() => t.close());

it("creates Exempelkommunen with one account per role, recorded in the audit trail, once", async () => {
  const first = await seedDemo(t.db, "demo-losenord-test");
  expect(first).toEqual({ created: true });
  expect(await seedDemo(t.db, "ett-annat-losenord")).toEqual({ created: false });

  const admin = new TestClient(t.app);
  const session = (
    await admin.post("/api/auth/sign-in", {
      email: "admin@exempelkommunen.se",
      password: "demo-losenord-test",
    })
  ).json;
  expect(
    session.organisations.map((o: { name: string; role: string }) => `${o.name}:${o.role}`),
  ).toEqual(["Exempelbolaget AB:admin", "Exempelkommunen:admin"]);
  const kommun = session.organisations.find(
    (o: { name: string }) => o.name === "Exempelkommunen",
  ).id;

  const members = (await admin.get(`/api/organisations/${kommun}/members`)).json;
  expect(
    members.map((m: { email: string; role: string }) => `${m.email}:${m.role}`).sort(),
  ).toEqual([
    "admin@exempelkommunen.se:admin",
    "arrangor@exempelkommunen.se:organiser",
    "chef@exempelkommunen.se:manager",
    "deltagare@exempelkommunen.se:participant",
    "fack@exempelkommunen.se:union_rep",
    "hr@exempelkommunen.se:hr",
    "skyddsombud@exempelkommunen.se:safety_rep",
  ]);
  expect(members.find((m: { role: string }) => m.role === "manager").unitIds).toHaveLength(2);
  expect(members.find((m: { role: string }) => m.role === "union_rep").unionName).toBe("Kommunal");

  const organisation = (await admin.get(`/api/organisations/${kommun}`)).json;
  expect(organisation.documentationDuty).toMatchObject({ headcount: 1212, duty: "full" });
  const units = (await admin.get(`/api/organisations/${kommun}/units`)).json;
  const audit = (await admin.get(`/api/organisations/${kommun}/audit-events`)).json;
  // Every row of the demo cycle (seedCycleDemo) is recorded too, one event per row.
  const cycleTables = [
    "work_years",
    "investigations",
    "risks",
    "gender_balance_groups",
    "measures",
    "measure_comments",
    "cooperation_meetings",
    "union_positions",
    "harassment_documents",
    "harassment_document_versions",
  ] as const;
  let cycleRows = 0;
  for (const table of cycleTables) {
    const { count } = await t.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<string>().as("count"))
      .where("organisation_id", "=", kommun)
      .executeTakeFirstOrThrow();
    cycleRows += Number(count);
  }
  expect(cycleRows).toBeGreaterThan(100);
  // Learning sessions are audited one event each; their notes and feedback belong to them.
  const { count: sessions } = await t.db
    .selectFrom("learning_sessions")
    .select((eb) => eb.fn.countAll<string>().as("count"))
    .where("organisation_id", "=", kommun)
    .executeTakeFirstOrThrow();
  expect(Number(sessions)).toBeGreaterThan(3);
  expect(audit.total).toBe(1 + 2 + units.length + members.length + cycleRows + Number(sessions));
  expect(audit.events.every((e: { actor: unknown }) => e.actor === null)).toBe(true);
});

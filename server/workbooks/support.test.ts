import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ROLES } from "../../core/platform/roles.ts";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";

/** The support page: the organisation's own contacts, kept by admins, and the national lines. */
let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
let path: string;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
  path = `${org.api}/support-contacts`;
});
afterAll(() => t.close());

const admin = () => org.members.admin.client;

describe("reading the page", () => {
  it.each(ROLES)("is open to a member who is %s", async (role) => {
    const page = await org.members[role].client.get(path);
    expect(page.status).toBe(200);
    expect(page.json.contacts).toEqual(expect.any(Array));
    expect(page.json.national.length).toBeGreaterThan(5);
  });

  it("lists the national lines with who runs them and a cited, checked source", async () => {
    const page = await org.members.participant.client.get(path);
    const line = page.json.national.find((n: { id: string }) => n.id === "kvinnofridslinjen");
    expect(line).toMatchObject({
      name: "Kvinnofridslinjen",
      audience: "victims",
      phone: "020-50 50 50",
      hours: "Dygnet runt",
      url: "https://kvinnofridslinjen.se",
      source: { url: expect.stringMatching(/^https:\/\//), checked: "2026-11-24" },
    });
    expect(line.organiser).toContain("Nationellt centrum för kvinnofrid");
    const audiences = new Set(page.json.national.map((n: { audience: string }) => n.audience));
    expect(audiences).toEqual(new Set(["victims", "perpetrators", "managers", "everyone"]));
    for (const entry of page.json.national) {
      expect(entry.source.url).toMatch(/^https:\/\//);
      expect(entry.source.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    }
  });

  it("gives the national lines in English when asked", async () => {
    const client = org.members.participant.client;
    client.locale = "en";
    try {
      const page = await client.get(path);
      const line = page.json.national.find((n: { id: string }) => n.id === "valj-att-sluta");
      expect(line).toMatchObject({ audience: "perpetrators", phone: "020-555 666" });
      expect(line.description).toMatch(/violence/);
    } finally {
      client.locale = "sv";
    }
  });

  it("is closed to people outside the organisation (as if it did not exist)", async () => {
    const other = await cycleOrganisation(t);
    expect((await other.members.admin.client.get(path)).status).toBe(404);
  });
});

describe("keeping the organisation's contacts", () => {
  it("only admins may add, change, move or remove a contact", async () => {
    const added = await admin().post(path, {
      name: "HR-avdelningen",
      audience: "managers",
      phone: "08-123 456 78",
    });
    expect(added.status).toBe(201);
    const id = added.json.id;
    for (const role of ROLES.filter((r) => r !== "admin")) {
      const client = org.members[role].client;
      expect((await client.post(path, { name: "X", audience: "victims" })).status).toBe(403);
      expect((await client.patch(`${path}/${id}`, { name: "X", version: 1 })).status).toBe(403);
      expect((await client.post(`${path}/${id}/move`, { direction: "up" })).status).toBe(403);
      expect((await client.delete(`${path}/${id}?version=1`)).status).toBe(403);
    }
    expect((await admin().delete(`${path}/${id}?version=1`)).status).toBe(204);
  });

  it("saves a contact, shows it to everyone, and records the change in the audit trail", async () => {
    const added = await admin().post(path, {
      name: "Företagshälsovården",
      audience: "everyone",
      description: "Samtalsstöd, också anonymt.",
      phone: "010-123 45 67",
      email: "fhv@exempel.se",
      url: "https://fhv.exempel.se",
    });
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ version: 1, email: "fhv@exempel.se" });
    const seen = await org.members.participant.client.get(path);
    expect(seen.json.contacts).toContainEqual(
      expect.objectContaining({ id: added.json.id, name: "Företagshälsovården" }),
    );

    // A change of one field leaves the others as they were.
    const changed = await admin().patch(`${path}/${added.json.id}`, {
      name: "Företagshälsovården Avonova",
      version: 1,
    });
    expect(changed.status).toBe(200);
    expect(changed.json).toMatchObject({
      version: 2,
      phone: "010-123 45 67",
      email: "fhv@exempel.se",
      description: "Samtalsstöd, också anonymt.",
    });

    const audit = await t.db
      .selectFrom("audit_events")
      .select(["action", "entity_type"])
      .where("entity_id", "=", added.json.id)
      .orderBy("id")
      .execute();
    expect(audit).toEqual([
      { action: "create", entity_type: "support_contact" },
      { action: "update", entity_type: "support_contact" },
    ]);
    expect((await admin().delete(`${path}/${added.json.id}?version=2`)).status).toBe(204);
  });

  it("refuses a change or removal based on an old version with 409", async () => {
    const added = await admin().post(path, { name: "Chefen", audience: "victims" });
    const first = await admin().patch(`${path}/${added.json.id}`, {
      name: "Närmaste chef",
      version: 1,
    });
    expect(first.status).toBe(200);
    const stale = await admin().patch(`${path}/${added.json.id}`, {
      name: "Någon annans ändring",
      version: 1,
    });
    expect(stale.status).toBe(409);
    expect(stale.headers["content-type"]).toContain("application/problem+json");
    expect(stale.json.detail ?? stale.json.title).toBeTruthy();
    expect((await admin().delete(`${path}/${added.json.id}?version=1`)).status).toBe(409);
    expect((await admin().delete(`${path}/${added.json.id}?version=2`)).status).toBe(204);
  });

  it.each([
    ["phone", { phone: "ring växeln" }, "Skriv telefonnumret med siffror"],
    ["url", { url: "fhv.exempel.se" }, "Skriv en webbadress som börjar med https://"],
    ["email", { email: "fhv-at-exempel" }, "Skriv en giltig e-postadress"],
    ["name", { name: "  " }, ""],
  ])("explains in Swedish what is wrong with the %s", async (field, values, message) => {
    const bad = await admin().post(path, { name: "Stöd", audience: "victims", ...values });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].path).toBe(field);
    expect(bad.json.errors[0].message).toContain(message);
    expect(bad.json.errors[0].message.length).toBeGreaterThan(5);
  });

  it("refuses an audience that does not exist", async () => {
    const bad = await admin().post(path, { name: "Stöd", audience: "alla" });
    expect(bad.status).toBe(422);
    expect(bad.json.errors[0].path).toBe("audience");
  });

  it("puts new contacts last and moves them up and down", async () => {
    const names = ["Första", "Andra", "Tredje"];
    const ids: string[] = [];
    for (const name of names) {
      ids.push((await admin().post(path, { name, audience: "victims" })).json.id);
    }
    const order = async () =>
      (await admin().get(path)).json.contacts
        .filter((c: { id: string }) => ids.includes(c.id))
        .map((c: { name: string }) => c.name);
    expect(await order()).toEqual(names);

    const moved = await admin().post(`${path}/${ids[2]}/move`, { direction: "up" });
    expect(moved.status).toBe(200);
    expect(await order()).toEqual(["Första", "Tredje", "Andra"]);
    // The first cannot go further up; nothing changes.
    await admin().post(`${path}/${ids[0]}/move`, { direction: "up" });
    await admin().post(`${path}/${ids[0]}/move`, { direction: "down" });
    expect(await order()).toEqual(["Tredje", "Första", "Andra"]);
    // Moving does not make an open edit stale.
    const contact = (await admin().get(path)).json.contacts.find(
      (c: { id: string }) => c.id === ids[0],
    );
    expect(contact.version).toBe(1);

    // The page groups by audience, so a contact moves past those of other audiences.
    const manager = (await admin().post(path, { name: "Chefsstöd", audience: "managers" })).json;
    const victimsOrder = async () =>
      (await admin().get(path)).json.contacts
        .filter((c: { audience: string }) => c.audience === "victims")
        .map((c: { name: string }) => c.name);
    const before = await victimsOrder();
    await admin().post(`${path}/${manager.id}/move`, { direction: "up" });
    expect(await victimsOrder()).toEqual(before);
    const all = (await admin().get(path)).json.contacts.map((c: { name: string }) => c.name);
    expect(all.at(-1)).toBe("Chefsstöd");
    expect(
      (await admin().post(`${path}/${crypto.randomUUID()}/move`, { direction: "up" })).status,
    ).toBe(404);
  });
});

import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMember,
  createOrganisation,
  signedInClient,
  startTestApp,
  type TestApp,
  TestClient,
} from "../../test/harness.ts";

let t: TestApp;
let orgId: string;
let admin: TestClient;
beforeAll(async () => {
  t = await startTestApp();
  orgId = (await createOrganisation(t.db, "Inbjudningskommunen")).id;
  admin = await signedInClient(
    t.app,
    (await createMember(t.db, orgId, "admin", "Ada Admin")).email,
  );
});
afterAll(() => t.close());

async function linkIn(email: string) {
  const outbox = await admin.get(`/api/organisations/${orgId}/outbox`);
  const mail = outbox.json.find((m: { to: string }) => m.to === email);
  return { mail, token: /\/inbjudan\/([\w-]+)/.exec(mail.text)![1]! };
}

describe("invitations", () => {
  it("invites by e-mail through the outbox; the invitee creates an account, joins and is signed in", async () => {
    const unit = await t.db
      .insertInto("units")
      .values({ organisation_id: orgId, name: "Förskolan" })
      .returning("id")
      .executeTakeFirstOrThrow();
    const invite = await admin.post(`/api/organisations/${orgId}/invitations`, {
      email: "Ny.Chef@Test.Example",
      role: "manager",
      unitIds: [unit.id],
    });
    expect(invite.status).toBe(201);
    expect(invite.json).toMatchObject({
      email: "ny.chef@test.example",
      role: "manager",
      unitIds: [unit.id],
      invitedBy: { name: "Ada Admin" },
    });

    const { mail, token } = await linkIn("ny.chef@test.example");
    expect(mail.subject).toBe("Inbjudan till Inbjudningskommunen i Aktiva");
    expect(mail.text).toContain("Ada Admin har bjudit in dig till Inbjudningskommunen");
    expect(mail.text).toContain("Din roll: chef.");
    expect(mail.status).toBe("pending");

    const invitee = new TestClient(t.app);
    const shown = await invitee.get(`/api/invitations/${token}`);
    expect(shown.json).toMatchObject({
      organisationName: "Inbjudningskommunen",
      email: "ny.chef@test.example",
      role: "manager",
      hasAccount: false,
    });

    const missing = await invitee.post(`/api/invitations/${token}/accept`, {
      name: "",
      password: "kort",
    });
    expect(missing.status).toBe(422);
    expect(missing.json.errors.map((e: { path: string }) => e.path).sort()).toEqual([
      "name",
      "password",
    ]);

    const accepted = await invitee.post(`/api/invitations/${token}/accept`, {
      name: "Nora Nychef",
      password: "ett-bra-lösenord",
    });
    expect(accepted.status).toBe(200);
    expect(accepted.json).toEqual({ organisationId: orgId });
    const session = await invitee.get("/api/session");
    expect(session.json.user.name).toBe("Nora Nychef");
    expect(session.json.organisations).toEqual([
      { id: orgId, name: "Inbjudningskommunen", role: "manager" },
    ]);

    const members = await admin.get(`/api/organisations/${orgId}/members`);
    expect(
      members.json.find((m: { email: string }) => m.email === "ny.chef@test.example"),
    ).toMatchObject({ role: "manager", unitIds: [unit.id] });
    expect((await admin.get(`/api/organisations/${orgId}/invitations`)).json).toEqual([]);

    // The link works once.
    const again = await new TestClient(t.app).post(`/api/invitations/${token}/accept`, {
      name: "Någon",
      password: "ett-bra-lösenord",
    });
    expect(again.status).toBe(404);
    expect(again.json.detail).toBe(
      "Länken är ogiltig, redan använd eller för gammal. Begär en ny.",
    );
  });

  it("refuses to invite a member or someone already invited, naming the field", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const existing = await admin.post(`/api/organisations/${orgId}/invitations`, {
      email: member.email,
      role: "hr",
    });
    expect(existing.status).toBe(409);
    expect(existing.json.errors).toEqual([
      {
        path: "email",
        message: "Personen med den e-postadressen är redan medlem i organisationen.",
      },
    ]);

    expect(
      (
        await admin.post(`/api/organisations/${orgId}/invitations`, {
          email: "dubbel@test.example",
          role: "hr",
        })
      ).status,
    ).toBe(201);
    const twice = await admin.post(`/api/organisations/${orgId}/invitations`, {
      email: "DUBBEL@test.example",
      role: "hr",
    });
    expect(twice.status).toBe(409);
    expect(twice.json.detail).toBe("Det finns redan en inbjudan till den e-postadressen.");
  });

  it("requires the union for a union representative", async () => {
    const response = await admin.post(`/api/organisations/${orgId}/invitations`, {
      email: "fack@test.example",
      role: "union_rep",
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      {
        path: "unionName",
        message: "Skriv vilken facklig organisation den fackliga företrädaren företräder.",
      },
    ]);
  });

  it("lets an existing account join only when signed in as that person", async () => {
    const otherOrg = await createOrganisation(t.db, "Annan arbetsgivare");
    const person = await createMember(t.db, otherOrg.id, "participant", "Olle Ordinarie");
    await admin.post(`/api/organisations/${orgId}/invitations`, {
      email: person.email,
      role: "safety_rep",
    });
    const { token } = await linkIn(person.email);

    const stranger = new TestClient(t.app);
    const refused = await stranger.post(`/api/invitations/${token}/accept`, {});
    expect(refused.status).toBe(403);
    expect(refused.json.detail).toBe(
      `Inbjudan gäller ${person.email}. Logga in med det kontot för att ta emot den.`,
    );

    const self = await signedInClient(t.app, person.email);
    expect((await self.post(`/api/invitations/${token}/accept`, {})).status).toBe(200);
    const names = (await self.get("/api/session")).json.organisations.map(
      (o: { name: string }) => o.name,
    );
    expect(names).toEqual(["Annan arbetsgivare", "Inbjudningskommunen"]);
  });

  it("can be revoked, after which the link is dead", async () => {
    const created = await admin.post(`/api/organisations/${orgId}/invitations`, {
      email: "angrad@test.example",
      role: "participant",
    });
    const { token } = await linkIn("angrad@test.example");
    expect(
      (await admin.delete(`/api/organisations/${orgId}/invitations/${created.json.id}`)).status,
    ).toBe(204);
    expect((await new TestClient(t.app).get(`/api/invitations/${token}`)).status).toBe(404);
  });

  it("is only for administrators", async () => {
    const hr = await signedInClient(t.app, (await createMember(t.db, orgId, "hr")).email);
    const response = await hr.post(`/api/organisations/${orgId}/invitations`, {
      email: "x@test.example",
      role: "participant",
    });
    expect(response.status).toBe(403);
    expect(response.json.detail).toBe("Du har inte behörighet att göra det här.");
  });
});

import { sql } from "kysely";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createMember,
  createOrganisation,
  startTestApp,
  TEST_PASSWORD,
  type TestApp,
  TestClient,
} from "../../test/harness.ts";

let t: TestApp;
let orgId: string;
beforeAll(async () => {
  t = await startTestApp({ sessionIdleMinutes: 30, sessionMaxHours: 8 });
  orgId = (await createOrganisation(t.db)).id;
});
afterAll(() => t.close());

describe("sign-in", () => {
  it("signs in with the right password and shows the person's organisations", async () => {
    const member = await createMember(t.db, orgId, "hr", "Hanna HR");
    const client = new TestClient(t.app);
    const response = await client.post("/api/auth/sign-in", {
      email: member.email.toUpperCase(),
      password: TEST_PASSWORD,
    });
    expect(response.status).toBe(200);
    expect(response.json.user).toMatchObject({ email: member.email, name: "Hanna HR" });
    expect(response.json.organisations).toEqual([
      { id: orgId, name: "Testorganisationen", role: "hr" },
    ]);
    const cookie = String(response.headers["set-cookie"]);
    expect(cookie).toMatch(/aktiva_session=.+HttpOnly/);
    expect(cookie).toMatch(/SameSite=Lax/);
    expect((await client.get("/api/session")).json.user.email).toBe(member.email);
  });

  it("refuses a wrong password with a Swedish message, and in English when asked", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const sv = await new TestClient(t.app).post("/api/auth/sign-in", {
      email: member.email,
      password: "fel-lösenord",
    });
    expect(sv.status).toBe(401);
    expect(sv.headers["content-type"]).toMatch(/^application\/problem\+json/);
    expect(sv.json.detail).toBe("Fel e-postadress eller lösenord.");
    const en = await new TestClient(t.app, "en").post("/api/auth/sign-in", {
      email: member.email,
      password: "wrong",
    });
    expect(en.json.detail).toBe("Wrong e-mail address or password.");
  });

  it("names the field when the e-mail address is malformed", async () => {
    const response = await new TestClient(t.app).post("/api/auth/sign-in", {
      email: "inte-en-adress",
      password: "x",
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      { path: "email", message: "Skriv en giltig e-postadress, till exempel namn@exempel.se." },
    ]);
  });

  it("holds an account back after five failures, even with the right password, and says how long", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const client = new TestClient(t.app);
    for (let i = 0; i < 5; i++) {
      expect(
        (await client.post("/api/auth/sign-in", { email: member.email, password: `fel-${i}` }))
          .status,
      ).toBe(401);
    }
    const held = await client.post("/api/auth/sign-in", {
      email: member.email,
      password: TEST_PASSWORD,
    });
    expect(held.status).toBe(429);
    expect(held.json.detail).toBe(
      "För många misslyckade inloggningar. Vänta 1 minut och försök igen.",
    );
    expect(held.headers["retry-after"]).toBe("60");
    expect(client.hasCookie("aktiva_session")).toBe(false);
    // Another person is not affected.
    const other = await createMember(t.db, orgId, "participant");
    expect(
      (await client.post("/api/auth/sign-in", { email: other.email, password: TEST_PASSWORD }))
        .status,
    ).toBe(200);
  });

  it("signs out and the old session no longer works", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const client = new TestClient(t.app);
    await client.signIn(member.email);
    expect((await client.get(`/api/organisations/${orgId}`)).status).toBe(200);
    expect((await client.post("/api/auth/sign-out")).status).toBe(204);
    expect((await client.get("/api/session")).json.user).toBeNull();
    expect((await client.get(`/api/organisations/${orgId}`)).status).toBe(401);
  });

  it("ends a session that has been idle too long, and one that has reached its absolute end", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const idle = new TestClient(t.app);
    await idle.signIn(member.email);
    await t.db
      .updateTable("sessions")
      .set({ last_seen_at: sql`now() - interval '31 minutes'` })
      .where("user_id", "=", member.id)
      .execute();
    const idleResponse = await idle.get("/api/me");
    expect(idleResponse.status).toBe(401);
    expect(idleResponse.json.detail).toBe("Du behöver logga in.");

    const old = new TestClient(t.app);
    await old.signIn(member.email);
    await t.db
      .updateTable("sessions")
      .set({ expires_at: sql`now() - interval '1 second'` })
      .where("user_id", "=", member.id)
      .execute();
    expect((await old.get("/api/me")).status).toBe(401);
    expect(
      await t.db
        .selectFrom("sessions")
        .select("token_hash")
        .where("user_id", "=", member.id)
        .execute(),
    ).toEqual([]);
  });

  it("rejects a state-changing request without the CSRF token and changes nothing", async () => {
    const member = await createMember(t.db, orgId, "participant", "Före Namn");
    const client = new TestClient(t.app);
    await client.signIn(member.email);
    const response = await client.request(
      "PATCH",
      "/api/me",
      { name: "Efter Namn" },
      { "x-csrf-token": "" },
    );
    expect(response.status).toBe(403);
    expect(response.json.detail).toBe(
      "Sidan var för gammal för att skicka in. Ladda om sidan och försök igen.",
    );
    expect((await client.get("/api/me")).json.name).toBe("Före Namn");
  });

  it("refuses an oversized body with a clear message", async () => {
    const member = await createMember(t.db, orgId, "participant", "Oförändrad");
    const client = new TestClient(t.app);
    await client.signIn(member.email);
    const response = await client.patch("/api/me", { name: "x".repeat(2_000_000) });
    expect(response.status).toBe(413);
    expect(response.json.detail).toBe("Det du skickade är för stort (högst 1 MB).");
    expect((await client.get("/api/me")).json.name).toBe("Oförändrad");
  });
});

it("limits sign-in attempts per address of origin, with a Swedish message", async () => {
  const limited = await startTestApp({ authRateLimitPerMinute: 3 });
  try {
    const client = new TestClient(limited.app);
    const statuses: number[] = [];
    for (let i = 0; i < 4; i++) {
      statuses.push(
        (await client.post("/api/auth/sign-in", { email: `n${i}@test.example`, password: "x" }))
          .status,
      );
    }
    expect(statuses).toEqual([401, 401, 401, 429]);
    const last = await client.post("/api/auth/sign-in", {
      email: "n9@test.example",
      password: "x",
    });
    expect(last.json.detail).toBe("För många förfrågningar. Vänta en stund och försök igen.");
  } finally {
    await limited.close();
  }
});

describe("password reset", () => {
  async function requestReset(email: string) {
    const response = await new TestClient(t.app).post("/api/auth/password-reset", { email });
    expect(response.status).toBe(202);
    const mail = await t.db
      .selectFrom("outbox_emails")
      .selectAll()
      .where("to_address", "=", email)
      .orderBy("created_at", "desc")
      .executeTakeFirstOrThrow();
    return { mail, token: /token=([\w-]+)/.exec(mail.text_body)![1]! };
  }

  it("mails a single-use link that sets a new password and signs out other sessions", async () => {
    const member = await createMember(t.db, orgId, "participant", "Rut Reset");
    const other = new TestClient(t.app);
    await other.signIn(member.email);
    const { mail, token } = await requestReset(member.email);
    expect(mail.subject).toBe("Återställ ditt lösenord i Aktiva");
    expect(mail.organisation_id).toBeNull();
    expect(mail.text_body).toContain("http://aktiva.test/aterstall-losenord?token=");

    const client = new TestClient(t.app);
    expect(
      (
        await client.post("/api/auth/password-reset/confirm", {
          token,
          password: "ett-nytt-lösenord",
        })
      ).status,
    ).toBe(204);
    expect((await other.get("/api/me")).status).toBe(401);
    expect(
      (
        await client.post("/api/auth/sign-in", {
          email: member.email,
          password: "ett-nytt-lösenord",
        })
      ).status,
    ).toBe(200);

    const again = await client.post("/api/auth/password-reset/confirm", {
      token,
      password: "ett-tredje-lösenord",
    });
    expect(again.status).toBe(400);
    expect(again.json.detail).toBe(
      "Länken är ogiltig, redan använd eller för gammal. Begär en ny.",
    );
  });

  it("refuses an expired link and keeps the old password", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const { token } = await requestReset(member.email);
    await t.db
      .updateTable("password_reset_tokens")
      .set({ expires_at: sql`now() - interval '1 minute'` })
      .where("user_id", "=", member.id)
      .execute();
    const response = await new TestClient(t.app).post("/api/auth/password-reset/confirm", {
      token,
      password: "ett-nytt-lösenord",
    });
    expect(response.status).toBe(400);
    await new TestClient(t.app).signIn(member.email, TEST_PASSWORD);
  });

  it("answers the same for an unknown address and sends nothing", async () => {
    const before = await t.db
      .selectFrom("outbox_emails")
      .select(sql<string>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    const response = await new TestClient(t.app).post("/api/auth/password-reset", {
      email: "finns-inte@test.example",
    });
    expect(response.status).toBe(202);
    const after = await t.db
      .selectFrom("outbox_emails")
      .select(sql<string>`count(*)`.as("n"))
      .executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it("refuses a too short new password, naming the field", async () => {
    const member = await createMember(t.db, orgId, "participant");
    const { token } = await requestReset(member.email);
    const response = await new TestClient(t.app).post("/api/auth/password-reset/confirm", {
      token,
      password: "kort",
    });
    expect(response.status).toBe(422);
    expect(response.json.errors).toEqual([
      { path: "password", message: "Lösenordet måste ha minst 10 tecken." },
    ]);
  });
});

describe("profile", () => {
  it("changes name and language, and the password only with the current one", async () => {
    const member = await createMember(t.db, orgId, "participant", "Per Profil");
    const client = new TestClient(t.app);
    await client.signIn(member.email);
    expect(
      (await client.patch("/api/me", { name: "Per Profilsson", locale: "en" })).json,
    ).toMatchObject({ name: "Per Profilsson", locale: "en" });
    const wrong = await client.post("/api/me/password", {
      currentPassword: "fel",
      newPassword: "ett-nytt-lösenord",
    });
    expect(wrong.status).toBe(422);
    expect(wrong.json.errors[0].path).toBe("currentPassword");
    expect(
      (
        await client.post("/api/me/password", {
          currentPassword: TEST_PASSWORD,
          newPassword: "ett-nytt-lösenord",
        })
      ).status,
    ).toBe(204);
    expect((await client.get("/api/me")).status).toBe(200);
    await new TestClient(t.app).signIn(member.email, "ett-nytt-lösenord");
  });
});

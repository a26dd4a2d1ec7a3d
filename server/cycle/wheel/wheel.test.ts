import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp, TestClient } from "../../test/harness.ts";
import { cycleOrganisation } from "../fixtures.test-helper.ts";
import { queueMeasureReminders } from "../reminders.ts";
import { swedishToday } from "../years/service.ts";

let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;
const year = Number(swedishToday().slice(0, 4));
const iso = (days: number) => {
  const d = new Date(`${swedishToday()}T12:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
};

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t, year);
  await org.hr.post(`${org.api}/years`, { year });
});
afterAll(() => t.close());

const create = (body: Record<string, unknown>) =>
  org.hr.post(`${org.api}/years/${year}/measures`, {
    area: "working_conditions",
    responsibleMemberId: org.members.manager.membershipId,
    ...body,
  });

describe("the year wheel", () => {
  it("places measures and follow-ups by month, lists continuous ones apart and what is overdue", async () => {
    const late = await create({
      title: "Försenad skyddsrond",
      schedule: { kind: "date", dueOn: `${year}-01-01` },
    });
    const quarterly = await create({
      title: "APT-tema",
      schedule: { kind: "times_per_year", times: 4 },
      followUpOn: `${year}-11-15`,
    });
    await create({
      title: "Kontakt med föräldralediga",
      schedule: { kind: "continuous" },
      responsibleMemberId: null,
      responsibleTitle: "Chef",
    });
    const wheel = (await org.members.union_rep.client.get(`${org.api}/years/${year}/wheel`)).json;
    expect(wheel.months).toHaveLength(12);
    expect(wheel.reminderDaysBefore).toBe(14);
    expect(wheel.months[0].items).toContainEqual(
      expect.objectContaining({
        measureId: late.json.id,
        kind: "due",
        date: `${year}-01-01`,
        responsible: "Test manager",
      }),
    );
    expect(wheel.months[2].items.map((i: { title: string }) => i.title)).toContain("APT-tema");
    expect(wheel.months[10].items).toContainEqual(
      expect.objectContaining({
        measureId: quarterly.json.id,
        kind: "follow_up",
        date: `${year}-11-15`,
      }),
    );
    expect(
      wheel.continuous.map((c: { title: string; responsible: string }) => [c.title, c.responsible]),
    ).toEqual([["Kontakt med föräldralediga", "Chef"]]);
    if (swedishToday() > `${year}-01-01`) {
      expect(wheel.overdue.map((o: { title: string }) => o.title)).toContain("Försenad skyddsrond");
    }
    expect(
      (await org.members.participant.client.get(`${org.api}/years/${year}/wheel`)).status,
    ).toBe(403);
  });
});

describe("the calendar feed", () => {
  it("gives a member a secret iCalendar URL that works without signing in, until it is revoked", async () => {
    const union = org.members.union_rep.client;
    expect((await union.get(`${org.api}/calendar-feed`)).json).toEqual({
      active: false,
      createdAt: null,
      url: null,
    });
    const created = await union.post(`${org.api}/calendar-feed`);
    expect(created.status).toBe(201);
    const url = new URL(created.json.url);
    expect(url.origin).toBe("http://aktiva.test");

    const anonymous = new TestClient(t.app);
    const feed = await anonymous.get(url.pathname);
    expect(feed.status).toBe(200);
    expect(feed.headers["content-type"]).toMatch(/^text\/calendar/);
    const ics = feed.body.replace(/\r\n /g, "");
    expect(ics.startsWith("BEGIN:VCALENDAR\r\n")).toBe(true);
    expect(ics).toContain("VERSION:2.0");
    expect(ics).toMatch(/X-WR-CALNAME:Cykelkommunen – aktiva åtgärder/);
    expect(ics).toContain(`DTSTART;VALUE=DATE:${year}0101`);
    expect(ics).toContain("SUMMARY:Försenad skyddsrond");
    expect(ics).toContain("SUMMARY:Följ upp: APT-tema");
    expect(ics).not.toContain("Kontakt med föräldralediga");
    // Every line ends in CRLF and no line is longer than 75 octets (RFC 5545 3.1).
    for (const line of feed.body.split("\r\n"))
      expect(Buffer.byteLength(line)).toBeLessThanOrEqual(75);
    expect(feed.body.match(/BEGIN:VEVENT/g)?.length).toBe(feed.body.match(/END:VEVENT/g)?.length);

    const renewed = await union.post(`${org.api}/calendar-feed`);
    expect((await anonymous.get(url.pathname)).status).toBe(404);
    expect((await anonymous.get(new URL(renewed.json.url).pathname)).status).toBe(200);
    expect((await union.delete(`${org.api}/calendar-feed`)).status).toBe(204);
    expect((await anonymous.get(new URL(renewed.json.url).pathname)).status).toBe(404);
    expect((await anonymous.get("/api/calendar/inte-en-riktig-nyckel-alls.ics")).status).toBe(404);
  });

  it("stops working for a member who is no longer allowed to read the cycle", async () => {
    const safety = org.members.safety_rep;
    const created = await safety.client.post(`${org.api}/calendar-feed`);
    const path = new URL(created.json.url).pathname;
    const anonymous = new TestClient(t.app);
    expect((await anonymous.get(path)).status).toBe(200);
    await t.db
      .updateTable("memberships")
      .set({ role: "participant" })
      .where("id", "=", safety.membershipId)
      .execute();
    expect((await anonymous.get(path)).status).toBe(404);
    await t.db
      .updateTable("memberships")
      .set({ role: "safety_rep" })
      .where("id", "=", safety.membershipId)
      .execute();
  });
});

describe("the calendar feed for the working group", () => {
  it("holds every dated milestone of the workbooks' time plans, not for those outside the group", async () => {
    const run = await org.hr.post(`${org.api}/workbooks/runs`, {
      workbookId: "vald-i-nara-relationer",
      title: "Hela kommunen",
    });
    const runId = run.json.id;
    const save = (key: string, value: string) =>
      org.hr.put(`${org.api}/workbooks/runs/${runId}/answers/tidplan/${key}`, {
        value,
        version: null,
      });
    expect((await save("beslut", `${year}-02-02`)).status).toBe(200);
    expect((await save("steg-1", `${year}-04-20`)).status).toBe(200);

    const manager = org.members.manager;
    const created = await manager.client.post(`${org.api}/calendar-feed`);
    const path = new URL(created.json.url).pathname;
    const anonymous = new TestClient(t.app);
    const ics = (await anonymous.get(path)).body.replace(/\r\n /g, "");
    expect(ics).toContain(`UID:${runId}-beslut@aktiva`);
    expect(ics).toContain("SUMMARY:Beslut fattat och arbetsgrupp utsedd: Hela kommunen");
    expect(ics).toContain(`DTSTART;VALUE=DATE:${year}0420`);
    expect(ics).toContain("SUMMARY:Möte om steg 1 – syfte och mål: Hela kommunen");
    expect(ics).toContain(
      `http://aktiva.test/o/${org.organisationId}/arbetsbocker/korningar/${runId}/tidplan`,
    );
    // Milestones without a date are not in the calendar.
    expect(ics).not.toContain(`${runId}-webbkurs@aktiva`);

    // In the member's language.
    await t.db
      .updateTable("users")
      .set({ locale: "en" })
      .where("email", "=", manager.email)
      .execute();
    const english = (await anonymous.get(path)).body.replace(/\r\n /g, "");
    expect(english).toContain("SUMMARY:Decision taken and working group appointed: Hela kommunen");
    await t.db
      .updateTable("users")
      .set({ locale: "sv" })
      .where("email", "=", manager.email)
      .execute();

    // A participant may not work in workbooks: their feed gives none of it.
    await t.db
      .updateTable("memberships")
      .set({ role: "participant" })
      .where("id", "=", manager.membershipId)
      .execute();
    const participant = await anonymous.get(path);
    expect(participant.body ?? "").not.toContain(`${runId}-beslut@aktiva`);
    expect(participant.status).toBe(404);
    await t.db
      .updateTable("memberships")
      .set({ role: "manager" })
      .where("id", "=", manager.membershipId)
      .execute();
  });
});

describe("e-mail reminders", () => {
  it("queues one reminder to the responsible member before the due and follow-up dates, never twice", async () => {
    const soon = await create({
      title: "Enkät om arbetsmiljö",
      schedule: { kind: "date", dueOn: iso(5) },
      followUpOn: iso(10),
    });
    await create({ title: "Långt borta", schedule: { kind: "date", dueOn: iso(40) } });
    await create({
      title: "Bara en befattning",
      schedule: { kind: "date", dueOn: iso(3) },
      responsibleMemberId: null,
      responsibleTitle: "HR-chef",
    });
    await t.db
      .updateTable("users")
      .set({ locale: "sv" })
      .where("email", "=", org.members.manager.email)
      .execute();

    const options = { today: swedishToday(), daysBefore: 14, publicUrl: "http://aktiva.test" };
    await queueMeasureReminders(t.db, options);
    const mail = await t.db
      .selectFrom("outbox_emails")
      .select(["to_address", "subject", "text_body"])
      .where("organisation_id", "=", org.organisationId)
      .where("subject", "like", "%Enkät om arbetsmiljö%")
      .execute();
    expect(mail.map((m) => m.subject).sort()).toEqual([
      expect.stringMatching(/^Påminnelse: Enkät om arbetsmiljö ska vara klar \d+ \w+ \d{4}$/),
      expect.stringMatching(/^Påminnelse: följ upp Enkät om arbetsmiljö senast/),
    ]);
    expect(mail.every((m) => m.to_address === org.members.manager.email)).toBe(true);
    expect(mail[0]!.text_body).toContain(
      `http://aktiva.test/o/${org.organisationId}/aktiva-atgarder/${year}/atgarder/${soon.json.id}`,
    );

    const count = async () =>
      Number(
        (
          await t.db
            .selectFrom("outbox_emails")
            .select((eb) => eb.fn.countAll<string>().as("n"))
            .where("organisation_id", "=", org.organisationId)
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    expect(await queueMeasureReminders(t.db, options)).toBe(0);
    expect(await count()).toBe(before);
    const all = await t.db
      .selectFrom("outbox_emails")
      .select("subject")
      .where("organisation_id", "=", org.organisationId)
      .execute();
    expect(all.some((m) => m.subject.includes("Långt borta"))).toBe(false);
    expect(all.some((m) => m.subject.includes("Bara en befattning"))).toBe(false);
  });

  it("writes in the responsible person's language and skips done measures", async () => {
    await t.db
      .updateTable("users")
      .set({ locale: "en" })
      .where("email", "=", org.members.hr.email)
      .execute();
    await create({
      title: "English reminder",
      responsibleMemberId: org.members.hr.membershipId,
      schedule: { kind: "date", dueOn: iso(2) },
    });
    await create({
      title: "Already done",
      status: "done",
      schedule: { kind: "date", dueOn: iso(2) },
    });
    await queueMeasureReminders(t.db, {
      today: swedishToday(),
      daysBefore: 14,
      publicUrl: "http://aktiva.test",
    });
    const mail = await t.db
      .selectFrom("outbox_emails")
      .select("subject")
      .where("organisation_id", "=", org.organisationId)
      .execute();
    expect(mail.map((m) => m.subject)).toContainEqual(
      expect.stringMatching(/^Reminder: English reminder is due /),
    );
    expect(mail.some((m) => m.subject.includes("Already done"))).toBe(false);
  });
});

import ExcelJS from "exceljs";
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { EventInput } from "../../core/events/event.ts";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { docxText } from "../reports/test-extract.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";
import { runEventJobs } from "./jobs.ts";
import { eventsContext } from "./stored.ts";

/**
 * Training events over HTTP: the organiser's API, the public pages without JavaScript (plain
 * form posts), the mails in the outbox, the seats under concurrent confirmations, and the jobs
 * that remind, evaluate and anonymise.
 */
let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;

beforeAll(async () => {
  t = await startTestApp();
  org = await cycleOrganisation(t);
});
afterAll(() => t.close());
afterEach(() => {
  vi.useRealTimers();
});

const organiser = () => org.members.organiser.client;

/** Two training days in the spring of 2027, registration closing the evening before. */
function twoDays(overrides: Partial<EventInput> = {}): EventInput {
  return {
    title: "Aktiva åtgärder i praktiken",
    description: "Två dagar om arbetet med aktiva åtgärder.",
    audience: "Chefer och HR",
    days: [
      {
        date: "2027-04-13",
        start: "09:00",
        end: "16:00",
        programme: [
          { start: "09:00", end: "10:00", title: "Vad lagen kräver", speaker: "Länsstyrelsen" },
          { start: "10:00", end: "10:15", title: "Paus", kind: "break" },
        ],
      },
      { date: "2027-05-04", start: "09:00", end: "15:00", programme: [] },
    ],
    place: "Malmö",
    placeLater: true,
    cost: { kind: "free" },
    capacity: 2,
    registrationCloses: "2027-04-12T23:30",
    contact: { name: "Karin Lind", email: "karin@example.se", phone: "" },
    questions: [
      {
        id: "days",
        label: "Vilka dagar kommer du?",
        kind: "choice",
        required: true,
        options: ["Båda", "Dag 1"],
      },
    ],
    consentText: "Vi sparar dina uppgifter för att ordna utbildningen.",
    ...overrides,
  };
}

async function publishedEvent(overrides: Partial<EventInput> = {}) {
  const created = await organiser().post(`${org.api}/events`, { details: twoDays(overrides) });
  expect(created.status).toBe(201);
  const published = await organiser().post(`${org.api}/events/${created.json.id}/status`, {
    version: created.json.version,
    action: "publish",
  });
  expect(published.status).toBe(200);
  return published.json as { id: string; version: number; publicUrl: string };
}

/** A visitor's plain form post, as a browser without JavaScript sends it. */
function postForm(url: string, fields: Record<string, string>, ip = "127.0.0.1") {
  return t.app.inject({
    method: "POST",
    url,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: new URLSearchParams(fields).toString(),
    remoteAddress: ip,
  });
}

const visitor = (name: string, email: string) => ({
  name,
  email,
  organisation: "Malmö stad",
  role: "HR-strateg",
  diet: "Vegetarisk",
  accessibility: "",
  "answers.days": "Båda",
  consent: "on",
  website: "",
});

async function mailsTo(email: string) {
  return forOrganisation(t.db, org.organisationId)
    .selectFrom("outbox_emails")
    .select(["subject", "text_body", "attachments"])
    .where("to_address", "=", email)
    .orderBy("created_at")
    .execute();
}

/** The path of the first link like `pattern` in the latest mail to `email`. */
async function linkIn(email: string, pattern: RegExp): Promise<string> {
  const mails = await mailsTo(email);
  const text = mails.at(-1)?.text_body ?? "";
  const url = pattern.exec(text)?.[0];
  if (!url) throw new Error(`no link like ${pattern} in: ${text}`);
  return new URL(url).pathname;
}
const CONFIRM = /http:\/\/aktiva\.test\/utbildningar\/anmalan\/[^\s]+\/bekrafta/;

/** Registers and confirms through the mailed link; returns the person's own page. */
async function registerAndConfirm(eventId: string, name: string, email: string) {
  const posted = await postForm(`/utbildningar/${eventId}/anmalan`, visitor(name, email));
  expect(posted.statusCode).toBe(200);
  const confirm = await linkIn(email, CONFIRM);
  const confirmed = await postForm(confirm, {});
  expect(confirmed.statusCode).toBe(200);
  return confirm.replace(/\/bekrafta$/, "");
}

async function statusOf(email: string) {
  return (
    await forOrganisation(t.db, org.organisationId)
      .selectFrom("event_registrations")
      .select(["status", "name", "diet", "email"])
      .where("email_key", "=", email.toLowerCase())
      .orderBy("created_at", "desc")
      .executeTakeFirst()
  )?.status;
}

describe("the organiser", () => {
  it("creates a draft, which is not public, and publishes it; others cannot", async () => {
    const created = await organiser().post(`${org.api}/events`, { details: twoDays() });
    expect(created.status).toBe(201);
    expect(created.json).toMatchObject({ status: "draft", state: { kind: "draft" } });
    expect((await t.app.inject(`/utbildningar/${created.json.id}`)).statusCode).toBe(404);
    for (const role of ["participant", "manager", "union_rep"] as const)
      expect((await org.members[role].client.get(`${org.api}/events`)).status).toBe(403);
    const published = await organiser().post(`${org.api}/events/${created.json.id}/status`, {
      version: created.json.version,
      action: "publish",
    });
    expect(published.json).toMatchObject({
      status: "published",
      state: { kind: "open", seatsLeft: 2 },
    });
    const page = await t.app.inject(`/utbildningar/${created.json.id}`);
    expect(page.statusCode).toBe(200);
    expect(page.headers["content-type"]).toContain("text/html");
    expect(page.body).toContain("Aktiva åtgärder i praktiken");
    expect(page.body).toContain("Vad lagen kräver");
    expect(page.body).toContain("Plats meddelas senare");
    // The inline style is allowed by its hash, nothing else inline.
    expect(String(page.headers["content-security-policy"])).toMatch(/style-src 'self' 'sha256-/);
  });

  it("refuses a closing time before the opening and zero seats, naming the fields", async () => {
    const response = await organiser().post(`${org.api}/events`, {
      details: twoDays({
        capacity: 0,
        registrationOpens: "2027-04-01T09:00",
        registrationCloses: "2027-03-01T09:00",
      }),
    });
    expect(response.status).toBe(422);
    const paths = response.json.errors.map((e: { path: string }) => e.path);
    expect(paths).toContain("capacity");
    expect(paths).toContain("registrationCloses");
    expect(JSON.stringify(response.json.errors)).toMatch(/platser|anmälan/i);
    expect(
      (await organiser().get(`${org.api}/events`)).json.events.map(
        (e: { details: { capacity: number } }) => e.details.capacity,
      ),
    ).not.toContain(0);
  });
});

describe("every state and change of state", () => {
  const status = (id: string, version: number, action: string) =>
    organiser().post(`${org.api}/events/${id}/status`, { version, action });

  it("deletes a draft but not a published event, and refuses a stale version", async () => {
    const draft = await organiser().post(`${org.api}/events`, { details: twoDays() });
    expect((await status(draft.json.id, draft.json.version, "backToDraft")).status).toBe(409);
    expect((await status(draft.json.id, draft.json.version + 1, "publish")).json.detail).toMatch(
      /någon annan/i,
    );
    expect((await organiser().delete(`${org.api}/events/${draft.json.id}`)).status).toBe(204);
    expect((await organiser().get(`${org.api}/events/${draft.json.id}`)).status).toBe(404);
    const event = await publishedEvent();
    const refused = await organiser().delete(`${org.api}/events/${event.id}`);
    expect(refused.status).toBe(409);
    expect(refused.json.detail).toMatch(/ställs in i stället/);
  });

  it("shows when registration opens, and takes none before", async () => {
    const event = await publishedEvent({ registrationOpens: "2027-03-01T09:00" });
    const detail = await organiser().get(`${org.api}/events/${event.id}`);
    expect(detail.json.state.kind).toBe("notYetOpen");
    const page = await t.app.inject(`/utbildningar/${event.id}`);
    expect(page.body).toContain("Anmälan öppnar");
    expect(page.body).not.toContain('name="email"');
    const early = await postForm(
      `/utbildningar/${event.id}/anmalan`,
      visitor("Tidig", "tidig@example.se"),
    );
    expect(early.statusCode).toBe(409);
    expect(await statusOf("tidig@example.se")).toBeUndefined();
  });

  it("is marked as held only once it has begun, and then takes no registrations", async () => {
    const event = await publishedEvent();
    await registerAndConfirm(event.id, "Olle", "olle@example.se");
    const early = await status(event.id, event.version, "markHeld");
    expect(early.status).toBe(409);
    expect(early.json.detail).toMatch(/inte börjat/);
    const back = await status(event.id, event.version, "backToDraft");
    expect(back.status).toBe(409);
    expect(back.json.detail).toMatch(/1 person är anmäld/);
    // The days have passed: moved into the past in the database, as time would.
    await forOrganisation(t.db, org.organisationId)
      .updateTable("events")
      .set({
        starts_at: new Date("2026-01-13T08:00:00Z"),
        ends_at: new Date("2026-01-13T15:00:00Z"),
        registration_closes_at: new Date("2026-01-12T22:30:00Z"),
      })
      .where("id", "=", event.id)
      .execute();
    const held = await status(event.id, event.version, "markHeld");
    expect(held.status).toBe(200);
    expect(held.json.state.kind).toBe("held");
    const page = await t.app.inject(`/utbildningar/${event.id}`);
    expect(page.body).toContain("Utbildningen har genomförts.");
    // The public page shows no participant data.
    expect(page.body).not.toContain("Olle");
    const late = await postForm(
      `/utbildningar/${event.id}/anmalan`,
      visitor("Sen", "sen@example.se"),
    );
    expect(late.statusCode).toBe(409);
    // Every change is in the audit trail, by the organiser.
    const audit = await forOrganisation(t.db, org.organisationId)
      .selectFrom("audit_events")
      .select(["action", "after", "actor_user_id"])
      .where("entity_type", "=", "event")
      .where("entity_id", "=", event.id)
      .orderBy("id")
      .execute();
    expect(audit.map((a) => [a.action, (a.after as { status?: string }).status ?? null])).toEqual([
      ["create", null],
      ["update", "published"],
      ["update", "held"],
    ]);
    const organiserUser = await t.db
      .selectFrom("users")
      .select("id")
      .where("email", "=", org.members.organiser.email)
      .executeTakeFirstOrThrow();
    expect(new Set(audit.map((a) => a.actor_user_id))).toEqual(new Set([organiserUser.id]));
  });
});

describe("registering without JavaScript", () => {
  it("confirms through the mailed link, gives a seat, sends an invite, and refuses the same address twice", async () => {
    const event = await publishedEvent();
    const bad = await postForm(`/utbildningar/${event.id}/anmalan`, {
      ...visitor("Ada", "inte-en-adress"),
    });
    expect(bad.statusCode).toBe(422);
    expect(bad.body).toContain("E-postadressen är inte giltig");
    expect(bad.body).toContain('value="Ada"');

    const posted = await postForm(
      `/utbildningar/${event.id}/anmalan`,
      visitor("Ada Lind", "ada@example.se"),
    );
    expect(posted.statusCode).toBe(200);
    expect(posted.body).toContain("ada@example.se");
    expect(await statusOf("ada@example.se")).toBe("unconfirmed");
    const confirm = await linkIn("ada@example.se", CONFIRM);
    // Opening the link changes nothing (mail scanners open links); the button does.
    const page = await t.app.inject(confirm);
    expect(page.statusCode).toBe(200);
    expect(page.body).toContain("<form");
    expect(await statusOf("ada@example.se")).toBe("unconfirmed");
    const done = await postForm(confirm, {});
    expect(done.body).toContain("bekräftad");
    expect(await statusOf("ada@example.se")).toBe("confirmed");
    const mails = await mailsTo("ada@example.se");
    expect(mails.at(-1)!.subject).toContain("Aktiva åtgärder i praktiken");
    const invite = (mails.at(-1)!.attachments as { content: string }[])[0]!.content;
    expect(invite).toContain("METHOD:REQUEST");
    expect(invite.match(/BEGIN:VEVENT/g)).toHaveLength(2);
    // 09.00 in April is summer time: 07.00 UTC.
    expect(invite).toContain("DTSTART:20270413T070000Z");

    const again = await postForm(
      `/utbildningar/${event.id}/anmalan`,
      visitor("Ada L", "ADA@example.se "),
    );
    expect(again.statusCode).toBe(422);
    expect(again.body).toContain("redan anmäld");
    const rows = await forOrganisation(t.db, org.organisationId)
      .selectFrom("event_registrations")
      .select("id")
      .where("event_id", "=", event.id)
      .execute();
    expect(rows).toHaveLength(1);
  });

  it("stores nothing when the hidden honeypot field is filled in, yet answers like a success", async () => {
    const event = await publishedEvent();
    const response = await postForm(`/utbildningar/${event.id}/anmalan`, {
      ...visitor("Bot", "bot@example.se"),
      website: "http://spam.example",
    });
    expect(response.statusCode).toBe(200);
    expect(await statusOf("bot@example.se")).toBeUndefined();
    expect(await mailsTo("bot@example.se")).toHaveLength(0);
  });

  it("puts the third on the waitlist and gives them the seat when someone cancels", async () => {
    const event = await publishedEvent();
    const first = await registerAndConfirm(event.id, "Första", "forsta@example.se");
    await registerAndConfirm(event.id, "Andra", "andra@example.se");
    await registerAndConfirm(event.id, "Tredje", "tredje@example.se");
    expect(await statusOf("tredje@example.se")).toBe("waitlisted");
    expect((await mailsTo("tredje@example.se")).at(-1)!.text_body).toMatch(/väntelista/i);
    const full = await t.app.inject(`/utbildningar/${event.id}`);
    expect(full.body).toContain("Ställ dig på väntelistan");

    const own = await t.app.inject(first);
    expect(own.body).toContain("Första");
    const cancelled = await postForm(`${first}/avboka`, {});
    expect(cancelled.statusCode).toBe(200);
    expect(await statusOf("forsta@example.se")).toBe("cancelled");
    expect(await statusOf("tredje@example.se")).toBe("confirmed");
    const promoted = (await mailsTo("tredje@example.se")).at(-1)!;
    expect((promoted.attachments as { content: string }[])[0]!.content).toContain("METHOD:REQUEST");
    const receipt = (await mailsTo("forsta@example.se")).at(-1)!;
    expect((receipt.attachments as { content: string }[])[0]!.content).toContain("METHOD:CANCEL");
  });

  it("refuses a forged or altered personal link and changes nothing", async () => {
    const event = await publishedEvent();
    const own = await registerAndConfirm(event.id, "Greta", "greta@example.se");
    const forged = own.replace(/\.[A-Za-z0-9_-]+$/, ".AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA");
    const response = await postForm(`${forged}/avboka`, {});
    expect(response.statusCode).toBe(404);
    expect(response.body).toContain("Länken fungerar inte");
    expect(await statusOf("greta@example.se")).toBe("confirmed");
  });

  it("refuses registration to a cancelled event, and tells those registered", async () => {
    const event = await publishedEvent();
    await registerAndConfirm(event.id, "Hugo", "hugo@example.se");
    const current = await organiser().get(`${org.api}/events/${event.id}`);
    const cancelled = await organiser().post(`${org.api}/events/${event.id}/status`, {
      version: current.json.version,
      action: "cancel",
      message: "Föreläsaren är sjuk.",
    });
    expect(cancelled.json.state.kind).toBe("cancelled");
    const mail = (await mailsTo("hugo@example.se")).at(-1)!;
    expect(mail.text_body).toContain("Föreläsaren är sjuk.");
    expect((mail.attachments as { content: string }[])[0]!.content).toContain("METHOD:CANCEL");
    const page = await t.app.inject(`/utbildningar/${event.id}`);
    expect(page.body).toMatch(/inställd/i);
    const late = await postForm(
      `/utbildningar/${event.id}/anmalan`,
      visitor("Ida", "ida@example.se"),
    );
    expect(late.statusCode).toBe(409);
    expect(await statusOf("ida@example.se")).toBeUndefined();
  });

  it("sends everyone a new invite when the place is set later", async () => {
    const event = await publishedEvent();
    await registerAndConfirm(event.id, "Jon", "jon@example.se");
    const current = await organiser().get(`${org.api}/events/${event.id}`);
    const changed = await organiser().put(`${org.api}/events/${event.id}`, {
      version: current.json.version,
      details: twoDays({ place: "Malmö, Stortorget 1", placeLater: false }),
    });
    expect(changed.status).toBe(200);
    const mail = (await mailsTo("jon@example.se")).at(-1)!;
    expect(mail.text_body).toContain("Stortorget 1");
    const invite = (mail.attachments as { content: string }[])[0]!.content;
    expect(invite).toContain("SEQUENCE:1");
    expect(invite).toContain("Stortorget 1");
  });
});

describe("deadlines in Stockholm time across daylight saving", () => {
  async function attemptAt(eventId: string, isoUtc: string, email: string) {
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date(isoUtc));
    const response = await postForm(`/utbildningar/${eventId}/anmalan`, visitor("Tid", email));
    vi.useRealTimers();
    return response.statusCode;
  }

  it("closes at 03.30 summer time on the night the clocks go forward", async () => {
    // 28 March 2027: 02.00 becomes 03.00; 03.30 CEST is 01.30 UTC (not 02.30 as in winter).
    const event = await publishedEvent({
      days: [{ date: "2027-04-13", start: "09:00", end: "16:00", programme: [] }],
      registrationCloses: "2027-03-28T03:30",
    });
    expect(await attemptAt(event.id, "2027-03-28T01:29:00Z", "var1@example.se")).toBe(200);
    expect(await attemptAt(event.id, "2027-03-28T01:31:00Z", "var2@example.se")).toBe(409);
  });

  it("closes at the first 02.30 on the night the clocks go back", async () => {
    // 31 October 2027: 02.00–03.00 happens twice; the first 02.30 is summer time, 00.30 UTC.
    const event = await publishedEvent({
      days: [{ date: "2027-11-10", start: "09:00", end: "16:00", programme: [] }],
      registrationCloses: "2027-10-31T02:30",
    });
    expect(await attemptAt(event.id, "2027-10-31T00:29:00Z", "host1@example.se")).toBe(200);
    expect(await attemptAt(event.id, "2027-10-31T00:31:00Z", "host2@example.se")).toBe(409);
  });
});

describe("many at the same moment", () => {
  it("never gives more seats than the event has, however many confirm at once", async () => {
    const event = await publishedEvent({ capacity: 3 });
    const people = Array.from({ length: 30 }, (_, i) => `samtidig${i}@example.se`);
    const registered = await Promise.all(
      people.map((email) =>
        postForm(`/utbildningar/${event.id}/anmalan`, visitor("Samtidig", email)),
      ),
    );
    expect(registered.every((r) => r.statusCode === 200)).toBe(true);
    const links = await Promise.all(people.map((email) => linkIn(email, CONFIRM)));
    const results = await Promise.all(links.map((link) => postForm(link, {})));
    expect(results.every((r) => r.statusCode === 200)).toBe(true);
    const counts = await forOrganisation(t.db, org.organisationId)
      .selectFrom("event_registrations")
      .select(["status", ({ fn }) => fn.countAll<string>().as("n")])
      .where("event_id", "=", event.id)
      .groupBy("status")
      .execute();
    const by = Object.fromEntries(counts.map((c) => [c.status, Number(c.n)]));
    expect(by).toEqual({ confirmed: 3, waitlisted: 27 });
  });

  it("lets the same address in once when it registers twice at the same moment", async () => {
    const event = await publishedEvent();
    const both = await Promise.all([
      postForm(`/utbildningar/${event.id}/anmalan`, visitor("Dubbel", "dubbel@example.se")),
      postForm(`/utbildningar/${event.id}/anmalan`, visitor("Dubbel", "dubbel@example.se")),
    ]);
    // One gets in; the other either meets it (a new confirmation mail) or, when both arrive
    // at once, is told the address is already registered.
    expect(both.some((r) => r.statusCode === 200)).toBe(true);
    for (const r of both)
      if (r.statusCode !== 200) {
        expect(r.statusCode).toBe(422);
        expect(r.body).toContain("redan anmäld");
      }
    const rows = await forOrganisation(t.db, org.organisationId)
      .selectFrom("event_registrations")
      .select("id")
      .where("event_id", "=", event.id)
      .execute();
    expect(rows).toHaveLength(1);
  });
});

describe("on the day and after", () => {
  it("checks people in, exports the list with formulas neutralised, and counts attendance", async () => {
    const event = await publishedEvent();
    await registerAndConfirm(event.id, '=HYPERLINK("http://x")', "formel@example.se");
    await registerAndConfirm(event.id, "Kim", "kim@example.se");
    const list = await organiser().get(`${org.api}/events/${event.id}/registrations`);
    const kim = list.json.registrations.find((r: { name: string }) => r.name === "Kim");
    const checked = await organiser().put(
      `${org.api}/events/${event.id}/registrations/${kim.id}/check-in`,
      { present: true },
    );
    expect(checked.json.checkedInAt).not.toBeNull();
    const after = await organiser().get(`${org.api}/events/${event.id}/registrations`);
    expect(after.json.attendance).toEqual([
      { organisation: "Malmö stad", registered: 2, attended: 1 },
    ]);

    const csv = await organiser().get(`${org.api}/events/${event.id}/participants?format=csv`);
    expect(csv.headers["content-type"]).toContain("text/csv");
    expect(csv.body).toContain("'=HYPERLINK");
    const xlsx = await t.app.inject({
      method: "GET",
      url: `${org.api}/events/${event.id}/participants?format=xlsx`,
      headers: { cookie: cookieOf(organiser()) },
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(xlsx.rawPayload as never);
    const names = workbook.worksheets[0]!.getColumn(1).values.slice(1).map(String);
    expect(names).toContain('\'=HYPERLINK("http://x")');
    expect(workbook.worksheets[0]!.getCell("A2").formula).toBeUndefined();
  });

  it("reminds, asks for an evaluation, deletes the needs the day after and anonymises later", async () => {
    const event = await publishedEvent({
      days: [{ date: "2027-04-13", start: "09:00", end: "16:00", programme: [] }],
    });
    const own = await registerAndConfirm(event.id, "Lo", "lo@example.se");
    const context = eventsContext(t.config);
    const at = (iso: string) => runEventJobs(t.db, { ...context(), now: new Date(iso) });
    // Other events of this file are due at other times: count what reaches this event only.
    const mails = async () => (await mailsTo("lo@example.se")).map((m) => m.subject);
    const registration = () =>
      forOrganisation(t.db, org.organisationId)
        .selectFrom("event_registrations")
        .select(["name", "email", "participant_organisation", "status", "diet"])
        .where("event_id", "=", event.id)
        .executeTakeFirstOrThrow();
    const before = (await mails()).length;
    // Three days before at 08.00 Stockholm time (06.00 UTC in April), once.
    await at("2027-04-10T05:59:00Z");
    expect(await mails()).toHaveLength(before);
    await at("2027-04-10T06:00:00Z");
    await at("2027-04-10T07:00:00Z");
    expect(await mails()).toHaveLength(before + 1);
    expect((await mails()).at(-1)).toMatch(/påminnelse|snart|dagar/i);

    await at("2027-04-13T14:00:00Z");
    expect(await mails()).toHaveLength(before + 2);
    expect((await mailsTo("lo@example.se")).at(-1)!.text_body).toContain("/utvardering");
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2027-04-13T15:00:00Z"));
    const form = await t.app.inject(`${own}/utvardering`);
    expect(form.statusCode).toBe(200);
    const sent = await postForm(`${own}/utvardering`, {
      overall: "5",
      useful: "4",
      best: "Samtalen",
    });
    expect(sent.statusCode).toBe(200);
    const twice = await postForm(`${own}/utvardering`, { overall: "1" });
    expect(twice.statusCode).toBe(409);
    vi.useRealTimers();
    const summary = await organiser().get(`${org.api}/events/${event.id}/evaluation`);
    expect(summary.json.responses).toBe(1);
    expect(JSON.stringify(summary.json)).toContain("Samtalen");
    expect(JSON.stringify(summary.json)).not.toContain("lo@example.se");

    // The needs go at midnight after the last day (22.00 UTC in summer time).
    await at("2027-04-13T21:59:00Z");
    expect((await registration()).diet).toBe("Vegetarisk");
    await at("2027-04-13T22:00:00Z");
    expect((await registration()).diet).toBe("");
    // Six months after the last day, at midnight Stockholm time.
    await at("2027-10-12T21:59:00Z");
    expect((await registration()).name).toBe("Lo");
    await at("2027-10-12T22:00:00Z");
    expect(await registration()).toEqual({
      name: "",
      email: "",
      participant_organisation: "Malmö stad",
      status: "confirmed",
      diet: "",
    });
    // The personal link no longer shows anything.
    expect((await t.app.inject(own)).statusCode).toBe(404);
  });
});

describe("pre-reading and homework files", () => {
  const upload = (eventId: string, name: string, data: Buffer, kind = "preReading") =>
    organiser().request("POST", `${org.api}/events/${eventId}/files?kind=${kind}`, data, {
      "content-type": "application/octet-stream",
      "x-file-name": encodeURIComponent(name),
    });

  it("takes documents, refuses what is not one, and offers them on the public page", async () => {
    const event = await publishedEvent();
    const pdf = Buffer.from("%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n");
    const added = await upload(event.id, "Läsanvisning inför dag 1.pdf", pdf);
    expect(added.status).toBe(201);
    expect(added.json).toMatchObject({ kind: "preReading", contentType: "application/pdf" });

    const program = Buffer.concat([Buffer.from("MZ"), Buffer.alloc(100)]);
    const renamed = await upload(event.id, "program.pdf", program);
    expect(renamed.status).toBe(422);
    expect(renamed.json.errors[0].message).toContain("innehållet är inte en sådan fil");
    const page = await upload(event.id, "sida.html", Buffer.from("<script>alert(1)</script>"));
    expect(page.status).toBe(422);
    expect(page.json.errors[0].message).toContain("filtypen");
    const huge = await upload(
      event.id,
      "stor.pdf",
      Buffer.concat([pdf, Buffer.alloc(10 * 1024 * 1024)]),
    );
    expect(huge.status).toBe(413);
    expect((await organiser().get(`${org.api}/events/${event.id}/files`)).json.files).toHaveLength(
      1,
    );

    const publicPage = await t.app.inject(`/utbildningar/${event.id}`);
    const href = /href="(\/utbildningar\/[^"]+\/filer\/[^"]+)"/.exec(publicPage.body)?.[1];
    expect(publicPage.body).toContain("Läsanvisning inför dag 1.pdf");
    const download = await t.app.inject(href!);
    expect(download.statusCode).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(String(download.headers["content-disposition"])).toMatch(/^attachment;/);
    expect(download.rawPayload.equals(pdf)).toBe(true);

    expect(
      (await organiser().delete(`${org.api}/events/${event.id}/files/${added.json.id}`)).status,
    ).toBe(204);
    expect((await t.app.inject(href!)).statusCode).toBe(404);
  });

  it("keeps a draft's files off the public site", async () => {
    const draft = await organiser().post(`${org.api}/events`, { details: twoDays() });
    const added = await upload(
      draft.json.id,
      "hemuppgift.txt",
      Buffer.from("Läs kapitel 2."),
      "homework",
    );
    expect(added.status).toBe(201);
    const url = `/utbildningar/${draft.json.id}/filer/${added.json.id}`;
    expect((await t.app.inject(url)).statusCode).toBe(404);
  });
});

describe("evidence in the yearly plan", () => {
  it("shows who came in the linked measure's follow-up and in the documentation", async () => {
    expect((await org.hr.post(`${org.api}/years`, { year: 2026 })).status).toBe(201);
    const measure = await org.hr.post(`${org.api}/years/2026/measures/from-library`, {
      key: "harassment-training-managers",
    });
    expect(measure.status).toBe(201);
    const event = await publishedEvent({ capacity: 5 });
    const options = await organiser().get(`${org.api}/events/measure-options`);
    expect(options.json.measures.map((m: { id: string }) => m.id)).toContain(measure.json.id);
    const linked = await organiser().put(`${org.api}/events/${event.id}/measure`, {
      measureId: measure.json.id,
    });
    expect(linked.json.measure).toMatchObject({ id: measure.json.id, year: 2026 });
    await registerAndConfirm(event.id, "Mia", "mia@example.se");
    await registerAndConfirm(event.id, "Noah", "noah@example.se");
    const list = await organiser().get(`${org.api}/events/${event.id}/registrations`);
    const mia = list.json.registrations.find((r: { name: string }) => r.name === "Mia");
    await organiser().put(`${org.api}/events/${event.id}/registrations/${mia.id}/check-in`, {
      present: true,
    });

    const detail = await org.hr.get(`${org.api}/measures/${measure.json.id}`);
    expect(detail.json.trainings).toEqual([
      expect.objectContaining({
        eventId: event.id,
        registered: 2,
        attended: 1,
        organisations: [{ organisation: "Malmö stad", registered: 2, attended: 1 }],
      }),
    ]);
    // The parties see counts, never the names.
    expect(JSON.stringify(detail.json)).not.toContain("Mia");
    const union = await org.members.union_rep.client.get(`${org.api}/measures/${measure.json.id}`);
    expect(union.json.trainings[0].attended).toBe(1);
    const docx = await t.app.inject({
      method: "GET",
      url: `${org.api}/years/2026/documentation.docx`,
      headers: { cookie: cookieOf(org.hr) },
    });
    expect(docx.statusCode).toBe(200);
    expect(docxText(docx.rawPayload)).toContain(
      "Aktiva åtgärder i praktiken, tisdag 13 april 2027: 1 av 2 anmälda deltog, från 1 organisation.",
    );
  });
});

describe("abuse", () => {
  it("limits registrations per address and minute", async () => {
    const limited = await startTestApp({ eventRegistrationsPerMinute: 2 });
    try {
      const response = async () =>
        limited.app.inject({
          method: "POST",
          url: "/utbildningar/00000000-0000-4000-8000-000000000000/anmalan",
          headers: { "content-type": "application/x-www-form-urlencoded" },
          payload: "name=x",
        });
      expect((await response()).statusCode).toBe(404);
      expect((await response()).statusCode).toBe(404);
      expect((await response()).statusCode).toBe(429);
    } finally {
      await limited.close();
    }
  });
});

/** A signed-in client's cookies, for a raw inject that reads a binary body. */
function cookieOf(client: unknown): string {
  const { cookies } = client as { cookies: Map<string, string> };
  return [...cookies].map(([k, v]) => `${k}=${v}`).join("; ");
}

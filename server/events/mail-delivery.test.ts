import type { AddressInfo } from "node:net";
import type { FastifyBaseLogger } from "fastify";
import ICAL from "ical.js";
import { type ParsedMail, simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { cycleOrganisation } from "../cycle/fixtures.test-helper.ts";
import { type MailWorker, startMailWorker } from "../platform/mail/worker.ts";
import { startTestApp, type TestApp } from "../test/harness.ts";

/**
 * The events' mails as a mail program receives them: sent by the outbox worker to a real SMTP
 * server in this process, parsed, and the calendar invite read by an independent iCalendar
 * parser (ical.js, Mozilla's).
 */
const silent = { warn() {}, error() {}, info() {} } as unknown as FastifyBaseLogger;
const received: ParsedMail[] = [];
let smtp: SMTPServer;
let worker: MailWorker;
let t: TestApp;
let org: Awaited<ReturnType<typeof cycleOrganisation>>;

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        received.push(mail);
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  const port = (smtp.server.address() as AddressInfo).port;
  t = await startTestApp();
  org = await cycleOrganisation(t);
  worker = startMailWorker({
    db: t.db,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "Aktiva <noreply@aktiva.test>",
    log: silent,
    intervalMs: 3_600_000,
  });
});
afterAll(async () => {
  await worker.stop();
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await t.close();
});

const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

it("delivers the confirmation link, then a seat with an invite that calendar programs can read", async () => {
  const organiser = org.members.organiser.client;
  const created = await organiser.post(`${org.api}/events`, {
    details: {
      title: "Jämställda löner i praktiken",
      days: [
        { date: "2027-01-19", start: "09:00", end: "12:00", programme: [] },
        { date: "2027-06-08", start: "13:00", end: "16:00", programme: [] },
      ],
      place: "Stadshuset, sal 2",
      capacity: 10,
      registrationCloses: "2027-01-12T23:59",
      contact: { name: "Karin Lind", email: "karin@example.se" },
      consentText: "Vi sparar uppgifterna för att ordna utbildningen.",
    },
  });
  expect(created.status).toBe(201);
  const published = await organiser.post(`${org.api}/events/${created.json.id}/status`, {
    version: created.json.version,
    action: "publish",
  });
  expect(published.status).toBe(200);

  const registered = await t.app.inject({
    method: "POST",
    url: `/utbildningar/${created.json.id}/anmalan`,
    headers: { "content-type": "application/x-www-form-urlencoded" },
    payload: form({
      name: "Åsa Öberg",
      email: "asa@example.se",
      organisation: "Region Exempel",
      consent: "on",
    }),
  });
  expect(registered.statusCode).toBe(200);
  expect(await worker.runOnce()).toBe(1);
  const confirmMail = received.at(-1)!;
  expect(confirmMail.subject).toContain("Jämställda löner i praktiken");
  expect(confirmMail.text).toContain("Åsa");
  const confirm = /http:\/\/aktiva\.test(\/utbildningar\/anmalan\/\S+\/bekrafta)/.exec(
    confirmMail.text ?? "",
  )![1]!;
  expect(confirmMail.attachments.filter((a) => a.contentType.startsWith("text/calendar"))).toEqual(
    [],
  );

  const confirmed = await t.app.inject({
    method: "POST",
    url: confirm,
    payload: form({}),
    headers: { "content-type": "application/x-www-form-urlencoded" },
  });
  expect(confirmed.statusCode).toBe(200);
  expect(await worker.runOnce()).toBe(1);
  const seatMail = received.at(-1)!;
  expect(seatMail.to && "text" in seatMail.to ? seatMail.to.text : "").toContain("asa@example.se");
  const calendar = seatMail.attachments.find((a) => a.contentType.startsWith("text/calendar"));
  expect(calendar).toBeDefined();
  const parsed = new ICAL.Component(ICAL.parse(calendar!.content.toString("utf8")));
  expect(parsed.getFirstPropertyValue("method")).toBe("REQUEST");
  const events = parsed.getAllSubcomponents("vevent").map((v) => new ICAL.Event(v));
  expect(events).toHaveLength(2);
  // 09.00 in January is winter time (08.00 UTC); 13.00 in June is summer time (11.00 UTC).
  expect(events[0]!.startDate.toJSDate().toISOString()).toBe("2027-01-19T08:00:00.000Z");
  expect(events[1]!.startDate.toJSDate().toISOString()).toBe("2027-06-08T11:00:00.000Z");
  expect(events[0]!.location).toBe("Stadshuset, sal 2");
  expect(events[0]!.uid).not.toBe(events[1]!.uid);
  expect(events[0]!.organizer).toBe("mailto:karin@example.se");
  expect(String(events[0]!.attendees[0]!.getFirstValue()).toLowerCase()).toBe(
    "mailto:asa@example.se",
  );
  expect(events[0]!.summary).toContain("Jämställda löner i praktiken");
});

import type { AddressInfo } from "node:net";
import type { FastifyBaseLogger } from "fastify";
import { simpleParser } from "mailparser";
import { SMTPServer } from "smtp-server";
import { afterAll, beforeAll, expect, it } from "vitest";
import { openTestDatabase } from "../../test/harness.ts";
import type { DatabaseHandle } from "../db/database.ts";
import { queueEmail } from "./outbox.ts";
import { startMailWorker } from "./worker.ts";

const silent = { warn() {}, error() {}, info() {} } as unknown as FastifyBaseLogger;
const received: { to: string; subject: string; text: string }[] = [];
let refuseNext = 0;
let smtp: SMTPServer;
let port: number;
let handle: DatabaseHandle;

beforeAll(async () => {
  handle = await openTestDatabase();
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    onData(stream, _session, callback) {
      simpleParser(stream).then((mail) => {
        if (refuseNext > 0) {
          refuseNext--;
          return callback(new Error("451 try again later"));
        }
        received.push({
          to: String(mail.to && "text" in mail.to ? mail.to.text : ""),
          subject: mail.subject ?? "",
          text: mail.text ?? "",
        });
        callback();
      }, callback);
    },
  });
  await new Promise<void>((resolve) => smtp.listen(0, "127.0.0.1", resolve));
  port = (smtp.server.address() as AddressInfo).port;
});
afterAll(async () => {
  await new Promise<void>((resolve) => smtp.close(() => resolve()));
  await handle.close();
});

it("sends what a committed change queued, and nothing from a change that rolled back", async () => {
  const db = handle.db;
  await db.transaction().execute((trx) =>
    queueEmail(trx, {
      organisationId: null,
      to: "anna@test.example",
      subject: "Hej Anna",
      text: "Välkommen till Aktiva.",
    }),
  );
  await db
    .transaction()
    .execute(async (trx) => {
      await queueEmail(trx, {
        organisationId: null,
        to: "bo@test.example",
        subject: "Aldrig",
        text: "…",
      });
      throw new Error("the change failed");
    })
    .catch(() => {});
  const worker = startMailWorker({
    db,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "Aktiva <noreply@aktiva.test>",
    log: silent,
    intervalMs: 60_000,
  });
  try {
    expect(await worker.runOnce()).toBe(1);
    expect(received).toEqual([
      { to: "anna@test.example", subject: "Hej Anna", text: "Välkommen till Aktiva.\n" },
    ]);
    const row = await db
      .selectFrom("outbox_emails")
      .selectAll()
      .where("to_address", "=", "anna@test.example")
      .executeTakeFirstOrThrow();
    expect(row.status).toBe("sent");
    expect(row.sent_at).toBeInstanceOf(Date);
    expect(await worker.runOnce()).toBe(0);
  } finally {
    await worker.stop();
  }
});

it("retries a refused mail later, then gives up after the last attempt", async () => {
  const db = handle.db;
  await queueEmail(db, {
    organisationId: null,
    to: "cecilia@test.example",
    subject: "Påminnelse",
    text: "Möte i morgon.",
  });
  const worker = startMailWorker({
    db,
    smtpUrl: `smtp://127.0.0.1:${port}`,
    from: "noreply@aktiva.test",
    log: silent,
    intervalMs: 60_000,
    maxAttempts: 3,
  });
  const row = () =>
    db
      .selectFrom("outbox_emails")
      .selectAll()
      .where("to_address", "=", "cecilia@test.example")
      .executeTakeFirstOrThrow();
  const due = () =>
    db
      .updateTable("outbox_emails")
      .set({ next_attempt_at: new Date(0) })
      .where("to_address", "=", "cecilia@test.example")
      .execute();
  try {
    refuseNext = 1;
    expect(await worker.runOnce()).toBe(0);
    const mail = await row();
    expect(mail).toMatchObject({ status: "pending", attempts: 1 });
    expect(mail.last_error).toMatch(/try again later/);
    expect(mail.next_attempt_at.getTime()).toBeGreaterThan(Date.now() + 30_000);
    expect(await worker.runOnce()).toBe(0); // not due yet

    await due();
    expect(await worker.runOnce()).toBe(1);
    expect((await row()).status).toBe("sent");

    await queueEmail(db, {
      organisationId: null,
      to: "david@test.example",
      subject: "Studsar",
      text: "…",
    });
    refuseNext = 3;
    for (let i = 0; i < 3; i++) {
      await db
        .updateTable("outbox_emails")
        .set({ next_attempt_at: new Date(0) })
        .where("to_address", "=", "david@test.example")
        .execute();
      await worker.runOnce();
    }
    expect(
      await db
        .selectFrom("outbox_emails")
        .select(["status", "attempts"])
        .where("to_address", "=", "david@test.example")
        .executeTakeFirstOrThrow(),
    ).toEqual({ status: "failed", attempts: 3 });
  } finally {
    await worker.stop();
  }
});

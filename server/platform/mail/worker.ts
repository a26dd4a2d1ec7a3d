import type { FastifyBaseLogger } from "fastify";
import { sql } from "kysely";
import nodemailer from "nodemailer";
import type { Db } from "../db/database.ts";
import type { StoredAttachment } from "./outbox.ts";

export interface MailWorkerOptions {
  db: Db;
  smtpUrl: string;
  from: string;
  log: FastifyBaseLogger;
  intervalMs?: number;
  /** After this many failed attempts a mail is marked failed and left for an admin to see. */
  maxAttempts?: number;
}

export interface MailWorker {
  /** Sends what is due now; returns how many mails were sent. */
  runOnce(): Promise<number>;
  stop(): Promise<void>;
}

/** Retry delay: 1, 2, 4, 8 … minutes, at most an hour. */
export function retryDelayMs(attempts: number): number {
  return Math.min(60, 2 ** Math.max(0, attempts - 1)) * 60_000;
}

/**
 * Sends the outbox over SMTP. Claims due mails with SKIP LOCKED so several server instances
 * can run workers against one PostgreSQL without sending a mail twice; a mail left in
 * "sending" by a crashed worker is taken up again after ten minutes.
 */
export function startMailWorker(options: MailWorkerOptions): MailWorker {
  const { db, log } = options;
  const maxAttempts = options.maxAttempts ?? 8;
  const transport = nodemailer.createTransport(options.smtpUrl);
  let running: Promise<number> | undefined;
  let stopped = false;

  async function claim() {
    return db.transaction().execute(async (trx) => {
      const due = await trx
        .selectFrom("outbox_emails") // tenant-checked: the worker sends every organisation's mail
        .select("id")
        .where((eb) =>
          eb.or([
            eb.and([eb("status", "=", "pending"), eb("next_attempt_at", "<=", sql<Date>`now()`)]),
            eb.and([
              eb("status", "=", "sending"),
              eb("next_attempt_at", "<=", sql<Date>`now() - interval '10 minutes'`),
            ]),
          ]),
        )
        .orderBy("created_at")
        .limit(20)
        .forUpdate()
        .skipLocked()
        .execute();
      if (due.length === 0) return [];
      return trx
        .updateTable("outbox_emails") // tenant-checked: rows claimed above, by id
        .set({ status: "sending", attempts: sql`attempts + 1`, next_attempt_at: sql`now()` })
        .where(
          "id",
          "in",
          due.map((d) => d.id),
        )
        .returning(["id", "to_address", "subject", "text_body", "attachments", "attempts"])
        .execute();
    });
  }

  async function runOnce(): Promise<number> {
    let sent = 0;
    for (const mail of await claim()) {
      try {
        const attachments = (mail.attachments ?? []) as StoredAttachment[];
        const calendar = attachments.find((a) => a.contentType.startsWith("text/calendar"));
        await transport.sendMail({
          from: options.from,
          to: mail.to_address,
          subject: mail.subject,
          text: mail.text_body,
          // An invite goes as nodemailer's icalEvent: an alternative text/calendar part, which
          // Outlook, Gmail and Apple Mail show as an invitation to accept, plus the .ics file.
          ...(calendar
            ? {
                icalEvent: {
                  filename: calendar.filename,
                  method: /method=(\w+)/.exec(calendar.contentType)?.[1] ?? "REQUEST",
                  content: calendar.content,
                },
              }
            : {}),
          attachments: attachments
            .filter((a) => a !== calendar)
            .map((a) => ({ filename: a.filename, contentType: a.contentType, content: a.content })),
        });
        await db
          .updateTable("outbox_emails") // tenant-checked: rows claimed above, by id
          .set({ status: "sent", sent_at: sql`now()`, last_error: null })
          .where("id", "=", mail.id)
          .execute();
        sent++;
      } catch (error) {
        const failed = mail.attempts >= maxAttempts;
        log.warn({ mailId: mail.id, attempts: mail.attempts, err: error }, "sending e-mail failed");
        await db
          .updateTable("outbox_emails") // tenant-checked: rows claimed above, by id
          .set({
            status: failed ? "failed" : "pending",
            last_error: String(error instanceof Error ? error.message : error).slice(0, 500),
            next_attempt_at: new Date(Date.now() + retryDelayMs(mail.attempts)),
          })
          .where("id", "=", mail.id)
          .execute();
      }
    }
    return sent;
  }

  function tick() {
    if (stopped || running) return;
    running = runOnce()
      .catch((error) => {
        log.error({ err: error }, "mail worker failed");
        return 0;
      })
      .finally(() => {
        running = undefined;
      });
  }
  const timer = setInterval(tick, options.intervalMs ?? 5_000);
  timer.unref();

  return {
    runOnce: () => {
      if (running) return running.then(() => runOnce());
      running = runOnce().finally(() => {
        running = undefined;
      });
      return running;
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await running;
      transport.close();
    },
  };
}

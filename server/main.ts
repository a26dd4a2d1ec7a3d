import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { buildApp } from "./app.ts";
import { startReminderJob } from "./cycle/reminders.ts";
import { startEventJobs } from "./events/jobs.ts";
import { eventsContext } from "./events/stored.ts";
import type { Config } from "./platform/config.ts";
import { openDatabase } from "./platform/db/database.ts";
import { migrateToLatest } from "./platform/db/migrate.ts";
import { startMailWorker } from "./platform/mail/worker.ts";
import { seedDemo } from "./platform/seed/demo.ts";

/** Should the demo organisation be created? By default on the embedded database only. */
export function wantsDemo(config: Config): boolean {
  const flag = process.env.AKTIVA_DEMO;
  return flag === undefined || flag === "" ? !config.databaseUrl : flag === "true";
}

/** Starts Aktiva: migrate, seed the demo on first start, serve, send mail; stops cleanly on SIGTERM/SIGINT. */
export async function serve(config: Config) {
  const handle = await openDatabase(config);
  await migrateToLatest(handle.db);
  const app = await buildApp({ db: handle.db, config }, { logger: true });

  if (wantsDemo(config)) {
    const demo = await seedDemo(handle.db, process.env.AKTIVA_DEMO_PASSWORD);
    if (demo.generatedPassword) {
      // Printed once, on the start that created the demo accounts.
      console.log(
        `\nDemo-organisationen Exempelkommunen är skapad. Logga in som admin@exempelkommunen.se (och hr@, chef@, fack@, skyddsombud@, deltagare@, arrangor@) med lösenordet: ${demo.generatedPassword}\n`,
      );
    }
  }

  const worker = config.smtpUrl
    ? startMailWorker({
        db: handle.db,
        smtpUrl: config.smtpUrl,
        from: config.mailFrom,
        log: app.log,
      })
    : undefined;
  if (!config.smtpUrl)
    app.log.info("SMTP_URL is not set: e-mail stays in the outbox (Utgående e-post)");

  const reminders = startReminderJob({
    db: handle.db,
    daysBefore: config.reminderDaysBefore,
    publicUrl: config.publicUrl,
    log: app.log,
  });

  const eventJobs = startEventJobs({
    db: handle.db,
    context: eventsContext(config),
    log: app.log,
  });

  const pidFile = join(config.dataDir, "server.pid");
  if (handle.kind === "embedded") writeFileSync(pidFile, String(process.pid));

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    app.log.info({ signal }, "shutting down");
    await app.close();
    await worker?.stop();
    await reminders.stop();
    eventJobs.stop();
    await handle.close();
    if (handle.kind === "embedded") unlinkSync(pidFile);
    process.exit(0);
  };
  process.on("SIGTERM", () => void stop("SIGTERM"));
  process.on("SIGINT", () => void stop("SIGINT"));

  await app.listen({ port: config.port, host: config.host });
  return app;
}

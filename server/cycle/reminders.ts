import type { FastifyBaseLogger } from "fastify";
import { remindersDue } from "../../core/cycle/year-wheel.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { translate } from "../platform/i18n.ts";
import { queueEmail } from "../platform/mail/outbox.ts";
import { queueWorkbookReminders } from "../workbooks/reminders.ts";
import { plannedMeasures, swedishToday } from "./years/service.ts";

const formatDate = (iso: string, locale: "sv" | "en") =>
  new Date(`${iso}T12:00:00Z`).toLocaleDateString(locale === "sv" ? "sv-SE" : "en-GB", {
    day: "numeric",
    month: "long",
    year: "numeric",
    timeZone: "UTC",
  });

/**
 * Puts a reminder in the outbox for every measure due, or to be followed up, within
 * `daysBefore` days, addressed to its responsible member. Each reminder (measure, kind, date)
 * is recorded in measure_reminders in the same transaction, so it is sent once however often
 * this runs and however many servers run it. Returns how many were queued.
 */
export async function queueMeasureReminders(
  db: Db,
  options: { today: string; daysBefore: number; publicUrl: string },
): Promise<number> {
  const year = Number(options.today.slice(0, 4));
  const organisations = await db
    .selectFrom("work_years") // tenant-checked: a system job that visits every organisation in turn
    .innerJoin("organisations", "organisations.id", "work_years.organisation_id")
    .select(["work_years.organisation_id", "organisations.name"])
    .where("work_years.year", "in", [year, year + 1])
    .distinct()
    .execute();
  let queued = 0;
  for (const organisation of organisations) {
    queued += await db.transaction().execute(async (trx) => {
      const tenant = forOrganisation(trx, organisation.organisation_id);
      const recipients = new Map(
        (
          await tenant
            .selectFrom("memberships")
            .innerJoin("users", "users.id", "memberships.user_id")
            .select(["memberships.id", "users.email", "users.name", "users.locale"])
            .execute()
        ).map((r) => [r.id, r]),
      );
      const workYears = await tenant
        .selectFrom("work_years")
        .select(["work_years.id", "work_years.year"])
        .where("work_years.year", "in", [year, year + 1])
        .execute();
      let count = 0;
      for (const workYear of workYears) {
        const measures = await plannedMeasures(tenant, workYear.id);
        const byId = new Map(measures.map((m) => [m.planned.id, m]));
        for (const reminder of remindersDue(
          measures.map((m) => m.planned),
          options.today,
          options.daysBefore,
        )) {
          const measure = byId.get(reminder.measureId)!;
          const to = measure.responsibleMemberId
            ? recipients.get(measure.responsibleMemberId)
            : undefined;
          if (!to) continue;
          const recorded = await tenant
            .insertInto("measure_reminders")
            .values({
              organisation_id: organisation.organisation_id,
              measure_id: reminder.measureId,
              kind: reminder.kind,
              due_on: reminder.date,
            })
            .onConflict((oc) => oc.doNothing())
            .returning("measure_id")
            .executeTakeFirst();
          if (!recorded) continue;
          const locale = to.locale === "en" ? "en" : "sv";
          const params = {
            name: to.name,
            title: measure.planned.title,
            organisation: organisation.name,
            date: formatDate(reminder.date, locale),
            link: `${options.publicUrl}/o/${organisation.organisation_id}/aktiva-atgarder/${workYear.year}/atgarder/${reminder.measureId}`,
          };
          await queueEmail(trx, {
            organisationId: organisation.organisation_id,
            to: to.email,
            subject: translate(locale, `mail.reminder.${reminder.kind}.subject`, params),
            text: translate(locale, `mail.reminder.${reminder.kind}.body`, params),
          });
          count++;
        }
      }
      return count;
    });
  }
  return queued;
}

/** Runs the reminders (measures and workbook time plans) now and then every hour until stopped. */
export function startReminderJob(options: {
  db: Db;
  daysBefore: number;
  publicUrl: string;
  log: FastifyBaseLogger;
}) {
  const run = async () => {
    try {
      const queued = await queueMeasureReminders(options.db, {
        today: swedishToday(),
        daysBefore: options.daysBefore,
        publicUrl: options.publicUrl,
      });
      if (queued) options.log.info({ queued }, "measure reminders queued");
    } catch (error) {
      options.log.error({ err: error }, "measure reminders failed");
    }
    try {
      const queued = await queueWorkbookReminders(options.db, {
        today: swedishToday(),
        daysBefore: options.daysBefore,
        publicUrl: options.publicUrl,
      });
      if (queued) options.log.info({ queued }, "workbook reminders queued");
    } catch (error) {
      options.log.error({ err: error }, "workbook reminders failed");
    }
  };
  let running = run();
  const timer = setInterval(() => {
    running = run();
  }, 60 * 60_000);
  return {
    async stop() {
      clearInterval(timer);
      await running;
    },
  };
}

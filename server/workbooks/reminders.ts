import { sql } from "kysely";
import { can } from "../../core/platform/policies.ts";
import type { Role } from "../../core/platform/roles.ts";
import type { AnswerValue } from "../../core/workbooks/answers.ts";
import { milestoneRemindersDue, timeplanPart } from "../../core/workbooks/timeplan.ts";
import type { Workbook } from "../../core/workbooks/workbook.ts";
import type { Db } from "../platform/db/database.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";
import { type Locale, translate } from "../platform/i18n.ts";
import { queueEmail } from "../platform/mail/outbox.ts";
import { formatDate } from "../reports/index.ts";
import { workbookLibrary } from "./content.ts";

/** A run whose workbook has a time plan, with the answers of that time plan. */
export interface RunTimeplan {
  runId: string;
  title: string;
  createdBy: string | null;
  partId: string;
  /** The workbook in both languages, so each reader gets the milestones in their own. */
  workbook: Record<Locale, Workbook>;
  answers: ReadonlyMap<string, AnswerValue>;
}

/** Every run of the organisation, active or finished, that has a time plan. */
export async function runTimeplans(tenant: TenantDb): Promise<RunTimeplan[]> {
  const runs = await tenant
    .selectFrom("workbook_runs")
    .select([
      "workbook_runs.id",
      "workbook_runs.title",
      "workbook_runs.workbook_id",
      "workbook_runs.created_by",
    ])
    .orderBy("workbook_runs.created_at")
    .execute();
  const found = runs.flatMap((run) => {
    const workbook = workbookLibrary().get(run.workbook_id);
    const part = workbook && timeplanPart(workbook.sv);
    return workbook && part ? [{ run, workbook, partId: part.id }] : [];
  });
  if (found.length === 0) return [];
  const rows = await tenant
    .selectFrom("workbook_answers")
    .select(["workbook_answers.run_id", "workbook_answers.answer_key", "workbook_answers.value"])
    .where(
      "workbook_answers.run_id",
      "in",
      found.map((f) => f.run.id),
    )
    .execute();
  return found.map(({ run, workbook, partId }) => ({
    runId: run.id,
    title: run.title,
    createdBy: run.created_by,
    partId,
    workbook,
    answers: new Map(
      rows
        .filter((r) => r.run_id === run.id && r.answer_key.startsWith(`${partId}/`))
        .map((r) => [r.answer_key, r.value as AnswerValue]),
    ),
  }));
}

/** Where the run's time plan is in the app. */
export const timeplanLink = (
  publicUrl: string,
  organisationId: string,
  runId: string,
  partId: string,
) => `${publicUrl}/o/${organisationId}/arbetsbocker/korningar/${runId}/${partId}`;

/** The milestone's label in `locale` (the two language versions share milestone ids). */
export function milestoneLabel(timeplan: RunTimeplan, milestoneId: string, locale: Locale) {
  const part = timeplanPart(timeplan.workbook[locale]);
  return part?.milestones?.find((m) => m.id === milestoneId)?.label ?? milestoneId;
}

/**
 * The run's working group: who started it and everyone who has saved an answer in it. The
 * audit trail keeps every saver, also those whose answer someone else changed later.
 */
async function workingGroup(tenant: TenantDb, timeplan: RunTimeplan): Promise<Set<string>> {
  const savers = await tenant
    .selectFrom("audit_events")
    .select("audit_events.actor_user_id")
    .where("audit_events.entity_type", "=", "workbook_answer")
    .where(sql<string>`audit_events.after->>'runId'`, "=", timeplan.runId)
    .distinct()
    .execute();
  const lastSavers = await tenant
    .selectFrom("workbook_answers")
    .select("workbook_answers.updated_by")
    .where("workbook_answers.run_id", "=", timeplan.runId)
    .distinct()
    .execute();
  return new Set(
    [
      timeplan.createdBy,
      ...savers.map((s) => s.actor_user_id),
      ...lastSavers.map((s) => s.updated_by),
    ].filter((id): id is string => !!id),
  );
}

/**
 * Puts a reminder in the outbox for every time-plan milestone dated within `daysBefore` days,
 * addressed to the run's working group as far as they are still members who may work in
 * workbooks. Runs both active and finished (the follow-ups come after finishing). Each
 * reminder (run, milestone, date) is recorded in workbook_reminders in the same transaction as
 * its e-mails, so it is sent once however often this runs. Returns how many e-mails were queued.
 */
export async function queueWorkbookReminders(
  db: Db,
  options: { today: string; daysBefore: number; publicUrl: string },
): Promise<number> {
  const organisations = await db
    .selectFrom("workbook_runs") // tenant-checked: a system job that visits every organisation in turn
    .innerJoin("organisations", "organisations.id", "workbook_runs.organisation_id")
    .select(["workbook_runs.organisation_id", "organisations.name"])
    .distinct()
    .execute();
  let queued = 0;
  for (const organisation of organisations) {
    const organisationId = organisation.organisation_id;
    queued += await db.transaction().execute(async (trx) => {
      const tenant = forOrganisation(trx, organisationId);
      const members = new Map(
        (
          await tenant
            .selectFrom("memberships")
            .innerJoin("users", "users.id", "memberships.user_id")
            .select(["memberships.user_id", "memberships.role", "users.email", "users.name"])
            .select("users.locale")
            .execute()
        ).map((m) => [m.user_id, m]),
      );
      let count = 0;
      for (const timeplan of await runTimeplans(tenant)) {
        const part = timeplanPart(timeplan.workbook.sv)!;
        const due = milestoneRemindersDue(
          part,
          timeplan.answers,
          options.today,
          options.daysBefore,
        );
        if (due.length === 0) continue;
        const recipients = [...(await workingGroup(tenant, timeplan))]
          .map((userId) => members.get(userId))
          .filter((m) => m !== undefined && can(m.role as Role, "workbooks.edit"))
          .map((m) => m!);
        if (recipients.length === 0) continue;
        for (const reminder of due) {
          const recorded = await tenant
            .insertInto("workbook_reminders")
            .values({
              organisation_id: organisationId,
              run_id: timeplan.runId,
              milestone: reminder.milestoneId,
              due_on: reminder.date,
            })
            .onConflict((oc) => oc.doNothing())
            .returning("run_id")
            .executeTakeFirst();
          if (!recorded) continue;
          for (const to of recipients) {
            const locale: Locale = to.locale === "en" ? "en" : "sv";
            const params = {
              name: to.name,
              milestone: milestoneLabel(timeplan, reminder.milestoneId, locale),
              title: timeplan.title,
              organisation: organisation.name,
              date: formatDate(reminder.date, locale),
              link: timeplanLink(
                options.publicUrl,
                organisationId,
                timeplan.runId,
                timeplan.partId,
              ),
            };
            await queueEmail(trx, {
              organisationId,
              to: to.email,
              subject: translate(locale, "mail.workbookReminder.subject", params),
              text: translate(locale, "mail.workbookReminder.body", params),
            });
            count++;
          }
        }
      }
      return count;
    });
  }
  return queued;
}

import { createHash, randomBytes } from "node:crypto";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import ical, { ICalCalendarMethod } from "ical-generator";
import { z } from "zod";
import { AREA_LABELS, MEASURE_STATUS_LABELS } from "../../../core/cycle/labels.ts";
import { dueDates } from "../../../core/cycle/schedule.ts";
import type { Area, MeasureStatus } from "../../../core/cycle/vocabulary.ts";
import { overdueItems, yearWheel } from "../../../core/cycle/year-wheel.ts";
import { can } from "../../../core/platform/policies.ts";
import type { Role } from "../../../core/platform/roles.ts";
import { datedMilestones, timeplanPart } from "../../../core/workbooks/timeplan.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { notFound } from "../../platform/http/problem.ts";
import { noContent, organisationParams, problems } from "../../platform/http/schemas.ts";
import { translate } from "../../platform/i18n.ts";
import { runTimeplans, timeplanLink } from "../../workbooks/reminders.ts";
import { findWorkYear, memberNames, yearParams } from "../common.ts";
import { plannedMeasures, swedishToday } from "../years/service.ts";

const itemSchema = z.object({
  measureId: z.string(),
  kind: z.enum(["due", "follow_up"]),
  date: z.string(),
  title: z.string(),
  area: z.string(),
  status: z.string(),
  responsible: z.string().nullable(),
});

const wheelSchema = z
  .object({
    year: z.number(),
    today: z.string(),
    reminderDaysBefore: z.number(),
    months: z.array(z.object({ month: z.number(), items: z.array(itemSchema) })),
    continuous: z.array(itemSchema.omit({ kind: true, date: true })),
    overdue: z.array(itemSchema),
  })
  .meta({ id: "YearWheel" });

const feedSchema = z
  .object({ active: z.boolean(), createdAt: z.string().nullable(), url: z.string().nullable() })
  .meta({ id: "CalendarFeed" });

const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/** Calendar dates as local dates, so an all-day event lands on the same day in every time zone. */
const localDate = (iso: string) => {
  const [y, m, d] = iso.split("-").map(Number);
  return new Date(y!, m! - 1, d!);
};

/** The year wheel (årshjul), the overdue list and a subscribable calendar feed. */
export const wheelRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;
  const read = { scope: "organisation", permission: "cycle.read" } as const;

  app.get(
    "/organisations/:organisationId/years/:year/wheel",
    {
      config: { access: read },
      schema: {
        operationId: "getYearWheel",
        tags: ["cycle"],
        summary:
          "Month by month: measures due and follow-ups; continuous measures; what is overdue",
        params: yearParams,
        response: { 200: wheelSchema, ...problems },
      },
    },
    async (request) => {
      const { year } = request.params;
      const workYear = await findWorkYear(request.tenant, year);
      const [measures, names] = await Promise.all([
        plannedMeasures(request.tenant, workYear.id),
        memberNames(request.tenant),
      ]);
      const byId = new Map(measures.map((m) => [m.planned.id, m]));
      const describe = (measureId: string) => {
        const m = byId.get(measureId)!;
        return {
          measureId,
          title: m.planned.title,
          area: m.planned.area,
          status: m.planned.status,
          responsible:
            (m.responsibleMemberId ? names.get(m.responsibleMemberId)?.name : undefined) ??
            m.responsibleTitle,
        };
      };
      const today = swedishToday();
      const planned = measures.map((m) => m.planned);
      const wheel = yearWheel(planned, year);
      return {
        year,
        today,
        reminderDaysBefore: config.reminderDaysBefore,
        months: wheel.months.map((month) => ({
          month: month.month,
          items: month.items.map((item) => ({ ...describe(item.measureId), ...item })),
        })),
        continuous: wheel.continuous.map(describe),
        overdue: overdueItems(planned, year, today).map((item) => ({
          ...describe(item.measureId),
          ...item,
        })),
      };
    },
  );

  app.get(
    "/organisations/:organisationId/calendar-feed",
    {
      config: { access: read },
      schema: {
        operationId: "getCalendarFeed",
        tags: ["cycle"],
        summary:
          "Whether the signed-in member has a calendar subscription (the URL is shown only once)",
        params: organisationParams,
        response: { 200: feedSchema, ...problems },
      },
    },
    async (request) => {
      const feed = await request.tenant
        .selectFrom("calendar_feeds")
        .select("calendar_feeds.created_at")
        .where("calendar_feeds.membership_id", "=", request.membership!.id)
        .where("calendar_feeds.revoked_at", "is", null)
        .executeTakeFirst();
      return { active: !!feed, createdAt: feed?.created_at.toISOString() ?? null, url: null };
    },
  );

  app.post(
    "/organisations/:organisationId/calendar-feed",
    {
      config: { access: read },
      schema: {
        operationId: "createCalendarFeed",
        tags: ["cycle"],
        summary: "Creates a secret calendar URL; any earlier one of the member stops working",
        params: organisationParams,
        response: { 201: feedSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const token = randomBytes(24).toString("base64url");
      const createdAt = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        await tenant
          .updateTable("calendar_feeds")
          .set({ revoked_at: new Date() })
          .where("calendar_feeds.membership_id", "=", request.membership!.id)
          .where("calendar_feeds.revoked_at", "is", null)
          .execute();
        const row = await tenant
          .insertInto("calendar_feeds")
          .values({
            organisation_id: organisationId,
            membership_id: request.membership!.id,
            token_hash: hashToken(token),
          })
          .returning(["id", "created_at"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "calendar_feed",
          entityId: row.id,
        });
        return row.created_at;
      });
      return reply.code(201).send({
        active: true,
        createdAt: createdAt.toISOString(),
        url: `${config.publicUrl}/api/calendar/${token}.ics`,
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/calendar-feed",
    {
      config: { access: read },
      schema: {
        operationId: "revokeCalendarFeed",
        tags: ["cycle"],
        params: organisationParams,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const revoked = await tenant
          .updateTable("calendar_feeds")
          .set({ revoked_at: new Date() })
          .where("calendar_feeds.membership_id", "=", request.membership!.id)
          .where("calendar_feeds.revoked_at", "is", null)
          .returning("id")
          .execute();
        for (const feed of revoked)
          await recordAudit(trx, {
            organisationId,
            actorUserId: request.user!.id,
            action: "delete",
            entityType: "calendar_feed",
            entityId: feed.id,
          });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/calendar/:file",
    {
      config: { access: { scope: "public" } },
      schema: {
        operationId: "getCalendar",
        tags: ["cycle"],
        summary:
          "The iCalendar feed behind a secret URL: due dates and follow-ups of all measures, and for the working group the dated milestones of the workbooks' time plans",
        params: z.object({ file: z.string().regex(/^[\w-]{20,64}\.ics$/) }),
      },
    },
    async (request, reply) => {
      const token = request.params.file.replace(/\.ics$/, "");
      // The token is the only credential: find its member and organisation, then scope by them.
      const feed = await db
        .selectFrom("calendar_feeds") // tenant-checked: the secret token identifies the organisation
        .innerJoin("memberships", "memberships.id", "calendar_feeds.membership_id")
        .innerJoin("organisations", "organisations.id", "calendar_feeds.organisation_id")
        .innerJoin("users", "users.id", "memberships.user_id")
        .select([
          "calendar_feeds.organisation_id",
          "memberships.role",
          "organisations.name",
          "users.locale",
        ])
        .where("calendar_feeds.token_hash", "=", hashToken(token))
        .where("calendar_feeds.revoked_at", "is", null)
        .executeTakeFirst();
      if (!feed || !can(feed.role as Role, "cycle.read")) throw notFound();
      const locale = feed.locale === "en" ? "en" : "sv";
      const tenant = forOrganisation(db, feed.organisation_id);
      const thisYear = Number(swedishToday().slice(0, 4));
      const years = await tenant
        .selectFrom("work_years")
        .select(["work_years.id", "work_years.year"])
        .where("work_years.year", ">=", thisYear - 1)
        .where("work_years.year", "<=", thisYear + 1)
        .execute();
      const calendar = ical({
        name: `${feed.name} – ${locale === "sv" ? "aktiva åtgärder" : "active measures"}`,
        method: ICalCalendarMethod.PUBLISH,
        timezone: "Europe/Stockholm",
        prodId: { company: "Aktiva", product: "Aktiva", language: locale.toUpperCase() },
      });
      for (const workYear of years) {
        const measures = await plannedMeasures(tenant, workYear.id);
        for (const { planned } of measures) {
          if (planned.status === "cancelled") continue;
          const area = AREA_LABELS[planned.area as Area][locale];
          const status = MEASURE_STATUS_LABELS[planned.status as MeasureStatus][locale];
          const link = `${config.publicUrl}/o/${feed.organisation_id}/aktiva-atgarder/${workYear.year}/atgarder/${planned.id}`;
          for (const date of dueDates(planned.schedule, workYear.year)) {
            calendar.createEvent({
              id: `${planned.id}-due-${date}@aktiva`,
              start: localDate(date),
              allDay: true,
              summary: planned.title,
              description: `${area}\n${status}\n${link}`,
              url: link,
            });
          }
          if (planned.followUpOn && !planned.evaluated)
            calendar.createEvent({
              id: `${planned.id}-follow-up@aktiva`,
              start: localDate(planned.followUpOn),
              allDay: true,
              summary: `${translate(locale, "calendar.followUp")}: ${planned.title}`,
              description: `${area}\n${link}`,
              url: link,
            });
        }
      }
      // The working group's time plans: every dated milestone of every run, active or finished.
      if (can(feed.role as Role, "workbooks.edit")) {
        for (const timeplan of await runTimeplans(tenant)) {
          const part = timeplanPart(timeplan.workbook[locale]);
          if (!part) continue;
          const link = timeplanLink(
            config.publicUrl,
            feed.organisation_id,
            timeplan.runId,
            timeplan.partId,
          );
          for (const milestone of datedMilestones(part, timeplan.answers))
            calendar.createEvent({
              id: `${timeplan.runId}-${milestone.id}@aktiva`,
              start: localDate(milestone.date),
              allDay: true,
              summary: `${milestone.label}: ${timeplan.title}`,
              description: link,
              url: link,
            });
        }
      }
      return reply
        .header("content-type", "text/calendar; charset=utf-8")
        .header("cache-control", "no-store")
        .send(calendar.toString());
    },
  );
};

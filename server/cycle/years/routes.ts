import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { ALL_FOLLOW_UP_QUESTIONS } from "../../../core/cycle/follow-up.ts";
import { AREAS, UNFINISHED_STATUSES } from "../../../core/cycle/vocabulary.ts";
import { overdueItems } from "../../../core/cycle/year-wheel.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { AppError, invalidField } from "../../platform/http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import {
  checkVersion,
  findWorkYear,
  memberNames,
  optionalText,
  versionSchema,
  yearParams,
} from "../common.ts";
import { commentCount } from "../measures/service.ts";
import {
  plannedMeasures,
  startWorkYear,
  swedishToday,
  workYearSetup,
  workYearSetupSchema,
  yearChecklist,
} from "./service.ts";

const checklistItem = z.object({
  key: z.string(),
  section: z.string(),
  area: z.string().optional(),
  done: z.boolean(),
  required: z.boolean(),
  fixAt: z.string(),
});

const workYearSchema = z
  .object({
    id: z.string(),
    year: z.number(),
    version: z.number(),
    headcount: z.number().nullable(),
    duty: z.string(),
    followUp: z.record(z.string(), z.string()),
    areaNotes: z.record(z.string(), z.string()),
    cooperationStatement: z.string(),
    paySurveySummary: z.string(),
    documentationCompletedAt: z.string().nullable(),
    documentationCompletedBy: z.string().nullable(),
    checklist: z.object({ complete: z.boolean(), items: z.array(checklistItem) }),
    counts: z.object({
      investigations: z.number(),
      risks: z.number(),
      measures: z.number(),
      measuresDone: z.number(),
      overdue: z.number(),
      previousToEvaluate: z.number(),
      meetings: z.number(),
      positions: z.number(),
    }),
    previousYear: z.number().nullable(),
    nextYearExists: z.boolean(),
    ...workYearSetupSchema,
  })
  .meta({ id: "WorkYear" });

const candidateSchema = z.object({
  id: z.string(),
  title: z.string(),
  area: z.string(),
  status: z.string(),
  responsible: z.string().nullable(),
  commentCount: z.number(),
});

const followUpSchema = z.partialRecord(z.enum(ALL_FOLLOW_UP_QUESTIONS), optionalText());
const areaNotesSchema = z.partialRecord(z.enum(AREAS), optionalText());

/** Work years: one yearly cycle each, its follow-up, its checklist and its completion. */
export const workYearRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const read = { scope: "organisation", permission: "cycle.read" } as const;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  async function overview(organisationId: string, year: number) {
    const tenant = forOrganisation(db, organisationId);
    const workYear = await findWorkYear(tenant, year);
    const today = swedishToday();
    const count = async (
      table: "investigations" | "risks" | "cooperation_meetings" | "union_positions",
    ) =>
      Number(
        (
          await tenant
            .selectFrom(table)
            .select((eb) => eb.fn.countAll<string>().as("count"))
            .where(`${table}.work_year_id` as "risks.work_year_id", "=", workYear.id)
            .executeTakeFirstOrThrow()
        ).count,
      );
    const [checklist, measures, investigations, risks, meetings, positions, neighbours, setup] =
      await Promise.all([
        yearChecklist(tenant, workYear, today),
        plannedMeasures(tenant, workYear.id),
        count("investigations"),
        count("risks"),
        count("cooperation_meetings"),
        count("union_positions"),
        tenant
          .selectFrom("work_years")
          .select("work_years.year")
          .where("work_years.year", "in", [year - 1, year + 1])
          .execute(),
        workYearSetup(tenant, workYear),
      ]);
    const previous = neighbours.some((n) => n.year === year - 1);
    const previousToEvaluate = previous
      ? Number(
          (
            await tenant
              .selectFrom("measures")
              .innerJoin("work_years", "work_years.id", "measures.work_year_id")
              .select((eb) => eb.fn.countAll<string>().as("count"))
              .where("work_years.year", "=", year - 1)
              .where("measures.evaluation_effect", "is", null)
              .executeTakeFirstOrThrow()
          ).count,
        )
      : 0;
    const completedBy = workYear.documentation_completed_by
      ? ((
          await db
            .selectFrom("users")
            .select("name")
            .where("id", "=", workYear.documentation_completed_by)
            .executeTakeFirst()
        )?.name ?? null)
      : null;
    return {
      id: workYear.id,
      year: workYear.year,
      version: workYear.version,
      headcount: checklist.headcount,
      duty: checklist.duty,
      followUp: workYear.follow_up,
      areaNotes: workYear.area_notes,
      cooperationStatement: workYear.cooperation_statement,
      paySurveySummary: workYear.pay_survey_summary,
      documentationCompletedAt: workYear.documentation_completed_at?.toISOString() ?? null,
      documentationCompletedBy: completedBy,
      checklist: { complete: checklist.complete, items: checklist.items },
      counts: {
        investigations,
        risks,
        measures: measures.length,
        measuresDone: measures.filter((m) => m.planned.status === "done").length,
        overdue: overdueItems(
          measures.map((m) => m.planned),
          year,
          today,
        ).length,
        previousToEvaluate,
        meetings,
        positions,
      },
      previousYear: previous ? year - 1 : null,
      nextYearExists: neighbours.some((n) => n.year === year + 1),
      ...setup,
    };
  }

  app.get(
    "/organisations/:organisationId/years",
    {
      config: { access: read },
      schema: {
        operationId: "listWorkYears",
        tags: ["cycle"],
        params: organisationParams,
        response: {
          200: z.array(z.object({ year: z.number(), documentationCompleted: z.boolean() })),
          ...problems,
        },
      },
    },
    async (request) =>
      (
        await request.tenant
          .selectFrom("work_years")
          .select(["work_years.year", "work_years.documentation_completed_at"])
          .orderBy("work_years.year", "desc")
          .execute()
      ).map((row) => ({
        year: row.year,
        documentationCompleted: row.documentation_completed_at !== null,
      })),
  );

  app.get(
    "/organisations/:organisationId/years/:year/carry-over",
    {
      config: { access: read },
      schema: {
        operationId: "listCarryOverCandidates",
        tags: ["cycle"],
        summary: "The previous year's unfinished measures, offered when this year is created",
        params: yearParams,
        response: { 200: z.array(candidateSchema), ...problems },
      },
    },
    async (request) => {
      const { year } = request.params;
      const names = await memberNames(request.tenant);
      const rows = await request.tenant
        .selectFrom("measures")
        .innerJoin("work_years", "work_years.id", "measures.work_year_id")
        .select([
          "measures.id",
          "measures.title",
          "measures.area",
          "measures.status",
          "measures.responsible_member_id",
          "measures.responsible_title",
        ])
        .select(commentCount)
        .where("work_years.year", "=", year - 1)
        .where("measures.status", "in", [...UNFINISHED_STATUSES])
        .orderBy("measures.area")
        .orderBy("measures.title")
        .execute();
      return rows.map((row) => ({
        id: row.id,
        title: row.title,
        area: row.area,
        status: row.status,
        responsible:
          (row.responsible_member_id ? names.get(row.responsible_member_id)?.name : undefined) ??
          row.responsible_title,
        commentCount: Number(row.comment_count ?? 0),
      }));
    },
  );

  app.post(
    "/organisations/:organisationId/years",
    {
      config: { access: manage },
      schema: {
        operationId: "createWorkYear",
        tags: ["cycle"],
        summary: "Starts a year; the chosen unfinished measures of last year are carried over",
        params: organisationParams,
        body: z.object({
          year: z.number().int().min(2000).max(2100),
          carryOverMeasureIds: z.array(uuidSchema).default([]),
        }),
        response: { 201: workYearSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const { year, carryOverMeasureIds } = request.body;
      const actorUserId = request.user!.id;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const created = await startWorkYear(trx, organisationId, year, actorUserId);
        if (!created) throw invalidField("year", "cycle.yearExists", { year });
        const candidates = carryOverMeasureIds.length
          ? await tenant
              .selectFrom("measures")
              .innerJoin("work_years", "work_years.id", "measures.work_year_id")
              .selectAll("measures")
              .where("measures.id", "in", carryOverMeasureIds)
              .where("work_years.year", "=", year - 1)
              .where("measures.status", "in", [...UNFINISHED_STATUSES])
              .execute()
          : [];
        const found = new Set(candidates.map((c) => c.id));
        const missing = carryOverMeasureIds.findIndex((id) => !found.has(id));
        if (missing >= 0)
          throw invalidField(`carryOverMeasureIds.${missing}`, "cycle.notCarriable");
        for (const old of candidates) {
          const copy = await tenant
            .insertInto("measures")
            .values({
              organisation_id: organisationId,
              work_year_id: created.id,
              area: old.area,
              title: old.title,
              description: old.description,
              unit_id: old.unit_id,
              responsible_member_id: old.responsible_member_id,
              responsible_title: old.responsible_title,
              schedule_kind: old.schedule_kind,
              start_on: old.start_on,
              due_on: old.due_on,
              schedule_month: old.schedule_month,
              times_per_year: old.times_per_year,
              follow_up_method: old.follow_up_method,
              follow_up_on: old.follow_up_on,
              status: old.status,
              cost_estimate: old.cost_estimate,
              library_key: old.library_key,
              carried_over_from_id: old.id,
              created_by: actorUserId,
            })
            .returning(["id", "title"])
            .executeTakeFirstOrThrow();
          const links = await tenant
            .selectFrom("measure_risks")
            .select("measure_risks.risk_id")
            .where("measure_risks.measure_id", "=", old.id)
            .execute();
          if (links.length)
            await tenant
              .insertInto("measure_risks")
              .values(
                links.map((l) => ({
                  measure_id: copy.id,
                  organisation_id: organisationId,
                  risk_id: l.risk_id,
                })),
              )
              .execute();
          await recordAudit(trx, {
            organisationId,
            actorUserId,
            action: "create",
            entityType: "measure",
            entityId: copy.id,
            after: { title: copy.title, year, carriedOverFrom: old.id },
          });
        }
      });
      return reply.code(201).send(await overview(organisationId, year));
    },
  );

  app.get(
    "/organisations/:organisationId/years/:year",
    {
      config: { access: read },
      schema: {
        operationId: "getWorkYear",
        tags: ["cycle"],
        params: yearParams,
        response: { 200: workYearSchema, ...problems },
      },
    },
    async (request) => overview(request.params.organisationId, request.params.year),
  );

  app.patch(
    "/organisations/:organisationId/years/:year",
    {
      config: { access: manage },
      schema: {
        operationId: "updateWorkYear",
        tags: ["cycle"],
        summary: "Follow-up answers, area conclusions, the cooperation statement, pay survey",
        params: yearParams,
        body: z.object({
          version: versionSchema,
          followUp: followUpSchema.optional(),
          areaNotes: areaNotesSchema.optional(),
          cooperationStatement: optionalText().optional(),
          paySurveySummary: optionalText().optional(),
        }),
        response: { 200: workYearSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await findWorkYear(tenant, year, true);
        checkVersion(before.version, body.version);
        const changes = {
          ...(body.followUp ? { follow_up: { ...before.follow_up, ...body.followUp } } : {}),
          ...(body.areaNotes ? { area_notes: { ...before.area_notes, ...body.areaNotes } } : {}),
          ...(body.cooperationStatement !== undefined
            ? { cooperation_statement: body.cooperationStatement }
            : {}),
          ...(body.paySurveySummary !== undefined
            ? { pay_survey_summary: body.paySurveySummary }
            : {}),
        };
        await tenant
          .updateTable("work_years")
          .set({
            ...(changes.follow_up ? { follow_up: JSON.stringify(changes.follow_up) } : {}),
            ...(changes.area_notes ? { area_notes: JSON.stringify(changes.area_notes) } : {}),
            ...(changes.cooperation_statement !== undefined
              ? { cooperation_statement: changes.cooperation_statement }
              : {}),
            ...(changes.pay_survey_summary !== undefined
              ? { pay_survey_summary: changes.pay_survey_summary }
              : {}),
            version: before.version + 1,
            updated_at: new Date(),
          })
          .where("work_years.id", "=", before.id)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "work_year",
          entityId: before.id,
          before: Object.fromEntries(
            Object.keys(changes).map((k) => [k, before[k as keyof typeof before]]),
          ),
          after: changes,
        });
      });
      return overview(organisationId, year);
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/documentation-complete",
    {
      config: { access: manage },
      schema: {
        operationId: "completeDocumentation",
        tags: ["cycle"],
        summary:
          "Marks the year's documentation complete; refused while checklist items are missing",
        params: yearParams,
        response: { 200: workYearSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year, true);
        const checklist = await yearChecklist(tenant, workYear, swedishToday());
        const missing = checklist.items.filter((i) => i.required && !i.done).length;
        if (missing > 0)
          throw new AppError(409, "cycle.documentationIncomplete", { count: missing });
        const completedAt = new Date();
        await tenant
          .updateTable("work_years")
          .set({
            documentation_completed_at: completedAt,
            documentation_completed_by: request.user!.id,
            version: workYear.version + 1,
          })
          .where("work_years.id", "=", workYear.id)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "work_year",
          entityId: workYear.id,
          before: { documentationCompletedAt: null },
          after: { documentationCompletedAt: completedAt.toISOString() },
        });
      });
      return overview(organisationId, year);
    },
  );

  app.delete(
    "/organisations/:organisationId/years/:year/documentation-complete",
    {
      config: { access: manage },
      schema: {
        operationId: "reopenDocumentation",
        tags: ["cycle"],
        params: yearParams,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year, true);
        await tenant
          .updateTable("work_years")
          .set({
            documentation_completed_at: null,
            documentation_completed_by: null,
            version: workYear.version + 1,
          })
          .where("work_years.id", "=", workYear.id)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "work_year",
          entityId: workYear.id,
          before: { documentationCompletedAt: workYear.documentation_completed_at },
          after: { documentationCompletedAt: null },
        });
      });
      return reply.code(204).send(null);
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { libraryMeasure } from "../../../core/cycle/measure-library.ts";
import { mayEditMeasure } from "../../../core/cycle/measure-rules.ts";
import { dueMonths, endOfMonth } from "../../../core/cycle/schedule.ts";
import { evidenceForMeasures } from "../../events/evidence.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import { AppError, forbidden, invalidField, notFound } from "../../platform/http/problem.ts";
import {
  localeSchema,
  noContent,
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import { checkVersion, findWorkYear, yearParams } from "../common.ts";
import { scheduleColumns } from "../years/service.ts";
import { commentSchema, createMeasureBody, measureSchema, updateMeasureBody } from "./schemas.ts";
import {
  checkMeasureInput,
  editorOf,
  loadMeasures,
  type MeasureView,
  setRiskLinks,
} from "./service.ts";

const params = organisationParams.extend({ measureId: uuidSchema });

const historySchema = z.object({
  at: z.string(),
  actorName: z.string().nullable(),
  action: z.string(),
  changed: z.array(z.string()),
});

const measureDetailSchema = z
  .object({
    measure: measureSchema,
    comments: z.array(commentSchema),
    history: z.array(historySchema),
    /** Training events linked to the measure, with attendance: evidence it was carried out. */
    trainings: z.array(
      z.object({
        eventId: z.string(),
        title: z.string(),
        firstDate: z.string().nullable(),
        status: z.string(),
        registered: z.number(),
        attended: z.number(),
        organisations: z.array(
          z.object({ organisation: z.string(), registered: z.number(), attended: z.number() }),
        ),
      }),
    ),
  })
  .meta({ id: "MeasureDetail" });

/** What the audit trail keeps of a measure: its fields without the per-viewer ones. */
function audited(measure: MeasureView) {
  const { canEdit: _canEdit, commentCount: _commentCount, ...rest } = measure;
  return rest;
}

async function findMeasure(tenant: TenantDb, measureId: string, lock = false) {
  let query = tenant
    .selectFrom("measures")
    .select([
      "measures.id",
      "measures.version",
      "measures.work_year_id",
      "measures.unit_id",
      "measures.responsible_member_id",
      "measures.status",
      "measures.evaluation_effect",
      "measures.evaluation_comment",
      "measures.schedule_kind",
      "measures.due_on",
      "measures.schedule_month",
      "measures.times_per_year",
      "measures.start_on",
      "measures.follow_up_on",
      "measures.title",
      "measures.responsible_title",
      "measures.gender_balance_group_id",
    ])
    .where("measures.id", "=", measureId);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Measures (åtgärder): planned, carried out, followed up and evaluated; with comments. */
export const measureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const read = { scope: "organisation", permission: "cycle.read" } as const;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  app.get(
    "/organisations/:organisationId/years/:year/measures",
    {
      config: { access: read },
      schema: {
        operationId: "listMeasures",
        tags: ["cycle"],
        params: yearParams,
        response: { 200: z.array(measureSchema), ...problems },
      },
    },
    async (request) => {
      const workYear = await findWorkYear(request.tenant, request.params.year);
      return loadMeasures(
        request.tenant,
        request.membership!,
        { workYearId: workYear.id },
        request.locale,
      );
    },
  );

  app.get(
    "/organisations/:organisationId/measures/:measureId",
    {
      config: { access: read },
      schema: {
        operationId: "getMeasure",
        tags: ["cycle"],
        summary:
          "A measure with its comments (also those from before it was carried over) and its history",
        params,
        response: { 200: measureDetailSchema, ...problems },
      },
    },
    async (request) => {
      const { tenant, membership } = request;
      const [measure] = await loadMeasures(
        tenant,
        membership!,
        {
          measureId: request.params.measureId,
        },
        request.locale,
      );
      if (!measure) throw notFound();
      // The thread follows the measure back through every year it was carried over from.
      const chain = [measure.id];
      for (let from = measure.carriedOverFrom; from; ) {
        chain.push(from.id);
        const [earlier] = await loadMeasures(
          tenant,
          membership!,
          { measureId: from.id },
          request.locale,
        );
        from = earlier?.carriedOverFrom ?? null;
      }
      const [comments, events] = await Promise.all([
        tenant
          .selectFrom("measure_comments")
          .innerJoin("measures", "measures.id", "measure_comments.measure_id")
          .innerJoin("work_years", "work_years.id", "measures.work_year_id")
          .leftJoin("users", "users.id", "measure_comments.author_user_id")
          .leftJoin("memberships", (join) =>
            join
              .onRef("memberships.user_id", "=", "measure_comments.author_user_id")
              .onRef("memberships.organisation_id", "=", "measure_comments.organisation_id"),
          )
          .select([
            "measure_comments.id",
            "measure_comments.measure_id",
            "measure_comments.body",
            "measure_comments.created_at",
            "users.name",
            "memberships.role",
            "work_years.year",
          ])
          .where("measure_comments.measure_id", "in", chain)
          .orderBy("measure_comments.created_at")
          .execute(),
        tenant
          .selectFrom("audit_events")
          .leftJoin("users", "users.id", "audit_events.actor_user_id")
          .select([
            "audit_events.at",
            "audit_events.action",
            "audit_events.before",
            "audit_events.after",
            "users.name",
          ])
          .where("audit_events.entity_type", "=", "measure")
          .where("audit_events.entity_id", "in", chain)
          .orderBy("audit_events.id")
          .execute(),
      ]);
      const trainings = (await evidenceForMeasures(request.tenant, [measure.id])).get(measure.id);
      return {
        measure,
        trainings: (trainings ?? []).map(({ summary: _summary, measureId: _m, ...t }) => t),
        comments: comments.map((c) => ({
          id: c.id,
          measureId: c.measure_id,
          year: c.year,
          authorName: c.name,
          authorRole: c.role,
          body: c.body,
          createdAt: c.created_at.toISOString(),
        })),
        history: events.map((e) => {
          const before = (e.before ?? {}) as Record<string, unknown>;
          const after = (e.after ?? {}) as Record<string, unknown>;
          const changed =
            e.action === "update"
              ? Object.keys(after).filter(
                  (k) => k !== "version" && JSON.stringify(before[k]) !== JSON.stringify(after[k]),
                )
              : [];
          return { at: e.at.toISOString(), actorName: e.name, action: e.action, changed };
        }),
      };
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/measures",
    {
      config: { access: manage },
      schema: {
        operationId: "createMeasure",
        tags: ["cycle"],
        params: yearParams,
        body: createMeasureBody,
        response: { 201: measureSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      const measure = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        await checkMeasureInput(
          tenant,
          workYear.id,
          body,
          await editorOf(tenant, request.membership!),
        );
        const created = await tenant
          .insertInto("measures")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            area: body.area,
            title: body.title,
            description: body.description,
            unit_id: body.unitId,
            responsible_member_id: body.responsibleMemberId,
            responsible_title: body.responsibleTitle || null,
            ...scheduleColumns(body.schedule),
            start_on: body.startOn,
            follow_up_method: body.followUpMethod,
            follow_up_on: body.followUpOn,
            status: body.status,
            completed_at: body.status === "done" ? new Date() : null,
            cost_estimate: body.costEstimate,
            gender_balance_group_id: body.genderBalanceGroupId,
            created_by: request.user!.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await setRiskLinks(tenant, organisationId, created.id, body.riskIds);
        const [measure] = await loadMeasures(
          tenant,
          request.membership!,
          {
            measureId: created.id,
          },
          request.locale,
        );
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "measure",
          entityId: created.id,
          after: audited(measure!),
        });
        return measure!;
      });
      return reply.code(201).send(measure);
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/measures/from-library",
    {
      config: { access: manage },
      schema: {
        operationId: "adoptLibraryMeasure",
        tags: ["cycle"],
        summary: "Adopts a measure from the library into the year's plan, ready to edit",
        params: yearParams,
        body: z.object({ key: requiredText(100), locale: localeSchema.optional() }),
        response: { 201: measureSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      const template = libraryMeasure(request.body.key);
      if (!template) throw invalidField("key", "field.libraryUnknown");
      const locale = request.body.locale ?? request.locale;
      const measure = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        // The follow-up comes after the measure: a March follow-up of an October round is next March.
        const firstDue = dueMonths(template.schedule, year)[0];
        const followUpOn = template.followUpMonth
          ? endOfMonth(
              firstDue !== undefined && template.followUpMonth < firstDue ? year + 1 : year,
              template.followUpMonth,
            )
          : null;
        const created = await tenant
          .insertInto("measures")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            area: template.area,
            title: template.title[locale],
            description: template.description[locale],
            responsible_title: template.responsibleTitle[locale],
            ...scheduleColumns(template.schedule),
            follow_up_method: template.followUp[locale],
            follow_up_on: followUpOn,
            library_key: template.key,
            created_by: request.user!.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const [measure] = await loadMeasures(
          tenant,
          request.membership!,
          {
            measureId: created.id,
          },
          request.locale,
        );
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "measure",
          entityId: created.id,
          after: audited(measure!),
        });
        return measure!;
      });
      return reply.code(201).send(measure);
    },
  );

  app.patch(
    "/organisations/:organisationId/measures/:measureId",
    {
      config: { access: { scope: "organisation", permission: "measures.update" } },
      schema: {
        operationId: "updateMeasure",
        tags: ["cycle"],
        summary: "Changes a measure; a stale version is refused with 409",
        params,
        body: updateMeasureBody,
        response: { 200: measureSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, measureId } = request.params;
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const row = await findMeasure(tenant, measureId, true);
        const editor = await editorOf(tenant, request.membership!);
        if (
          !mayEditMeasure(editor, {
            unitId: row.unit_id,
            responsibleMemberId: row.responsible_member_id,
          })
        )
          throw forbidden();
        checkVersion(row.version, body.version);
        const [before] = await loadMeasures(
          tenant,
          request.membership!,
          { measureId },
          request.locale,
        );
        const merged = {
          title: body.title ?? before!.title,
          unitId: body.unitId !== undefined ? body.unitId : before!.unitId,
          responsibleMemberId:
            body.responsibleMemberId !== undefined
              ? body.responsibleMemberId
              : before!.responsibleMemberId,
          responsibleTitle:
            body.responsibleTitle !== undefined ? body.responsibleTitle : before!.responsibleTitle,
          schedule: body.schedule ?? before!.schedule,
          startOn: body.startOn !== undefined ? body.startOn : before!.startOn,
          followUpOn: body.followUpOn !== undefined ? body.followUpOn : before!.followUpOn,
          riskIds: body.riskIds ?? before!.riskIds,
          genderBalanceGroupId:
            body.genderBalanceGroupId !== undefined
              ? body.genderBalanceGroupId
              : before!.genderBalanceGroupId,
        };
        // Only check what changes: a manager may keep a measure on a unit they do not lead.
        await checkMeasureInput(
          tenant,
          row.work_year_id,
          {
            ...merged,
            unitId:
              body.unitId !== undefined && body.unitId !== before!.unitId ? body.unitId : null,
            riskIds: body.riskIds ?? [],
          },
          editor,
        );
        const statusChanged = body.status !== undefined && body.status !== before!.status;
        const evaluation = body.evaluation;
        await tenant
          .updateTable("measures")
          .set({
            ...(body.area !== undefined ? { area: body.area } : {}),
            title: merged.title,
            ...(body.description !== undefined ? { description: body.description } : {}),
            unit_id: merged.unitId,
            responsible_member_id: merged.responsibleMemberId,
            responsible_title: merged.responsibleTitle || null,
            ...scheduleColumns(merged.schedule),
            start_on: merged.startOn,
            ...(body.followUpMethod !== undefined ? { follow_up_method: body.followUpMethod } : {}),
            follow_up_on: merged.followUpOn,
            ...(body.status !== undefined ? { status: body.status } : {}),
            ...(statusChanged ? { completed_at: body.status === "done" ? new Date() : null } : {}),
            ...(body.costEstimate !== undefined ? { cost_estimate: body.costEstimate } : {}),
            gender_balance_group_id: merged.genderBalanceGroupId,
            ...(evaluation === null
              ? {
                  evaluation_effect: null,
                  evaluation_comment: null,
                  evaluated_at: null,
                  evaluated_by: null,
                }
              : evaluation
                ? {
                    evaluation_effect: evaluation.effect,
                    evaluation_comment: evaluation.comment,
                    evaluated_at: new Date(),
                    evaluated_by: request.user!.id,
                  }
                : {}),
            version: row.version + 1,
            updated_at: new Date(),
          })
          .where("measures.id", "=", measureId)
          .execute();
        if (body.riskIds !== undefined)
          await setRiskLinks(tenant, organisationId, measureId, body.riskIds);
        const [after] = await loadMeasures(
          tenant,
          request.membership!,
          { measureId },
          request.locale,
        );
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "measure",
          entityId: measureId,
          before: audited(before!),
          after: audited(after!),
        });
        return after!;
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/measures/:measureId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteMeasure",
        tags: ["cycle"],
        summary: "Deletes a measure that was never carried over (use status 'avbruten' otherwise)",
        params,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, measureId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        await findMeasure(tenant, measureId, true);
        const [before] = await loadMeasures(
          tenant,
          request.membership!,
          { measureId },
          request.locale,
        );
        if (before!.carriedOverTo) throw new AppError(409, "cycle.alreadyCarried");
        await tenant.deleteFrom("measures").where("measures.id", "=", measureId).execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "measure",
          entityId: measureId,
          before: audited(before!),
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/organisations/:organisationId/measures/:measureId/comments",
    {
      config: { access: { scope: "organisation", permission: "measures.comment" } },
      schema: {
        operationId: "commentOnMeasure",
        tags: ["cycle"],
        params,
        body: z.object({ body: requiredText(5000) }),
        response: { 201: commentSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, measureId } = request.params;
      const comment = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const measure = await findMeasure(tenant, measureId);
        const year = await tenant
          .selectFrom("work_years")
          .select("work_years.year")
          .where("work_years.id", "=", measure.work_year_id)
          .executeTakeFirstOrThrow();
        const row = await tenant
          .insertInto("measure_comments")
          .values({
            organisation_id: organisationId,
            measure_id: measureId,
            author_user_id: request.user!.id,
            body: request.body.body,
          })
          .returning(["id", "body", "created_at"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "measure_comment",
          entityId: row.id,
          after: { measureId, body: row.body },
        });
        return {
          id: row.id,
          measureId,
          year: year.year,
          authorName: request.user!.name,
          authorRole: request.membership!.role,
          body: row.body,
          createdAt: row.created_at.toISOString(),
        };
      });
      return reply.code(201).send(comment);
    },
  );
};

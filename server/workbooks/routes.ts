import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import {
  answerKey,
  finishProblems,
  answerSchema as valueSchema,
} from "../../core/workbooks/answers.ts";
import { checkSeenVersion } from "../cycle/common.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { AppError, invalidField, notFound } from "../platform/http/problem.ts";
import { organisationParams, problems } from "../platform/http/schemas.ts";
import { activityRoutes } from "./activities.ts";
import { workbookLibrary } from "./content.ts";
import { exportRoutes } from "./export.ts";
import {
  answerBody,
  answerParams,
  answerSchema,
  createRunBody,
  historySchema,
  runParams,
  runSchema,
  workbookListSchema,
} from "./schemas.ts";
import { answerMap, findRun, runAnswers, runSummary, runView } from "./service.ts";
import { supportContactRoutes } from "./support.ts";
import { yearRoutes } from "./year.ts";

const edit = { scope: "organisation", permission: "workbooks.edit" } as const;
const manage = { scope: "organisation", permission: "workbooks.manage" } as const;

/** Workbooks: runs, their answers saved one by one with versions, history and finishing. */
export const workbookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  await app.register(supportContactRoutes);
  await app.register(activityRoutes);
  await app.register(yearRoutes);
  await app.register(exportRoutes);

  app.get(
    "/organisations/:organisationId/workbooks",
    {
      config: { access: edit },
      schema: {
        operationId: "listWorkbooks",
        tags: ["workbooks"],
        summary: "The workbooks and the organisation's runs of them",
        params: organisationParams,
        response: { 200: workbookListSchema, ...problems },
      },
    },
    async (request) => {
      const runs = await request.tenant
        .selectFrom("workbook_runs")
        .selectAll("workbook_runs")
        .orderBy("workbook_runs.created_at", "desc")
        .execute();
      return {
        workbooks: [...workbookLibrary()].map(([id, files]) => {
          const workbook = files[request.locale];
          return {
            id,
            title: workbook.title,
            summary: workbook.summary,
            minutes: workbook.minutes,
            parts: workbook.parts.length,
          };
        }),
        runs: runs.map((row) => runSummary(row, request.locale)),
      };
    },
  );

  app.post(
    "/organisations/:organisationId/workbooks/runs",
    {
      config: { access: manage },
      schema: {
        operationId: "startWorkbookRun",
        tags: ["workbooks"],
        summary: "Starts a run of a workbook (an organisation may run one several times)",
        params: organisationParams,
        body: createRunBody,
        response: { 201: runSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const { workbookId, title, unitId } = request.body;
      if (!workbookLibrary().has(workbookId)) throw invalidField("workbookId", "workbook.unknown");
      const id = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        if (unitId) {
          const unit = await tenant
            .selectFrom("units")
            .select("units.id")
            .where("units.id", "=", unitId)
            .executeTakeFirst();
          if (!unit) throw invalidField("unitId", "field.unitNotFound");
        }
        const row = await tenant
          .insertInto("workbook_runs")
          .values({
            organisation_id: organisationId,
            workbook_id: workbookId,
            title,
            unit_id: unitId,
            created_by: request.user!.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "workbook_run",
          entityId: row.id,
          after: { workbookId, title, unitId },
        });
        return row.id;
      });
      return reply
        .code(201)
        .send(await runView(request.tenant, id, request.locale, organisationId));
    },
  );

  app.get(
    "/organisations/:organisationId/workbooks/runs/:runId",
    {
      config: { access: edit },
      schema: {
        operationId: "workbookRun",
        tags: ["workbooks"],
        params: runParams,
        response: { 200: runSchema, ...problems },
      },
    },
    async (request) =>
      runView(request.tenant, request.params.runId, request.locale, request.params.organisationId),
  );

  app.put(
    "/organisations/:organisationId/workbooks/runs/:runId/answers/:partId/:id",
    {
      config: { access: edit },
      schema: {
        operationId: "saveWorkbookAnswer",
        tags: ["workbooks"],
        summary:
          "Saves one answer; a stale version is refused with 409 so nobody overwrites another unnoticed",
        params: answerParams,
        body: answerBody,
        response: { 200: answerSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, runId, partId, id } = request.params;
      const key = answerKey(partId, id);
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const run = await findRun(tenant, runId, true);
        if (run.status === "finished") throw new AppError(409, "workbook.finished");
        const workbook = workbookLibrary().get(run.workbook_id)?.sv;
        const part = workbook?.parts.find((p) => p.id === partId);
        if (!workbook || !part) throw notFound();
        let value: unknown;
        if (part.kind === "timeplan") {
          const milestone = part.milestones?.find((m) => m.id === id);
          if (!milestone) throw notFound();
          const parsed = z.union([z.literal(""), z.iso.date()]).safeParse(request.body.value);
          if (!parsed.success) throw invalidField("value", "field.date");
          value = parsed.data;
          const decision = part.milestones![0]!;
          if (parsed.data && milestone.id !== decision.id) {
            const decided = await tenant
              .selectFrom("workbook_answers")
              .select("workbook_answers.value")
              .where("workbook_answers.run_id", "=", runId)
              .where("workbook_answers.answer_key", "=", answerKey(partId, decision.id))
              .executeTakeFirst();
            const on = decided?.value;
            if (typeof on === "string" && on && parsed.data < on)
              throw invalidField("value", "workbook.beforeDecision");
          }
        } else {
          const item = part.items.find((i) => i.id === id);
          if (!item) throw notFound();
          const parsed = valueSchema(item).safeParse(request.body.value);
          if (!parsed.success) {
            const issue = parsed.error.issues[0]!;
            const message = /^(field|workbook)\./.test(issue.message)
              ? issue.message
              : "field.invalid";
            throw invalidField(["value", ...issue.path].join("."), message as "field.date");
          }
          value = parsed.data;
        }
        const current = await tenant
          .selectFrom("workbook_answers")
          .selectAll("workbook_answers")
          .where("workbook_answers.run_id", "=", runId)
          .where("workbook_answers.answer_key", "=", key)
          .executeTakeFirst();
        checkSeenVersion(current, request.body.version);
        const now = new Date();
        const row = current
          ? await tenant
              .updateTable("workbook_answers")
              .set({
                value: JSON.stringify(value),
                version: current.version + 1,
                updated_by: request.user!.id,
                updated_at: now,
              })
              .where("workbook_answers.id", "=", current.id)
              .returningAll()
              .executeTakeFirstOrThrow()
          : await tenant
              .insertInto("workbook_answers")
              .values({
                organisation_id: organisationId,
                run_id: runId,
                answer_key: key,
                value: JSON.stringify(value),
                updated_by: request.user!.id,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
        await tenant
          .updateTable("workbook_runs")
          .set({ updated_at: now })
          .where("workbook_runs.id", "=", runId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: current ? "update" : "create",
          entityType: "workbook_answer",
          entityId: row.id,
          before: current ? { value: current.value } : null,
          after: { runId, key, value },
        });
        return {
          key,
          value: row.value as string,
          version: row.version,
          updatedAt: row.updated_at.toISOString(),
          updatedByName: request.user!.name,
        };
      });
    },
  );

  app.get(
    "/organisations/:organisationId/workbooks/runs/:runId/history",
    {
      config: { access: edit },
      schema: {
        operationId: "workbookRunHistory",
        tags: ["workbooks"],
        summary: "Who changed which answer when, newest first, from the audit trail",
        params: runParams,
        response: { 200: historySchema, ...problems },
      },
    },
    async (request) => {
      const { runId } = request.params;
      await findRun(request.tenant, runId);
      const events = await request.tenant
        .selectFrom("audit_events")
        .leftJoin("users", "users.id", "audit_events.actor_user_id")
        .select([
          "audit_events.at",
          "audit_events.action",
          "users.name",
          sql<string>`audit_events.after->>'key'`.as("key"),
        ])
        .where("audit_events.entity_type", "=", "workbook_answer")
        .where(sql<string>`audit_events.after->>'runId'`, "=", runId)
        .orderBy("audit_events.id", "desc")
        .limit(500)
        .execute();
      return {
        history: events.map((e) => ({
          at: e.at.toISOString(),
          actorName: e.name,
          key: e.key,
          action: e.action,
        })),
      };
    },
  );

  app.post(
    "/organisations/:organisationId/workbooks/runs/:runId/finish",
    {
      config: { access: manage },
      schema: {
        operationId: "finishWorkbookRun",
        tags: ["workbooks"],
        summary:
          "Marks the run as finished; refused with the unanswered questions and early dates named",
        params: runParams,
        response: { 200: runSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, runId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const run = await findRun(tenant, runId, true);
        if (run.status === "finished") return;
        const workbook = workbookLibrary().get(run.workbook_id)?.[request.locale];
        if (!workbook) throw new AppError(409, "workbook.unknown");
        const found = finishProblems(workbook, answerMap(await runAnswers(tenant, runId)));
        if (found.length > 0)
          throw new AppError(
            422,
            "problem.validation",
            {},
            found.map((p) => ({ path: p.key, key: p.message })),
          );
        const now = new Date();
        await tenant
          .updateTable("workbook_runs")
          .set({
            status: "finished",
            finished_at: now,
            finished_by: request.user!.id,
            version: run.version + 1,
            updated_at: now,
          })
          .where("workbook_runs.id", "=", runId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "workbook_run",
          entityId: runId,
          before: { status: run.status },
          after: { status: "finished" },
        });
      });
      return runView(request.tenant, runId, request.locale, organisationId);
    },
  );
};

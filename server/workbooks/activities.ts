import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AREAS } from "../../core/cycle/vocabulary.ts";
import { answerKey, prefill, type TableRow } from "../../core/workbooks/answers.ts";
import { loadMeasures } from "../cycle/measures/service.ts";
import { scheduleColumns, swedishToday } from "../cycle/years/service.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { AppError, invalidField, notFound } from "../platform/http/problem.ts";
import { problems } from "../platform/http/schemas.ts";
import { workbookLibrary } from "./content.ts";
import { runParams } from "./schemas.ts";
import { answerMap, findRun, rowKey, runAnswers } from "./service.ts";

/**
 * An activity of a workbook's plan becomes a measure in this year's action plan in one step.
 * The measure keeps the run and the row as its source, so the plan and the workbook show the
 * same status; a row becomes a measure once.
 */
const activityBody = z.object({
  /** The plan item, as `<part id>/<item id>`. */
  item: z.string().max(200),
  rowId: z.string().max(60),
  area: z.enum(AREAS),
});
const activityMeasureSchema = z.object({
  item: z.string(),
  rowId: z.string(),
  measureId: z.string(),
  year: z.number(),
  title: z.string(),
  status: z.string(),
});

export const activityRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  app.post(
    "/organisations/:organisationId/workbooks/runs/:runId/activities",
    {
      config: { access: { scope: "organisation", permission: "cycle.manage" } },
      schema: {
        operationId: "workbookActivityToMeasure",
        tags: ["workbooks"],
        summary: "Makes an activity of the plan a measure in this year's action plan",
        params: runParams,
        body: activityBody,
        response: { 201: activityMeasureSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, runId } = request.params;
      const { item: itemKey, rowId, area } = request.body;
      const created = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const run = await findRun(tenant, runId, true);
        const workbook = workbookLibrary().get(run.workbook_id)?.[request.locale];
        const [partId, itemId] = itemKey.split("/");
        const part = workbook?.parts.find((p) => p.id === partId);
        const item = part?.items.find((i) => i.id === itemId && i.activities);
        if (!workbook || !item) throw invalidField("item", "workbook.noSuchAnswer");
        // The saved plan, or what the earlier answers fill it with until someone saves it.
        const answers = answerMap(await runAnswers(tenant, runId));
        const rows = (answers.get(answerKey(partId!, itemId!)) ??
          prefill(workbook, item, answers) ??
          []) as TableRow[];
        const row = rows.find((r) => r.id === rowId);
        if (!row) throw notFound();
        const column = (kind: string) => item.columns!.find((c) => c.kind === kind)!.id;
        const title = (row.cells[column("text")] ?? "").trim();
        const responsible = (row.cells[column("responsible")] ?? "").trim();
        const due = (row.cells[column("date")] ?? "").trim();
        if (!title) throw invalidField("rowId", "workbook.activityWithoutTitle");
        // 3 kap. 3 §: a measure has someone responsible.
        if (!responsible) throw invalidField("rowId", "field.responsibleRequired");

        const year = Number(swedishToday().slice(0, 4));
        const workYear = await tenant
          .selectFrom("work_years")
          .select(["work_years.id", "work_years.documentation_completed_at"])
          .where("work_years.year", "=", year)
          .forUpdate()
          .executeTakeFirst();
        if (!workYear) throw new AppError(409, "workbook.yearNotStarted", { year });
        if (workYear.documentation_completed_at)
          throw new AppError(409, "workbook.yearClosed", { year });
        const key = rowKey(itemKey, rowId);
        const existing = await tenant
          .selectFrom("measures")
          .select("measures.id")
          .where("measures.workbook_run_id", "=", runId)
          .where("measures.workbook_row_id", "=", key)
          .executeTakeFirst();
        if (existing) throw new AppError(409, "workbook.alreadyInPlan");
        const inserted = await tenant
          .insertInto("measures")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            area,
            title,
            description: run.title,
            responsible_title: responsible,
            ...scheduleColumns({ kind: "date", dueOn: due || `${year}-12-31` }),
            status: "planned",
            created_by: request.user!.id,
            workbook_run_id: runId,
            workbook_row_id: key,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const [measure] = await loadMeasures(tenant, request.membership!, {
          measureId: inserted.id,
        });
        const { canEdit: _e, commentCount: _c, ...audited } = measure!;
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "measure",
          entityId: inserted.id,
          after: { ...audited, workbookRunId: runId, workbookRow: key },
        });
        return { item: itemKey, rowId, measureId: inserted.id, year, title, status: "planned" };
      });
      return reply.code(201).send(created);
    },
  );
};

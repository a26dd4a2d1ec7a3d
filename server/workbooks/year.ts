import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { yearSetup } from "../../core/workbooks/year.ts";
import { findWorkYear } from "../cycle/common.ts";
import { startWorkYear, workYearSetup, workYearSetupSchema } from "../cycle/years/service.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import { forOrganisation } from "../platform/db/tenant.ts";
import { AppError } from "../platform/http/problem.ts";
import { problems } from "../platform/http/schemas.ts";
import { workbookLibrary } from "./content.ts";
import { runParams } from "./schemas.ts";
import { answerMap, findRun, runAnswers } from "./service.ts";

/**
 * The getting-started workbook fills in the year in the yearly cycle: its working group, the
 * cooperation statement, the investigation methods it plans and the dates of the four steps.
 * The year is started first when it is not there. The run stays the year's source.
 */
const yearBody = z.object({ year: z.number().int().min(2000).max(2100) });

const filledYearSchema = z
  .object({
    year: z.number(),
    /** Whether the year was started by this call. */
    created: z.boolean(),
    version: z.number(),
    cooperationStatement: z.string(),
    ...workYearSetupSchema,
  })
  .meta({ id: "WorkbookFilledYear" });

export const yearRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  app.post(
    "/organisations/:organisationId/workbooks/runs/:runId/year",
    {
      config: { access: { scope: "organisation", permission: "cycle.manage" } },
      schema: {
        operationId: "workbookRunToYear",
        tags: ["workbooks"],
        summary:
          "Fills in (and if needed starts) a work year from the run: working group, cooperation, planned methods and step dates",
        params: runParams,
        body: yearBody,
        response: { 200: filledYearSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, runId } = request.params;
      const { year } = request.body;
      const actorUserId = request.user!.id;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const run = await findRun(tenant, runId);
        const workbook = workbookLibrary().get(run.workbook_id)?.[request.locale];
        if (!workbook) throw new AppError(409, "workbook.unknown");
        const found = yearSetup(workbook, answerMap(await runAnswers(tenant, runId)), year);
        if (found.targets.length === 0) throw new AppError(409, "workbook.noCycleTargets");

        const existing = await tenant
          .selectFrom("work_years")
          .select(["work_years.id", "work_years.documentation_completed_at"])
          .where("work_years.year", "=", year)
          .forUpdate()
          .executeTakeFirst();
        if (existing?.documentation_completed_at)
          throw new AppError(409, "workbook.yearDocumented", { year });
        if (found.problems.length > 0)
          throw new AppError(
            422,
            "problem.validation",
            {},
            found.problems.map((p) => ({
              path: p.key,
              key: p.message,
              ...(p.params ? { params: p.params } : {}),
            })),
          );

        // Started the same way as under Aktiva åtgärder, so a year has the same defaults.
        const created = existing
          ? null
          : await startWorkYear(trx, organisationId, year, actorUserId);
        const before = await findWorkYear(tenant, year, true);
        const { setup, targets } = found;
        const changes = {
          ...(targets.includes("working_group") ? { workingGroup: setup.workingGroup } : {}),
          ...(targets.includes("cooperation_statement")
            ? { cooperationStatement: setup.cooperationStatement }
            : {}),
          ...(targets.includes("investigation_methods")
            ? { plannedMethods: setup.plannedMethods }
            : {}),
          ...(targets.includes("step_dates") ? { stepDates: setup.stepDates } : {}),
          setupRunId: runId,
        };
        const after = await tenant
          .updateTable("work_years")
          .set({
            ...(changes.workingGroup
              ? { working_group: JSON.stringify(changes.workingGroup) }
              : {}),
            ...(changes.cooperationStatement !== undefined
              ? { cooperation_statement: changes.cooperationStatement }
              : {}),
            ...(changes.plannedMethods
              ? { planned_methods: JSON.stringify(changes.plannedMethods) }
              : {}),
            ...(changes.stepDates ? { step_dates: JSON.stringify(changes.stepDates) } : {}),
            setup_run_id: runId,
            version: before.version + 1,
            updated_at: new Date(),
          })
          .where("work_years.id", "=", before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId,
          action: "update",
          entityType: "work_year",
          entityId: before.id,
          before: {
            workingGroup: before.working_group,
            cooperationStatement: before.cooperation_statement,
            plannedMethods: before.planned_methods,
            stepDates: before.step_dates,
            setupRunId: before.setup_run_id,
          },
          after: changes,
        });
        return {
          year,
          created: created !== null,
          version: after.version,
          cooperationStatement: after.cooperation_statement,
          ...(await workYearSetup(tenant, after)),
        };
      });
    },
  );
};

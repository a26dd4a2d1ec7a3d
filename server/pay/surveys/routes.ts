import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { checkVersion, versionSchema, yearParams } from "../../cycle/common.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { organisationParams, problems } from "../../platform/http/schemas.ts";
import { findSurvey, payScope } from "../access.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;
const manage = { scope: "organisation", permission: "pay.manage" } as const;

export const paySurveySchema = z
  .object({
    id: z.string(),
    year: z.number(),
    snapshotDate: z.string(),
    minGroupSize: z.number(),
    womenDominatedShare: z.number(),
    valueBandWidth: z.number(),
    employeeCount: z.number(),
    sourceFile: z.string().nullable(),
    importedAt: z.string().nullable(),
    importedBy: z.string().nullable(),
    version: z.number(),
    /** What the caller may see and do in this survey. */
    access: z.object({
      individual: z.boolean(),
      manage: z.boolean(),
      /** A manager: every figure is about their own units only. */
      ownUnitsOnly: z.boolean(),
    }),
  })
  .meta({ id: "PaySurvey" });
export type PaySurveyView = z.infer<typeof paySurveySchema>;

const settingsBody = z.object({
  minGroupSize: z.number().int().min(2).max(50).optional(),
  womenDominatedShare: z.number().min(50).max(100).optional(),
  valueBandWidth: z.number().gt(0).max(1000).optional(),
  version: versionSchema,
});

/** The organisation's pay surveys, one per year, each the snapshot of one import. */
export const surveyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  async function present(
    request: Parameters<typeof payScope>[1],
    row: Awaited<ReturnType<typeof findSurvey>>,
  ): Promise<PaySurveyView> {
    const scope = await payScope(db, request);
    const importer = row.imported_by
      ? await db
          .selectFrom("users")
          .select("name")
          .where("id", "=", row.imported_by)
          .executeTakeFirst()
      : undefined;
    return {
      id: row.id,
      year: row.year,
      snapshotDate: row.snapshot_date,
      minGroupSize: row.min_group_size,
      womenDominatedShare: row.women_dominated_share,
      valueBandWidth: row.value_band_width,
      employeeCount: row.employee_count,
      sourceFile: row.source_file,
      importedAt: row.imported_at?.toISOString() ?? null,
      importedBy: importer?.name ?? null,
      version: row.version,
      access: {
        individual: scope.individual,
        manage: request.membership!.permissions.includes("pay.manage"),
        ownUnitsOnly: scope.unitIds !== null,
      },
    };
  }

  app.get(
    "/organisations/:organisationId/pay/surveys",
    {
      config: { access: read },
      schema: {
        operationId: "listPaySurveys",
        tags: ["pay"],
        summary: "The pay surveys, newest year first",
        params: organisationParams,
        response: { 200: z.object({ surveys: z.array(paySurveySchema) }), ...problems },
      },
    },
    async (request) => {
      const rows = await request.tenant
        .selectFrom("pay_surveys")
        .selectAll("pay_surveys")
        .orderBy("pay_surveys.year", "desc")
        .execute();
      return { surveys: await Promise.all(rows.map((row) => present(request, row))) };
    },
  );

  app.get(
    "/organisations/:organisationId/pay/surveys/:year",
    {
      config: { access: read },
      schema: {
        operationId: "getPaySurvey",
        tags: ["pay"],
        summary: "One year's pay survey",
        params: yearParams,
        response: { 200: paySurveySchema, ...problems },
      },
    },
    async (request) => present(request, await findSurvey(request.tenant, request.params.year)),
  );

  app.patch(
    "/organisations/:organisationId/pay/surveys/:year",
    {
      config: { access: manage },
      schema: {
        operationId: "updatePaySurveySettings",
        tags: ["pay"],
        summary:
          "Change the survey's minimum group size, women-dominated share or value band width",
        params: yearParams,
        body: settingsBody,
        response: { 200: paySurveySchema, ...problems },
      },
    },
    async (request) => {
      const { version, ...changes } = request.body;
      const updated = await db.transaction().execute(async (trx) => {
        const before = await findSurvey(request.tenant, request.params.year);
        checkVersion(before.version, version);
        const after = await forOrganisation(trx, request.tenant.organisationId)
          .updateTable("pay_surveys")
          .set({
            ...(changes.minGroupSize !== undefined ? { min_group_size: changes.minGroupSize } : {}),
            ...(changes.womenDominatedShare !== undefined
              ? { women_dominated_share: changes.womenDominatedShare }
              : {}),
            ...(changes.valueBandWidth !== undefined
              ? { value_band_width: changes.valueBandWidth }
              : {}),
            version: sql`version + 1`,
            updated_at: sql`now()`,
          })
          .where("pay_surveys.id", "=", before.id)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId: request.tenant.organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "pay_survey",
          entityId: before.id,
          before: {
            minGroupSize: before.min_group_size,
            womenDominatedShare: before.women_dominated_share,
            valueBandWidth: before.value_band_width,
          },
          after: changes,
        });
        return after;
      });
      return present(request, updated);
    },
  );
};

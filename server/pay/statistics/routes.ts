import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { GENDER_BALANCE_DIMENSIONS } from "../../../core/cycle/vocabulary.ts";
import { yearParams } from "../../cycle/common.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { forbidden } from "../../platform/http/problem.ts";
import { problems } from "../../platform/http/schemas.ts";
import { findSurvey, payScope } from "../access.ts";
import { fillGenderBalance, loadStatistics } from "./service.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;
const manage = { scope: "organisation", permission: "pay.manage" } as const;

const cellSchema = z
  .object({
    /** null when hidden, or when there is no figure (a mean over nobody). */
    value: z.number().nullable(),
    suppressed: z.enum(["primary", "complementary"]).nullable(),
  })
  .meta({ id: "SuppressedCell" });

const shareRowSchema = z
  .object({
    key: z.string(),
    label: z.string().nullable(),
    women: cellSchema,
    men: cellSchema,
    total: cellSchema,
    womenPercent: z.number().nullable(),
    menPercent: z.number().nullable(),
    balanced: z.boolean().nullable(),
  })
  .meta({ id: "PersonnelShareRow" });

const shareTableSchema = z.object({ rows: z.array(shareRowSchema), total: shareRowSchema });

const proportionSchema = z
  .object({
    count: z.number().nullable(),
    percent: z.number().nullable(),
    suppressed: z.enum(["primary", "complementary"]).nullable(),
  })
  .meta({ id: "PersonnelProportion" });

const bySex = <T extends z.ZodType>(schema: T) => z.object({ women: schema, men: schema });

export const statisticsSchema = z
  .object({
    year: z.number(),
    snapshotDate: z.string(),
    /** Figures about fewer people than this are hidden. */
    k: z.number(),
    /** A manager: the figures cover their own units only. */
    ownUnitsOnly: z.boolean(),
    total: shareRowSchema,
    byUnit: shareTableSchema,
    byJob: shareTableSchema,
    byCategory: shareTableSchema,
    byManagement: shareTableSchema,
    byAgeBand: shareTableSchema,
    partTime: bySex(proportionSchema),
    temporary: bySex(proportionSchema),
    parentalLeave: bySex(z.object({ withLeave: proportionSchema, meanDays: cellSchema })),
    sickLeave: bySex(z.object({ meanDays: cellSchema, longLeave: proportionSchema })),
    yearOverYear: z.array(
      z.object({
        year: z.number(),
        total: shareRowSchema,
        partTime: bySex(proportionSchema),
        temporary: bySex(proportionSchema),
      }),
    ),
  })
  .meta({ id: "PersonnelStatistics" });

const fillSchema = z
  .object({
    year: z.number(),
    source: z.string(),
    created: z.number(),
    updated: z.number(),
    unchanged: z.number(),
    removed: z.number(),
    /** Groups left out because one sex has fewer than k people in them. */
    skipped: z.array(z.object({ dimension: z.enum(GENDER_BALANCE_DIMENSIONS), label: z.string() })),
  })
  .meta({ id: "GenderBalanceFill" });

/** Personnel statistics of a pay survey, and filling the year's gender balance from them. */
export const statisticsRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    "/organisations/:organisationId/pay/surveys/:year/statistics",
    {
      config: { access: read },
      schema: {
        operationId: "getPersonnelStatistics",
        tags: ["pay"],
        summary:
          "Women and men per unit, job, category, management level and age; part-time, temporary employment and leave by sex; year over year. Small groups hidden.",
        params: yearParams,
        response: { 200: statisticsSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      return {
        year: survey.year,
        snapshotDate: survey.snapshot_date,
        ownUnitsOnly: scope.unitIds !== null,
        ...(await loadStatistics(request.tenant, survey, scope)),
      };
    },
  );

  app.post(
    "/organisations/:organisationId/pay/surveys/:year/statistics/gender-balance",
    {
      config: { access: manage },
      schema: {
        operationId: "fillGenderBalanceFromSurvey",
        tags: ["pay"],
        summary:
          "Write the survey's women and men per job, category and management level into the gender balance of the work year with the same year",
        params: yearParams,
        response: { 200: fillSchema, ...problems },
      },
    },
    async (request) => {
      // The gender balance is part of the yearly cycle: its planners must be allowed too.
      if (!request.membership!.permissions.includes("cycle.manage")) throw forbidden();
      const { organisationId, year } = request.params;
      const scope = await payScope(db, request);
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const survey = await findSurvey(tenant, year);
        const fill = await fillGenderBalance(tenant, survey, scope);
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "gender_balance",
          entityId: fill.workYearId,
          before: fill.before,
          after: fill.after,
        });
        return fill.result;
      });
    },
  );
};

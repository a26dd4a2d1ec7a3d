import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { yearParams } from "../../cycle/common.ts";
import { problems } from "../../platform/http/schemas.ts";
import { findSurvey, payScope } from "../access.ts";
import { loadIndicators } from "./service.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;

const nullableNumber = z.number().nullable();

const gapSchema = z
  .object({
    female: nullableNumber,
    male: nullableNumber,
    nFemale: z.number(),
    nMale: z.number(),
    /** 100·(M − F)/M: positive when women are paid less. */
    gapPercent: nullableNumber,
    /** About fewer than k women or men: the figures are left out. */
    hidden: z.boolean(),
    reason: z.enum(["no-women", "no-men", "no-people", "male-zero"]).nullable(),
  })
  .meta({ id: "PayGapFigure" });

const shareSchema = z
  .object({
    count: z.number(),
    recipients: nullableNumber,
    percent: nullableNumber,
    hidden: z.boolean(),
  })
  .meta({ id: "PayVariableShare" });

const levelSchema = z
  .object({
    meanGap: gapSchema,
    variableMeanGap: gapSchema,
    medianGap: gapSchema,
    variableMedianGap: gapSchema,
    quartiles: z.array(
      z.object({
        band: z.union([z.literal(1), z.literal(2), z.literal(3), z.literal(4)]),
        size: z.number(),
        female: nullableNumber,
        male: nullableNumber,
        femalePercent: nullableNumber,
        malePercent: nullableNumber,
        hidden: z.boolean(),
      }),
    ),
  })
  .meta({ id: "PayLevelIndicators" });

const categoryGapsSchema = z.object({ total: gapSchema, base: gapSchema, variable: gapSchema });

const yearGapsSchema = z.object({ meanGap: gapSchema, medianGap: gapSchema });

const indicatorsSchema = z
  .object({
    year: z.number(),
    snapshotDate: z.string(),
    /** A manager: the figures are about their own units only. */
    ownUnitsOnly: z.boolean(),
    k: z.number(),
    /** Employees in the whole survey (the employer's head count). */
    organisationEmployees: z.number(),
    population: z.object({ women: z.number(), men: z.number() }),
    fullTimeWeeklyHours: z.number(),
    assumedHours: z.number(),
    annual: levelSchema,
    hourly: levelSchema,
    variableShare: z.object({ women: shareSchema, men: shareSchema }),
    categories: z.object({
      valueBandWidth: z.number(),
      unevaluatedJobs: z.number(),
      threshold: z.number(),
      rows: z.array(
        z.object({
          category: z.discriminatedUnion("kind", [
            z.object({ kind: z.literal("band"), band: z.number() }),
            z.object({ kind: z.literal("job"), job: z.string() }),
          ]),
          women: nullableNumber,
          men: nullableNumber,
          countsHidden: z.boolean(),
          annual: categoryGapsSchema,
          hourly: categoryGapsSchema,
          jointPayAssessment: z.boolean().nullable(),
          flaggedOn: z.array(z.enum(["annual", "hourly"])),
        }),
      ),
    }),
    yearOverYear: z.array(
      z.object({
        year: z.number(),
        women: nullableNumber,
        men: nullableNumber,
        annual: yearGapsSchema,
        hourly: yearGapsSchema,
      }),
    ),
  })
  .meta({ id: "PayTransparencyIndicators" });

/** The EU Pay Transparency Directive's indicators (EU 2023/970 Art. 9(1)(a)–(g)). */
export const indicatorRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    "/organisations/:organisationId/pay/surveys/:year/indicators",
    {
      config: { access: read },
      schema: {
        operationId: "getPayTransparencyIndicators",
        tags: ["pay"],
        summary:
          "EU 2023/970 Art. 9(1)(a)–(g) on annual and hourly pay: mean and median gaps, variable pay, quartile bands, gaps per category of workers; year over year. Small groups hidden.",
        params: yearParams,
        response: { 200: indicatorsSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      return loadIndicators(request.tenant, survey, scope);
    },
  );
};

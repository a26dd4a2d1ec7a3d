import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  checkPayModel,
  MODEL_VARIABLE_IDS,
  STANDARD_MODEL,
  TERM_KINDS,
} from "../../../core/pay/models.ts";
import { yearParams } from "../../cycle/common.ts";
import { sendProblem } from "../../platform/http/problem.ts";
import { problems } from "../../platform/http/schemas.ts";
import { translate } from "../../platform/i18n.ts";
import { findSurvey, payScope } from "../access.ts";

import { modelProblemMessage, runPayModel } from "./service.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;

const variableSchema = z.enum(MODEL_VARIABLE_IDS as [string, ...string[]]);
const termSchema = z.object({ variable: variableSchema, kind: z.enum(TERM_KINDS) });

const levelSchema = z
  .discriminatedUnion("kind", [
    z.object({ kind: z.literal("band"), band: z.number() }),
    z.object({ kind: z.literal("job"), job: z.string() }),
    z.object({ kind: z.literal("name"), name: z.string() }),
    z.object({ kind: z.literal("manager"), manager: z.boolean() }),
  ])
  .meta({ id: "PayModelLevel" });

const nullableNumber = z.number().nullable();

const regressionSchema = z
  .object({
    year: z.number(),
    /** A manager: the model is fitted on their own units only. */
    ownUnitsOnly: z.boolean(),
    /** Figures about fewer people than this are hidden. */
    k: z.number(),
    model: z.object({
      preset: z.enum(["standard"]).nullable(),
      log: z.boolean(),
      terms: z.array(termSchema),
    }),
    /** The survey's full-time hours a week, for the full-time standardisation of pay. */
    fullTimeWeeklyHours: z.number(),
    population: z.object({
      /** Employees in the caller's scope. */
      employees: z.number(),
      /** Employees with a value in every variable of the model. */
      used: z.number(),
      excluded: z.number(),
      women: z.number(),
      men: z.number(),
      missing: z.array(z.object({ variable: z.string(), count: z.number() })),
      /** The missing counts in words, in the request's language. */
      notes: z.array(z.string()),
    }),
    fit: z.object({
      n: z.number(),
      df: z.number(),
      rSquared: z.number(),
      adjustedRSquared: z.number(),
      residualSE: z.number(),
    }),
    coefficients: z.array(
      z.object({
        name: z.string(),
        term: z.enum(["intercept", "female", "numeric", "squared", "categorical"]),
        variable: variableSchema.nullable(),
        level: levelSchema.nullable(),
        people: nullableNumber,
        estimate: nullableNumber,
        se: nullableNumber,
        t: nullableNumber,
        p: nullableNumber,
        /** About fewer than k people: the figures are left out. */
        hidden: z.boolean(),
      }),
    ),
    /** The group each categorical variable is compared with. */
    baselines: z.array(
      z.object({ variable: variableSchema, level: levelSchema, people: z.number() }),
    ),
    /** Variables the preset left out: one group only, or no different from the others. */
    droppedVariables: z.array(
      z.object({ variable: variableSchema, reason: z.enum(["oneGroup", "collinear"]) }),
    ),
    female: z.object({
      hidden: z.boolean(),
      outcome: z
        .enum([
          "notSignificant",
          "significantNotAboveThreshold",
          "significantlyAboveThreshold",
          "significant",
        ])
        .nullable(),
      kennedyPercent: nullableNumber,
      delta: nullableNumber,
      se: nullableNumber,
      t: nullableNumber,
      p: nullableNumber,
      df: nullableNumber,
      significant: z.boolean().nullable(),
      thresholdT: nullableNumber,
      thresholdCritical: nullableNumber,
      thresholdP: nullableNumber,
      aboveThreshold: z.boolean().nullable(),
    }),
    /** The result in two sentences, in the request's language. */
    conclusion: z.string(),
  })
  .meta({ id: "PayRegression" });

/**
 * The adjusted pay gap: a regression of pay on the employees' education, experience, job
 * and so on with a female dummy (Logib's method), as the standard model or a chosen one.
 * Running a model changes nothing, so it is not audited.
 */
export const regressionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const path = "/organisations/:organisationId/pay/surveys/:year/regression";

  app.get(
    path,
    {
      config: { access: read },
      schema: {
        operationId: "getPayRegression",
        tags: ["pay"],
        summary:
          "The standard pay model (Logib-like): the female coefficient, Kennedy's estimate and the tests against 0 and the 5 % threshold",
        params: yearParams,
        querystring: z.object({ model: z.enum(["standard"]).default("standard") }),
        response: { 200: regressionSchema, ...problems },
      },
    },
    async (request, reply) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      const outcome = await runPayModel(request.tenant, survey, scope, STANDARD_MODEL, {
        preset: "standard",
        locale: request.locale,
      });
      if (!outcome.ok) return sendProblem(reply, 422, outcome.message);
      return outcome.report;
    },
  );

  app.post(
    path,
    {
      config: { access: read },
      schema: {
        operationId: "runPayRegression",
        tags: ["pay"],
        summary:
          "Fit a chosen pay model: variables as numbers, squares or groups, pay in logarithms or not",
        params: yearParams,
        body: z.object({ terms: z.array(termSchema).max(50), log: z.boolean().default(true) }),
        response: { 200: regressionSchema, ...problems },
      },
    },
    async (request, reply) => {
      const model = request.body as Parameters<typeof checkPayModel>[0];
      const modelProblems = checkPayModel(model);
      if (modelProblems.length > 0)
        return sendProblem(
          reply,
          422,
          translate(request.locale, "problem.validation"),
          modelProblems.map((p) => modelProblemMessage(request.locale, p)),
        );
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      const outcome = await runPayModel(request.tenant, survey, scope, model, {
        preset: null,
        locale: request.locale,
      });
      if (!outcome.ok) return sendProblem(reply, 422, outcome.message);
      return outcome.report;
    },
  );
};

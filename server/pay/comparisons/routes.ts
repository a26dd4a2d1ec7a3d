import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { yearParams } from "../../cycle/common.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { notFound } from "../../platform/http/problem.ts";
import { problems, uuidSchema } from "../../platform/http/schemas.ts";
import { findSurvey, payScope } from "../access.ts";
import {
  equalWorkView,
  equivalentView,
  loadComparisons,
  loadFindings,
  peopleOf,
} from "./service.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;
const individual = { scope: "organisation", permission: "pay.readIndividual" } as const;

const suppressedSchema = z.enum(["primary", "complementary"]).nullable();
const differenceSchema = z
  .object({
    /** The higher-paid side's pay minus the lower-paid side's; negative when reversed. */
    kr: z.number(),
    /** As a share of the higher-paid side (men, or the job that is not women-dominated). */
    percent: z.number().nullable(),
  })
  .nullable()
  .meta({ id: "PayDifference" });

export const findingSummarySchema = z
  .object({
    id: z.string(),
    classification: z.enum(["justified", "unjustified", "investigate"]).nullable(),
    explanation: z.string(),
    analysedBy: z.string().nullable(),
    analysedAt: z.string().nullable(),
    version: z.number(),
  })
  .nullable()
  .meta({ id: "PayFindingSummary" });

const figuresSchema = z
  .object({
    count: z.number(),
    mean: z.number().nullable(),
    median: z.number().nullable(),
    min: z.number().nullable(),
    max: z.number().nullable(),
    suppressed: suppressedSchema,
  })
  .meta({ id: "PayFigures" });

const surveyFacts = {
  year: z.number(),
  /** Figures about fewer people than this are hidden from those who see aggregates only. */
  k: z.number(),
  /** A manager: every figure is about their own units. */
  ownUnitsOnly: z.boolean(),
  /** The caller sees individual pay, also of small groups. */
  individual: z.boolean(),
};

const equalWorkSchema = z
  .object({
    ...surveyFacts,
    jobs: z.array(
      z.object({
        jobId: z.string(),
        name: z.string(),
        women: figuresSchema,
        men: figuresSchema,
        mean: differenceSchema,
        median: differenceSchema,
        comparable: z.boolean(),
        smallGroup: z.boolean(),
        finding: findingSummarySchema,
      }),
    ),
  })
  .meta({ id: "PayEqualWork" });

const dominanceSchema = z.enum(["share", "manual", "share-and-manual"]).nullable();
const pairSchema = z.object({
  jobId: z.string(),
  otherJobId: z.string(),
  difference: differenceSchema,
  finding: findingSummarySchema,
});
const equivalentSchema = z
  .object({
    ...surveyFacts,
    womenDominatedShare: z.number(),
    valueBandWidth: z.number(),
    jobs: z.array(
      z.object({
        jobId: z.string(),
        name: z.string(),
        value: z.number(),
        band: z.number(),
        women: z.number(),
        men: z.number(),
        womenShare: z.number().nullable(),
        dominance: dominanceSchema,
        meanPay: z.number().nullable(),
        payHidden: suppressedSchema,
        smallGroup: z.boolean(),
      }),
    ),
    notEvaluated: z.array(
      z.object({
        jobId: z.string(),
        name: z.string(),
        women: z.number(),
        men: z.number(),
        dominance: dominanceSchema,
      }),
    ),
    /** (2) A women-dominated job against a job of the same value band with higher pay. */
    equivalent: z.array(pairSchema),
    /** (3) A women-dominated job against a job of lower value with higher pay. */
    lowerValue: z.array(pairSchema),
  })
  .meta({ id: "PayEquivalentWork" });

const peopleSchema = z
  .object({
    jobId: z.string(),
    name: z.string(),
    people: z.array(
      z.object({
        /** Pseudonymous employee key; never a name or payroll number. */
        key: z.string(),
        /** 1 woman, 2 man. */
        sex: z.number(),
        /** FTE monthly pay (base + fixed supplements). */
        pay: z.number(),
        extent: z.number(),
        yearsOfService: z.number().nullable(),
        age: z.number().nullable(),
      }),
    ),
  })
  .meta({ id: "PayJobPeople" });

/**
 * The three comparisons of DL 3:9 (lika arbete, likvärdiga arbeten, lägre värde men högre lön)
 * and the per-person view of a job for those who may see individual pay. Every response that
 * shows individual pay, or figures about fewer than k people, is logged as a view.
 */
export const comparisonRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const base = "/organisations/:organisationId/pay/surveys/:year/comparisons";

  /** Records that the caller saw individual pay (DL 3:12 access is logged). */
  const logView = (
    request: { tenant: { organisationId: string }; user?: { id: string } | null },
    surveyId: string,
    after: { what: string; job: string | null; jobs?: string[] },
  ) =>
    recordAudit(db, {
      organisationId: request.tenant.organisationId,
      actorUserId: request.user!.id,
      action: "view",
      entityType: "pay_individual",
      entityId: surveyId,
      after,
    });

  app.get(
    `${base}/equal-work`,
    {
      config: { access: read },
      schema: {
        operationId: "getPayEqualWork",
        tags: ["pay"],
        summary:
          "Equal work: per job, count, mean, median, lowest and highest FTE monthly pay of women and men, and the difference. Small groups hidden.",
        params: yearParams,
        response: { 200: equalWorkSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      const comparisons = await loadComparisons(request.tenant, survey, scope);
      const jobs = equalWorkView(comparisons, await loadFindings(request.tenant, survey.id));
      const small = jobs.filter((job) => job.smallGroup).map((job) => job.name);
      if (small.length > 0)
        await logView(request, survey.id, {
          what: "equal_work_small_groups",
          job: null,
          jobs: small,
        });
      return {
        year: survey.year,
        k: survey.min_group_size,
        ownUnitsOnly: scope.unitIds !== null,
        individual: scope.individual,
        jobs,
      };
    },
  );

  app.get(
    `${base}/equal-work/:jobId/people`,
    {
      config: { access: individual },
      schema: {
        operationId: "getPayJobPeople",
        tags: ["pay"],
        summary:
          "The employees of one job, pseudonymous, with FTE monthly pay, extent, years of service and age. Logged as a view of individual pay.",
        params: yearParams.extend({ jobId: uuidSchema }),
        response: { 200: peopleSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const job = await request.tenant
        .selectFrom("pay_jobs")
        .select(["pay_jobs.id", "pay_jobs.name"])
        .where("pay_jobs.id", "=", request.params.jobId)
        .where("pay_jobs.survey_id", "=", survey.id)
        .executeTakeFirst();
      if (!job) throw notFound();
      const scope = await payScope(db, request);
      const comparisons = await loadComparisons(request.tenant, survey, scope);
      const people = peopleOf(comparisons.data, job.name, survey.snapshot_date);
      await logView(request, survey.id, { what: "equal_work_people", job: job.name });
      return { jobId: job.id, name: job.name, people };
    },
  );

  app.get(
    `${base}/equivalent`,
    {
      config: { access: read },
      schema: {
        operationId: "getPayEquivalentWork",
        tags: ["pay"],
        summary:
          "Equivalent work: evaluated jobs with value and mean FTE pay, and every women-dominated job against non-women-dominated jobs of equal value, or lower value, with higher pay",
        params: yearParams,
        response: { 200: equivalentSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      const comparisons = await loadComparisons(request.tenant, survey, scope);
      const view = equivalentView(comparisons, await loadFindings(request.tenant, survey.id));
      const small = view.jobs.filter((job) => job.smallGroup).map((job) => job.name);
      if (small.length > 0)
        await logView(request, survey.id, {
          what: "equivalent_small_jobs",
          job: null,
          jobs: small,
        });
      return {
        year: survey.year,
        k: survey.min_group_size,
        ownUnitsOnly: scope.unitIds !== null,
        individual: scope.individual,
        womenDominatedShare: survey.women_dominated_share,
        valueBandWidth: survey.value_band_width,
        ...view,
      };
    },
  );
};

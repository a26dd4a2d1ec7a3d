import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { EVALUATION_EFFECTS, MEASURE_STATUSES } from "../../../core/cycle/vocabulary.ts";
import {
  annualCost,
  CLASSIFICATIONS,
  DEFAULT_ON_COST_PERCENT,
  deadlineProblem,
  explanationProblem,
  latestDeadline,
} from "../../../core/pay/pay-measures.ts";
import { formatDate } from "../../../core/platform/format.ts";
import { checkSeenVersion, isoDate, versionSchema, yearParams } from "../../cycle/common.ts";
import { loadMeasures } from "../../cycle/measures/service.ts";
import { scheduleColumns, swedishToday } from "../../cycle/years/service.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import {
  AppError,
  type FieldProblem,
  invalidField,
  notFound,
} from "../../platform/http/problem.ts";
import { problems, uuidSchema } from "../../platform/http/schemas.ts";
import type { Locale } from "../../platform/i18n.ts";
import { findSurvey, payScope } from "../access.ts";
import {
  type Comparisons,
  differencesToAnalyse,
  FINDING_KINDS,
  type FindingView,
  findingKey,
  loadComparisons,
  loadFindings,
} from "../comparisons/service.ts";
import { loadSurveyData } from "../dataset.ts";
import { loadPayMeasures, measureTexts, type PayMeasureView } from "./service.ts";

const read = { scope: "organisation", permission: "pay.readAggregate" } as const;
const manage = { scope: "organisation", permission: "pay.manage" } as const;

const kindSchema = z.enum(FINDING_KINDS);
const classificationSchema = z.enum(CLASSIFICATIONS);

const findingSchema = z
  .object({
    id: z.string(),
    kind: kindSchema,
    jobId: z.string(),
    jobName: z.string(),
    otherJobId: z.string().nullable(),
    otherJobName: z.string().nullable(),
    explanation: z.string(),
    classification: classificationSchema.nullable(),
    analysedBy: z.string().nullable(),
    analysedAt: z.string().nullable(),
    version: z.number(),
  })
  .meta({ id: "PayFinding" });

const findingBody = z.object({
  kind: kindSchema,
  /** The job of equal work, or the women-dominated job of (2) and (3). */
  jobId: uuidSchema,
  /** The compared job of (2) and (3); null for equal work. */
  otherJobId: uuidSchema.nullable().default(null),
  explanation: z.string().trim().max(5000),
  classification: classificationSchema.nullable(),
  /** null when the difference has not been analysed before. */
  version: versionSchema.nullable(),
});

const coverageSchema = z.object({ total: z.number(), analysed: z.number() });
const findingsSchema = z
  .object({
    year: z.number(),
    ownUnitsOnly: z.boolean(),
    /** How many of the differences the comparisons show now have been analysed. */
    coverage: z.object({
      equalWork: coverageSchema,
      equivalent: coverageSchema,
      lowerValue: coverageSchema,
    }),
    findings: z.array(
      findingSchema.extend({
        /** The difference is still among those the comparisons show. */
        current: z.boolean(),
      }),
    ),
  })
  .meta({ id: "PayFindings" });

const measureBody = z.object({
  target: z.enum(["persons", "group"]),
  /** The persons' pseudonymous keys, from the job of the finding (target persons). */
  employeeKeys: z.array(z.string().max(100)).max(10_000).default([]),
  /** Who the group is (target group), e.g. "alla förskollärare". */
  groupDescription: z.string().trim().max(500).default(""),
  /** How many get the adjustment; for persons, the number of keys. */
  people: z.number().int().min(1).max(1_000_000).optional(),
  /** Kronor per month and person. */
  monthlyAdjustment: z.number(),
  /** Employer's on-cost in per cent of pay; default the statutory contributions. */
  onCostPercent: z.number().min(0).max(100).default(DEFAULT_ON_COST_PERCENT),
  /** At the latest three years from today (DL 3:10). */
  deadline: isoDate,
  responsibleTitle: z.string().trim().max(200),
});

const statusSchema = z.enum(MEASURE_STATUSES);
const payMeasureSchema = z
  .object({
    id: z.string(),
    findingId: z.string(),
    kind: kindSchema,
    jobId: z.string(),
    jobName: z.string(),
    otherJobName: z.string().nullable(),
    target: z.enum(["persons", "group"]),
    employeeKeys: z.array(z.string()),
    groupDescription: z.string(),
    people: z.number(),
    monthlyAdjustment: z.number(),
    annualCost: z.number(),
    onCostPercent: z.number().nullable(),
    deadline: z.string(),
    measure: z.object({
      id: z.string(),
      year: z.number(),
      title: z.string(),
      status: statusSchema,
      responsibleTitle: z.string().nullable(),
      evaluation: z
        .object({
          effect: z.enum(EVALUATION_EFFECTS),
          comment: z.string(),
          evaluatedAt: z.string(),
        })
        .nullable(),
      version: z.number(),
      carriedOverTo: z
        .object({ id: z.string(), year: z.number(), status: statusSchema })
        .nullable(),
    }),
  })
  .meta({ id: "PayMeasure" });

const payMeasuresSchema = z
  .object({
    year: z.number(),
    measures: z.array(payMeasureSchema),
    /** The pay adjustments of the most recent earlier survey, to evaluate. */
    previous: z.object({ year: z.number(), measures: z.array(payMeasureSchema) }).nullable(),
  })
  .meta({ id: "PayMeasures" });

/** The jobs a caller sees (a manager: those with people in their units). */
const visibleJobs = (c: Comparisons) => new Set([...c.jobs.values()].map((job) => job.id));

/** Findings about jobs the caller sees only. */
const visibleFinding = (jobs: Set<string>) => (f: { jobId: string; otherJobId: string | null }) =>
  jobs.has(f.jobId) && (f.otherJobId === null || jobs.has(f.otherJobId));

/**
 * The analysis of the differences the comparisons show (findings: explanation and whether
 * the difference is justified), and the pay adjustments unjustified ones lead to, each a
 * measure in the action plan of the survey's year (DL 3:10).
 */
export const payMeasureRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const base = "/organisations/:organisationId/pay/surveys/:year";

  app.get(
    `${base}/findings`,
    {
      config: { access: read },
      schema: {
        operationId: "listPayFindings",
        tags: ["pay"],
        summary:
          "The analyses of the survey's pay differences, and how many of the differences shown now are analysed",
        params: yearParams,
        response: { 200: findingsSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      const comparisons = await loadComparisons(request.tenant, survey, scope);
      const jobs = visibleJobs(comparisons);
      const findings = (await loadFindings(request.tenant, survey.id)).filter(visibleFinding(jobs));
      const differences = differencesToAnalyse(comparisons);
      const shown = new Set(differences.map((d) => findingKey(d.kind, d.jobId, d.otherJobId)));
      const analysed = new Set(
        findings
          .filter((f) => f.classification !== null)
          .map((f) => findingKey(f.kind, f.jobId, f.otherJobId)),
      );
      const coverage = (kind: string) => {
        const of = differences.filter((d) => d.kind === kind);
        return {
          total: of.length,
          analysed: of.filter((d) => analysed.has(findingKey(d.kind, d.jobId, d.otherJobId)))
            .length,
        };
      };
      return {
        year: survey.year,
        ownUnitsOnly: scope.unitIds !== null,
        coverage: {
          equalWork: coverage("equal_work"),
          equivalent: coverage("equivalent"),
          lowerValue: coverage("lower_value"),
        },
        findings: findings.map((f) => ({
          ...f,
          current: shown.has(findingKey(f.kind, f.jobId, f.otherJobId)),
        })),
      };
    },
  );

  app.put(
    `${base}/findings`,
    {
      config: { access: manage },
      schema: {
        operationId: "analysePayDifference",
        tags: ["pay"],
        summary:
          "Record the analysis of one difference: its explanation and whether it is justified, unjustified or to be investigated",
        params: yearParams,
        body: findingBody,
        response: { 200: findingSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const survey = await findSurvey(tenant, year);
        const fields: FieldProblem[] = [];
        if (body.kind === "equal_work" && body.otherJobId !== null)
          fields.push({ path: "otherJobId", key: "pay.measures.otherJobNotAllowed" });
        if (body.kind !== "equal_work" && body.otherJobId === null)
          fields.push({ path: "otherJobId", key: "pay.measures.otherJobRequired" });
        if (body.otherJobId !== null && body.otherJobId === body.jobId)
          fields.push({ path: "otherJobId", key: "pay.measures.sameJob" });
        const ids = [body.jobId, ...(body.otherJobId ? [body.otherJobId] : [])];
        const jobs = await tenant
          .selectFrom("pay_jobs")
          .select(["pay_jobs.id", "pay_jobs.name"])
          .where("pay_jobs.survey_id", "=", survey.id)
          .where("pay_jobs.id", "in", ids)
          .execute();
        const name = new Map(jobs.map((job) => [job.id, job.name]));
        if (!name.has(body.jobId)) fields.push({ path: "jobId", key: "pay.measures.jobNotFound" });
        if (body.otherJobId && !name.has(body.otherJobId))
          fields.push({ path: "otherJobId", key: "pay.measures.jobNotFound" });
        const explained = explanationProblem(body.classification, body.explanation);
        if (explained)
          fields.push({
            path: "explanation",
            key:
              explained === "required"
                ? "pay.measures.explanationRequired"
                : "pay.measures.explanationSentence",
          });
        if (fields.length > 0) throw new AppError(422, "problem.validation", {}, fields);

        let query = tenant
          .selectFrom("pay_findings")
          .select([
            "pay_findings.id",
            "pay_findings.version",
            "pay_findings.explanation",
            "pay_findings.classification",
          ])
          .where("pay_findings.survey_id", "=", survey.id)
          .where("pay_findings.kind", "=", body.kind)
          .where("pay_findings.job_id", "=", body.jobId);
        query =
          body.otherJobId === null
            ? query.where("pay_findings.other_job_id", "is", null)
            : query.where("pay_findings.other_job_id", "=", body.otherJobId);
        const before = await query.forUpdate().executeTakeFirst();
        checkSeenVersion(before, body.version);
        if (before && body.classification !== "unjustified") {
          const measures = await tenant
            .selectFrom("pay_measures")
            .select("pay_measures.id")
            .where("pay_measures.finding_id", "=", before.id)
            .executeTakeFirst();
          if (measures) throw invalidField("classification", "pay.measures.hasMeasures");
        }

        const analysis = {
          explanation: body.explanation,
          classification: body.classification,
          analysed_by: request.user!.id,
          analysed_at: sql<Date>`now()`,
        };
        const id = before
          ? (
              await tenant
                .updateTable("pay_findings")
                .set({ ...analysis, version: sql`version + 1` })
                .where("pay_findings.id", "=", before.id)
                .returning("pay_findings.id")
                .executeTakeFirstOrThrow()
            ).id
          : (
              await tenant
                .insertInto("pay_findings")
                .values({
                  organisation_id: organisationId,
                  survey_id: survey.id,
                  kind: body.kind,
                  job_id: body.jobId,
                  other_job_id: body.otherJobId,
                  ...analysis,
                })
                .returning("id")
                .executeTakeFirstOrThrow()
            ).id;
        const pair = {
          kind: body.kind,
          job: name.get(body.jobId),
          otherJob: body.otherJobId ? name.get(body.otherJobId) : null,
        };
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: before ? "update" : "create",
          entityType: "pay_finding",
          entityId: id,
          ...(before
            ? {
                before: {
                  ...pair,
                  explanation: before.explanation,
                  classification: before.classification,
                },
              }
            : {}),
          after: { ...pair, explanation: body.explanation, classification: body.classification },
        });
        const [finding] = await loadFindings(tenant, survey.id, id);
        return finding!;
      });
    },
  );

  app.post(
    `${base}/findings/:findingId/measures`,
    {
      config: { access: manage },
      schema: {
        operationId: "createPayMeasure",
        tags: ["pay"],
        summary:
          "Turn an unjustified difference into a pay adjustment: a measure in the action plan of the survey's year with cost per year and a deadline within three years",
        params: yearParams.extend({ findingId: uuidSchema }),
        body: measureBody,
        response: { 201: payMeasureSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year, findingId } = request.params;
      const body = request.body;
      const created = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const survey = await findSurvey(tenant, year);
        const [finding] = await loadFindings(tenant, survey.id, findingId);
        if (!finding) throw notFound();
        if (finding.classification !== "unjustified")
          throw new AppError(422, "pay.measures.notUnjustified");

        const today = swedishToday();
        const { fields, people } = await checkMeasure(
          tenant,
          survey,
          finding,
          body,
          today,
          request.locale,
        );
        if (fields.length > 0) throw new AppError(422, "problem.validation", {}, fields);

        const workYear = await tenant
          .selectFrom("work_years")
          .select(["work_years.id", "work_years.documentation_completed_at"])
          .where("work_years.year", "=", survey.year)
          .forUpdate()
          .executeTakeFirst();
        if (!workYear)
          throw new AppError(409, "pay.measures.yearNotStarted", { year: survey.year });
        if (workYear.documentation_completed_at)
          throw new AppError(409, "pay.measures.yearClosed", { year: survey.year });

        const cost = annualCost(people, body.monthlyAdjustment, body.onCostPercent);
        const texts = measureTexts(request.locale, {
          kind: finding.kind,
          jobName: finding.jobName,
          otherJobName: finding.otherJobName,
          surveyYear: survey.year,
          target: body.target,
          groupDescription: body.groupDescription,
          people,
          monthlyAdjustment: body.monthlyAdjustment,
          annualCost: cost,
          onCostPercent: body.onCostPercent,
          deadline: body.deadline,
        });
        const measure = await tenant
          .insertInto("measures")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            area: "pay_survey",
            title: texts.title,
            description: texts.description,
            responsible_title: body.responsibleTitle,
            ...scheduleColumns({ kind: "date", dueOn: body.deadline }),
            follow_up_method: texts.followUp,
            status: "planned",
            cost_estimate: cost,
            created_by: request.user!.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const payMeasure = await tenant
          .insertInto("pay_measures")
          .values({
            organisation_id: organisationId,
            survey_id: survey.id,
            finding_id: finding.id,
            measure_id: measure.id,
            target: body.target,
            employee_keys: body.target === "persons" ? body.employeeKeys : [],
            group_description: body.target === "group" ? body.groupDescription : "",
            people,
            monthly_adjustment: body.monthlyAdjustment,
            annual_cost: cost,
            deadline: body.deadline,
          })
          .returning("id")
          .executeTakeFirstOrThrow();

        const [inPlan] = await loadMeasures(tenant, request.membership!, {
          measureId: measure.id,
        });
        const { canEdit: _e, commentCount: _c, ...audited } = inPlan!;
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "measure",
          entityId: measure.id,
          after: { ...audited, payMeasureId: payMeasure.id },
        });
        const [view] = await loadPayMeasures(
          tenant,
          { surveyId: survey.id, payMeasureId: payMeasure.id },
          true,
        );
        const { measure: _m, ...adjustment } = view!;
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "pay_measure",
          entityId: payMeasure.id,
          after: { ...adjustment, measureId: measure.id },
        });
        return view!;
      });
      return reply.code(201).send(created);
    },
  );

  app.get(
    `${base}/pay-measures`,
    {
      config: { access: read },
      schema: {
        operationId: "listPayMeasures",
        tags: ["pay"],
        summary:
          "The survey's pay adjustments with the status of their measures, and those of the previous survey with their evaluation",
        params: yearParams,
        response: { 200: payMeasuresSchema, ...problems },
      },
    },
    async (request) => {
      const survey = await findSurvey(request.tenant, request.params.year);
      const scope = await payScope(db, request);
      const previousSurvey = await request.tenant
        .selectFrom("pay_surveys")
        .selectAll("pay_surveys")
        .where("pay_surveys.year", "<", survey.year)
        .orderBy("pay_surveys.year", "desc")
        .limit(1)
        .executeTakeFirst();
      // A manager sees the adjustments of jobs in their units, in each survey.
      const visible = async (
        of: typeof survey,
        measures: PayMeasureView[],
      ): Promise<PayMeasureView[]> => {
        if (scope.unitIds === null) return measures;
        const jobs = visibleJobs(await loadComparisons(request.tenant, of, scope));
        return measures.filter((m) => jobs.has(m.jobId));
      };
      const load = async (of: typeof survey) =>
        visible(of, await loadPayMeasures(request.tenant, { surveyId: of.id }, scope.individual));
      return {
        year: survey.year,
        measures: await load(survey),
        previous: previousSurvey
          ? { year: previousSurvey.year, measures: await load(previousSurvey) }
          : null,
      };
    },
  );
};

/** The pseudonymous keys of everyone in the job, in the whole survey. */
async function keysInJob(
  tenant: TenantDb,
  survey: { id: string; version: number; snapshot_date: string },
  jobName: string,
): Promise<string[]> {
  const data = await loadSurveyData(tenant, survey, { unitIds: null });
  const job = data.jobs.indexOf(jobName);
  return data.keys.filter((_, i) => data.job[i] === job);
}

/**
 * Checks a pay adjustment against its finding: persons are employees of the finding's job
 * (for (2) and (3) the women-dominated one), a group is described and no larger than the
 * job, the amount is whole kronor above 0, the deadline within three years from today.
 */
async function checkMeasure(
  tenant: TenantDb,
  survey: { id: string; version: number; snapshot_date: string },
  finding: FindingView,
  body: z.infer<typeof measureBody>,
  today: string,
  locale: Locale,
): Promise<{ fields: FieldProblem[]; people: number }> {
  const fields: FieldProblem[] = [];
  let people = body.people ?? 0;
  if (body.target === "persons") {
    const keys = body.employeeKeys;
    if (keys.length === 0) fields.push({ path: "employeeKeys", key: "pay.measures.keysRequired" });
    const seen = new Set<string>();
    keys.forEach((key, i) => {
      if (seen.has(key))
        fields.push({ path: `employeeKeys.${i}`, key: "pay.measures.keyTwice", params: { key } });
      seen.add(key);
    });
    const found = new Set(await keysInJob(tenant, survey, finding.jobName));
    keys.forEach((key, i) => {
      if (!found.has(key))
        fields.push({
          path: `employeeKeys.${i}`,
          key: "pay.measures.keyNotInJob",
          params: { key, job: finding.jobName },
        });
    });
    if (body.people !== undefined && body.people !== seen.size)
      fields.push({
        path: "people",
        key: "pay.measures.peopleMismatch",
        params: { count: seen.size },
      });
    people = seen.size;
  } else {
    if (body.groupDescription === "")
      fields.push({ path: "groupDescription", key: "pay.measures.groupRequired" });
    const headcount = (await keysInJob(tenant, survey, finding.jobName)).length;
    if (body.people === undefined)
      fields.push({ path: "people", key: "pay.measures.peopleRequired" });
    else if (body.people > headcount)
      fields.push({
        path: "people",
        key: "pay.measures.peopleTooMany",
        params: { job: finding.jobName, count: headcount },
      });
  }
  const amount = body.monthlyAdjustment;
  if (!(Number.isInteger(amount) && amount > 0 && amount <= 100_000))
    fields.push({ path: "monthlyAdjustment", key: "pay.measures.amount" });
  const deadline = deadlineProblem(body.deadline, today);
  if (deadline === "past") fields.push({ path: "deadline", key: "pay.measures.deadlinePast" });
  if (deadline === "tooLate")
    fields.push({
      path: "deadline",
      key: "pay.measures.deadlineTooLate",
      params: { latest: formatDate(latestDeadline(today), locale) },
    });
  if (body.responsibleTitle === "")
    fields.push({ path: "responsibleTitle", key: "pay.measures.responsibleRequired" });
  return { fields, people };
}

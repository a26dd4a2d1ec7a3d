import {
  type Dominance,
  equalWork,
  fteMonthlyPay,
  womenDominated,
  womenDominatedComparisons,
} from "../../../core/pay/equal-work.ts";
import { jobValue, valueBand } from "../../../core/pay/job-evaluation.ts";
import type { Classification } from "../../../core/pay/pay-measures.ts";
import type { Summary } from "../../../core/pay/stats.ts";
import { type Suppression, suppressPayBySex } from "../../../core/pay/suppression.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { findSurvey, PayScope } from "../access.ts";
import { derive, jobHeadcounts, loadSurveyData, type SurveyData } from "../dataset.ts";
import { scoresOf, templateOf } from "../jobs/service.ts";

/**
 * The three comparisons of DL 3:9 for one survey as a caller may see them.
 *
 * Pay is FTE-standardised monthly pay: (base + fixed supplements)·100/extent. Figures about
 * fewer than the survey's k people are hidden from those who see aggregates only, with
 * complementary suppression across each job (women, men and both together) and each sex
 * (over all jobs), so that no hidden figure can be worked out from the published ones
 * (core/pay/suppression.ts). Those who may see individual pay see every figure, marked as a
 * small group; the routes log that as a view of individual pay. The analysis itself always
 * uses every figure: small groups are analysed like any other.
 */

export type SurveyRow = Awaited<ReturnType<typeof findSurvey>>;

export const FINDING_KINDS = ["equal_work", "equivalent", "lower_value"] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

interface JobRow {
  id: string;
  name: string;
  traditionally_womens: boolean;
  scores: unknown;
}

/** Per-sex pay of one job in the caller's scope, and what of it the caller may not see. */
interface JobPay {
  women: Summary;
  men: Summary;
  count: number;
  /** Mean of everyone in the job. */
  mean: number | null;
  hidden: { women: Suppression | null; men: Suppression | null; all: Suppression | null };
}

export interface Comparisons {
  survey: SurveyRow;
  scope: PayScope;
  data: SurveyData;
  /** The survey's jobs with people in the caller's scope, by name. */
  jobs: Map<string, JobRow>;
  /** Per index of data.jobs. */
  pay: JobPay[];
  /** Women and men per job name in the whole organisation (women-dominated is about the job). */
  wholeCounts: Map<string, { women: number; men: number }>;
}

/** Everything the comparisons need, loaded once per request. */
export async function loadComparisons(
  tenant: TenantDb,
  survey: SurveyRow,
  scope: PayScope,
): Promise<Comparisons> {
  const [data, rows] = await Promise.all([
    loadSurveyData(tenant, survey, scope),
    tenant
      .selectFrom("pay_jobs")
      .select(["pay_jobs.id", "pay_jobs.name", "pay_jobs.traditionally_womens", "pay_jobs.scores"])
      .where("pay_jobs.survey_id", "=", survey.id)
      .execute(),
  ]);
  const present = new Set(data.jobs);
  const jobs = new Map(rows.filter((r) => present.has(r.name)).map((r) => [r.name, r]));
  return {
    survey,
    scope,
    data,
    jobs,
    pay: derive(data, `jobPay:${survey.min_group_size}`, () => jobPay(data, survey.min_group_size)),
    wholeCounts:
      scope.unitIds === null
        ? jobHeadcounts(data)
        : jobHeadcounts(await loadSurveyData(tenant, survey, { unitIds: null })),
  };
}

/** FTE monthly pay of every employee of the data set. */
function ftePay(data: SurveyData): Float64Array {
  return Float64Array.from({ length: data.n }, (_, i) =>
    fteMonthlyPay(data.baseSalary[i]!, data.fixedSupplements[i]!, data.extent[i]!),
  );
}

function jobPay(data: SurveyData, k: number): JobPay[] {
  const rows = equalWork({ sex: data.sex, job: data.job, monthlyPay: ftePay(data) });
  const empty: Summary = { count: 0, mean: null, median: null, min: null, max: null };
  const byJob = data.jobs.map(() => ({ women: empty, men: empty }));
  for (const row of rows) byJob[row.job] = { women: row.women, men: row.men };
  const hidden = suppressPayBySex(
    byJob.map((j) => ({ female: j.women.count, male: j.men.count })),
    { k },
  ).groups;
  return byJob.map(({ women, men }, j) => {
    const count = women.count + men.count;
    const sum = (women.mean ?? 0) * women.count + (men.mean ?? 0) * men.count;
    const { female, male, total } = hidden[j]!;
    return {
      women,
      men,
      count,
      mean: count > 0 ? sum / count : null,
      hidden: { women: female, men: male, all: total },
    };
  });
}

/** A difference in kronor and as a share of the higher-paid side (100·(M − F)/M). */
export interface Difference {
  kr: number;
  percent: number | null;
}

const difference = (lower: number | null, higher: number | null): Difference | null =>
  lower === null || higher === null
    ? null
    : { kr: higher - lower, percent: higher === 0 ? null : (100 * (higher - lower)) / higher };

/** A finding (the analysis of one difference) with its jobs' names. */
export interface FindingView {
  id: string;
  kind: FindingKind;
  jobId: string;
  jobName: string;
  otherJobId: string | null;
  otherJobName: string | null;
  explanation: string;
  classification: Classification | null;
  analysedBy: string | null;
  analysedAt: string | null;
  version: number;
}

/** The survey's findings, or one of them, with the names of jobs and analyst. */
export async function loadFindings(
  tenant: TenantDb,
  surveyId: string,
  findingId?: string,
): Promise<FindingView[]> {
  let query = tenant
    .selectFrom("pay_findings")
    .innerJoin("pay_jobs as job", "job.id", "pay_findings.job_id")
    .leftJoin("pay_jobs as other", "other.id", "pay_findings.other_job_id")
    .leftJoin("users", "users.id", "pay_findings.analysed_by")
    .select([
      "pay_findings.id",
      "pay_findings.kind",
      "pay_findings.job_id",
      "job.name as job_name",
      "pay_findings.other_job_id",
      "other.name as other_job_name",
      "pay_findings.explanation",
      "pay_findings.classification",
      "pay_findings.analysed_at",
      "pay_findings.version",
      "users.name as analysed_by_name",
    ])
    .where("pay_findings.survey_id", "=", surveyId)
    .orderBy("job.name")
    .orderBy("other.name");
  if (findingId) query = query.where("pay_findings.id", "=", findingId);
  return (await query.execute()).map((row) => ({
    id: row.id,
    kind: row.kind as FindingKind,
    jobId: row.job_id,
    jobName: row.job_name,
    otherJobId: row.other_job_id,
    otherJobName: row.other_job_name,
    explanation: row.explanation,
    classification: row.classification as Classification | null,
    analysedBy: row.analysed_by_name,
    analysedAt: row.analysed_at?.toISOString() ?? null,
    version: row.version,
  }));
}

export const findingKey = (kind: string, jobId: string, otherJobId: string | null) =>
  `${kind}:${jobId}:${otherJobId ?? ""}`;

export interface FindingSummary {
  id: string;
  classification: Classification | null;
  explanation: string;
  analysedBy: string | null;
  analysedAt: string | null;
  version: number;
}

export const findingSummary = (finding: FindingView): FindingSummary => ({
  id: finding.id,
  classification: finding.classification,
  explanation: finding.explanation,
  analysedBy: finding.analysedBy,
  analysedAt: finding.analysedAt,
  version: finding.version,
});

function findingIndex(findings: FindingView[]) {
  const map = new Map(findings.map((f) => [findingKey(f.kind, f.jobId, f.otherJobId), f]));
  return (kind: FindingKind, jobId: string, otherJobId: string | null) => {
    const found = map.get(findingKey(kind, jobId, otherJobId));
    return found ? findingSummary(found) : null;
  };
}

export interface Figures {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
  /** Why the pay figures are hidden from this caller; the count is always shown. */
  suppressed: Suppression | null;
}

const figures = (summary: Summary, suppressed: Suppression | null, show: boolean): Figures =>
  suppressed && !show
    ? { count: summary.count, mean: null, median: null, min: null, max: null, suppressed }
    : { ...summary, suppressed };

export interface EqualWorkJob {
  jobId: string;
  name: string;
  women: Figures;
  men: Figures;
  /** Men's mean minus women's (kr) and as % of men's; null when hidden or not comparable. */
  mean: Difference | null;
  median: Difference | null;
  /** Both women and men do the job, so there is a difference to analyse. */
  comparable: boolean;
  /** Some figures are about fewer than k people, shown because the caller sees individual pay. */
  smallGroup: boolean;
  finding: FindingSummary | null;
}

/** (1) Equal work: per job, women and men side by side. Sorted by job name. */
export function equalWorkView(c: Comparisons, findings: FindingView[]): EqualWorkJob[] {
  const finding = findingIndex(findings);
  const show = c.scope.individual;
  return c.data.jobs
    .flatMap((name, j): EqualWorkJob[] => {
      const job = c.jobs.get(name);
      if (!job) return [];
      const { women, men, hidden } = c.pay[j]!;
      const pairHidden = (hidden.women !== null || hidden.men !== null) && !show;
      return [
        {
          jobId: job.id,
          name,
          women: figures(women, hidden.women, show),
          men: figures(men, hidden.men, show),
          mean: pairHidden ? null : difference(women.mean, men.mean),
          median: pairHidden ? null : difference(women.median, men.median),
          comparable: women.count > 0 && men.count > 0,
          smallGroup: show && (hidden.women !== null || hidden.men !== null),
          finding: finding("equal_work", job.id, null),
        },
      ];
    })
    .sort((a, b) => a.name.localeCompare(b.name, "sv"));
}

export interface EvaluatedJob {
  jobId: string;
  name: string;
  value: number;
  band: number;
  women: number;
  men: number;
  /** Per cent women in the whole organisation, one decimal. */
  womenShare: number | null;
  dominance: Dominance;
  meanPay: number | null;
  /** Why the mean pay is hidden from this caller (a job of fewer than k people). */
  payHidden: Suppression | null;
  smallGroup: boolean;
}

export interface JobPair {
  jobId: string;
  otherJobId: string;
  difference: Difference | null;
  finding: FindingSummary | null;
}

export interface EquivalentView {
  jobs: EvaluatedJob[];
  notEvaluated: { jobId: string; name: string; women: number; men: number; dominance: Dominance }[];
  equivalent: JobPair[];
  lowerValue: JobPair[];
}

/**
 * (2) and (3): evaluated jobs with their value and mean pay, and for every women-dominated job
 * the non-women-dominated jobs of the same value band, or of lower value, that are paid more.
 * Jobs not evaluated yet cannot be compared and are listed apart.
 */
export function equivalentView(c: Comparisons, findings: FindingView[]): EquivalentView {
  const finding = findingIndex(findings);
  const show = c.scope.individual;
  const template = templateOf(c.survey);
  const threshold = c.survey.women_dominated_share / 100;
  const jobs: EvaluatedJob[] = [];
  const notEvaluated: EquivalentView["notEvaluated"] = [];
  c.data.jobs.forEach((name, j) => {
    const row = c.jobs.get(name);
    if (!row) return;
    const pay = c.pay[j]!;
    const whole = c.wholeCounts.get(name) ?? { women: 0, men: 0 };
    const dominance = womenDominated(
      { ...whole, traditionallyWomen: row.traditionally_womens },
      { threshold },
    );
    const { value } = jobValue(template, scoresOf(row));
    const counts = { women: pay.women.count, men: pay.men.count };
    if (value === null) {
      notEvaluated.push({ jobId: row.id, name, ...counts, dominance });
      return;
    }
    const total = whole.women + whole.men;
    jobs.push({
      jobId: row.id,
      name,
      value,
      band: valueBand(value, c.survey.value_band_width),
      ...counts,
      womenShare: total > 0 ? Math.round((whole.women / total) * 1000) / 10 : null,
      dominance,
      meanPay: pay.hidden.all && !show ? null : pay.mean,
      payHidden: pay.hidden.all,
      smallGroup: show && pay.hidden.all !== null,
    });
  });
  const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, "sv");
  jobs.sort(byName);
  notEvaluated.sort(byName);

  const trueMean = new Map(c.data.jobs.map((name, j) => [name, c.pay[j]!.mean]));
  const byId = new Map(jobs.map((job) => [job.jobId, job]));
  const compared = womenDominatedComparisons(
    jobs.map((job) => {
      const whole = c.wholeCounts.get(job.name)!;
      return {
        id: job.jobId,
        value: job.value,
        band: job.band,
        women: whole.women,
        men: whole.men,
        // The analysis uses every job's pay, also where it is hidden from the caller.
        meanPay: trueMean.get(job.name) ?? null,
        traditionallyWomen: c.jobs.get(job.name)!.traditionally_womens,
      };
    }),
    { threshold },
  );
  const pairs = (kind: FindingKind, w: string, list: { job: string }[]) =>
    list.map((pair): JobPair => {
      const lower = byId.get(w)!.meanPay;
      const higher = byId.get(pair.job)!.meanPay;
      return {
        jobId: w,
        otherJobId: pair.job,
        difference: difference(lower, higher),
        finding: finding(kind, w, pair.job),
      };
    });
  return {
    jobs,
    notEvaluated,
    equivalent: compared.flatMap((w) => pairs("equivalent", w.job, w.equivalent)),
    lowerValue: compared.flatMap((w) => pairs("lower_value", w.job, w.lowerValueHigherPay)),
  };
}

/** Every difference of the survey that needs an analysis, as the caller sees the survey. */
export function differencesToAnalyse(c: Comparisons) {
  const equal = equalWorkView(c, [])
    .filter((job) => job.comparable)
    .map((job) => ({ kind: "equal_work" as const, jobId: job.jobId, otherJobId: null }));
  const { equivalent, lowerValue } = equivalentView(c, []);
  const pair = (kind: "equivalent" | "lower_value") => (p: JobPair) => ({
    kind,
    jobId: p.jobId,
    otherJobId: p.otherJobId as string | null,
  });
  return [...equal, ...equivalent.map(pair("equivalent")), ...lowerValue.map(pair("lower_value"))];
}

export interface PersonPoint {
  key: string;
  sex: number;
  /** FTE monthly pay. */
  pay: number;
  extent: number;
  yearsOfService: number | null;
  age: number | null;
}

/** The employees of one job, pseudonymous: for the scatter of those who see individual pay. */
export function peopleOf(data: SurveyData, jobName: string, snapshotDate: string): PersonPoint[] {
  const j = data.jobs.indexOf(jobName);
  const snapshotYear = Number(snapshotDate.slice(0, 4));
  const orNull = (x: number) => (Number.isNaN(x) ? null : x);
  const people: PersonPoint[] = [];
  for (let i = 0; i < data.n; i++) {
    if (data.job[i] !== j) continue;
    people.push({
      key: data.keys[i]!,
      sex: data.sex[i]!,
      pay: fteMonthlyPay(data.baseSalary[i]!, data.fixedSupplements[i]!, data.extent[i]!),
      extent: data.extent[i]!,
      yearsOfService: orNull(data.yearsOfService[i]!),
      age: orNull(snapshotYear - data.birthYear[i]!),
    });
  }
  return people.sort((a, b) => a.sex - b.sex || a.pay - b.pay);
}

/**
 * The pure parts of the three comparisons in Diskrimineringslagen 3 kap. 9 §:
 * (1) equal work: women and men in the same job;
 * (2) equivalent work: a women-dominated job against non-women-dominated jobs of equal value
 *     with higher pay;
 * (3) a women-dominated job against non-women-dominated jobs of lower value with higher pay.
 * Gap convention: gap% = 100·(M − F)/M, and in (2)/(3) the non-women-dominated job plays M.
 */
import {
  assertPay,
  assertSameLength,
  FEMALE,
  type Gap,
  gap,
  MALE,
  type Summary,
  summariseSorted,
} from "./stats.ts";

/**
 * Full-time-equivalent monthly pay: (base + fixed supplements)·100/extent. Use it when the
 * payroll reports the pay actually paid for part-time work; if it already reports the
 * full-time salary, pass that as is.
 */
export function fteMonthlyPay(
  baseMonthly: number,
  fixedSupplementsMonthly: number,
  extentPercent: number,
): number {
  if (!(extentPercent > 0)) throw new RangeError(`extent must be > 0 %, got ${extentPercent}`);
  return ((baseMonthly + fixedSupplementsMonthly) * 100) / extentPercent;
}

export interface EqualWorkInput {
  /** 1 = female, 2 = male; others are left out. */
  sex: Uint8Array;
  /** Job (the equal-work group) as an integer id ≥ 0; negative = no job. */
  job: Int32Array;
  /** FTE-standardised monthly pay (base + fixed supplements). */
  monthlyPay: Float64Array;
}

export interface EqualWorkRow {
  job: number;
  women: Summary;
  men: Summary;
  /** Difference of means: kronor and % of the men's mean (null with a reason when undefined). */
  mean: Gap;
  /** The same on medians. */
  median: Gap;
}

/** (1) Equal work: per job, women and men side by side. Jobs with nobody are left out. */
export function equalWork(input: EqualWorkInput): EqualWorkRow[] {
  const { sex, job, monthlyPay } = input;
  const n = sex.length;
  assertSameLength(n, { job, monthlyPay });
  assertPay(monthlyPay, "monthlyPay");
  let maxJob = -1;
  for (let i = 0; i < n; i++) if (job[i]! > maxJob) maxJob = job[i]!;
  // Counting sort into one buffer grouped by (job, sex): slot 2·job for women, +1 for men.
  const groups = 2 * (maxJob + 1);
  const offset = new Int32Array(groups + 1);
  const slot = (i: number) => {
    const s = sex[i];
    if (job[i]! < 0 || (s !== FEMALE && s !== MALE)) return -1;
    return 2 * job[i]! + (s === FEMALE ? 0 : 1);
  };
  for (let i = 0; i < n; i++) {
    const g = slot(i);
    if (g >= 0) offset[g + 1]!++;
  }
  for (let g = 0; g < groups; g++) offset[g + 1]! += offset[g]!;
  const buffer = new Float64Array(offset[groups]!);
  const fill = offset.slice(0, groups);
  for (let i = 0; i < n; i++) {
    const g = slot(i);
    if (g >= 0) buffer[fill[g]!++] = monthlyPay[i]!;
  }

  const rows: EqualWorkRow[] = [];
  for (let j = 0; j <= maxJob; j++) {
    const women = buffer.subarray(offset[2 * j]!, offset[2 * j + 1]!).sort();
    const men = buffer.subarray(offset[2 * j + 1]!, offset[2 * j + 2]!).sort();
    if (women.length + men.length === 0) continue;
    const w = summariseSorted(women);
    const m = summariseSorted(men);
    rows.push({
      job: j,
      women: w,
      men: m,
      mean: gap(w.mean, m.mean, w.count, m.count),
      median: gap(w.median, m.median, w.count, m.count),
    });
  }
  return rows;
}

/** One job as (2) and (3) need it: its value from the job evaluation and its pay. */
export interface JobSummary<Id = string | number> {
  id: Id;
  /** Total value (job-evaluation points). */
  value: number;
  women: number;
  men: number;
  /** Mean FTE monthly pay of everyone in the job; null when nobody is paid in it. */
  meanPay: number | null;
  /** Manual flag: a job traditionally regarded as women's work (3 kap. 9 § 2). */
  traditionallyWomen?: boolean;
  /** Equal-value band id set by the caller; overrides `bandOf`. */
  band?: string | number;
}

export interface DominanceOptions {
  /** Women's share at or above which a job is women-dominated; established practice 0.6. */
  threshold?: number;
}

export interface ComparisonOptions<Id> extends DominanceOptions {
  /**
   * The equal-value band of a job; two jobs in the same band do equivalent work. Default: the
   * job's `band` if set, else its exact value. See bandByWidth for fixed-width bands.
   */
  bandOf?: (job: JobSummary<Id>) => string | number;
}

export type Dominance = "share" | "manual" | "share-and-manual" | null;

/** Whether a job is women-dominated, and on what ground. */
export function womenDominated(
  job: Pick<JobSummary, "women" | "men" | "traditionallyWomen">,
  options: DominanceOptions = {},
): Dominance {
  const threshold = options.threshold ?? 0.6;
  const total = job.women + job.men;
  // Divide rather than multiply the threshold: 3/5 and the literal 0.6 are the same double,
  // whereas 0.7·10 is not exactly 7.
  const byShare = total > 0 && job.women / total >= threshold;
  const manual = job.traditionallyWomen === true;
  return byShare && manual ? "share-and-manual" : byShare ? "share" : manual ? "manual" : null;
}

/** Fixed-width equal-value bands: [origin + k·width, origin + (k+1)·width). */
export function bandByWidth(width: number, origin = 0) {
  if (!(width > 0)) throw new RangeError(`band width must be > 0, got ${width}`);
  return (job: { value: number }): number => Math.floor((job.value - origin) / width);
}

export interface JobComparison<Id> {
  /** The non-women-dominated job. */
  job: Id;
  value: number;
  meanPay: number;
  /** Its mean pay minus the women-dominated job's, in kronor. */
  differenceKr: number;
  /** 100·(N − W)/N. */
  differencePercent: number | null;
}

export interface WomenDominatedComparison<Id> {
  job: Id;
  value: number;
  meanPay: number | null;
  dominance: Exclude<Dominance, null>;
  womenShare: number | null;
  /** (2) Equal value band, higher pay. */
  equivalent: JobComparison<Id>[];
  /** (3) Lower value (and not in the same band), higher pay. */
  lowerValueHigherPay: JobComparison<Id>[];
}

/**
 * (2) and (3): for every women-dominated job W, the non-women-dominated jobs N with higher
 * mean pay and either the same equal-value band (equivalent work) or a lower value in another
 * band. Only these "problem" pairs are listed, as the usual tools do; all must be analysed.
 * Jobs without pay are skipped. Output order follows the input; pairs by falling difference.
 */
export function womenDominatedComparisons<Id>(
  jobs: JobSummary<Id>[],
  options: ComparisonOptions<Id> = {},
): WomenDominatedComparison<Id>[] {
  const bandOf = options.bandOf ?? ((job: JobSummary<Id>) => job.value);
  const bands = jobs.map((job) => job.band ?? bandOf(job));
  const dominance = jobs.map((job) => womenDominated(job, options));
  const others = jobs.flatMap((job, i) => (dominance[i] === null ? [{ job, band: bands[i] }] : []));

  const result: WomenDominatedComparison<Id>[] = [];
  jobs.forEach((w, i) => {
    const d = dominance[i];
    if (!d) return;
    const total = w.women + w.men;
    const entry: WomenDominatedComparison<Id> = {
      job: w.id,
      value: w.value,
      meanPay: w.meanPay,
      dominance: d,
      womenShare: total > 0 ? w.women / total : null,
      equivalent: [],
      lowerValueHigherPay: [],
    };
    const wPay = w.meanPay;
    if (wPay !== null) {
      const wBand = bands[i];
      for (const { job: other, band } of others) {
        if (other.meanPay === null || !(other.meanPay > wPay)) continue;
        const pair: JobComparison<Id> = {
          job: other.id,
          value: other.value,
          meanPay: other.meanPay,
          differenceKr: other.meanPay - wPay,
          differencePercent: gap(wPay, other.meanPay, w.women + w.men, other.women + other.men)
            .gapPercent,
        };
        if (band === wBand) entry.equivalent.push(pair);
        else if (other.value < w.value) entry.lowerValueHigherPay.push(pair);
      }
      entry.equivalent.sort((a, b) => b.differenceKr - a.differenceKr);
      entry.lowerValueHigherPay.sort((a, b) => b.differenceKr - a.differenceKr);
    }
    result.push(entry);
  });
  return result;
}

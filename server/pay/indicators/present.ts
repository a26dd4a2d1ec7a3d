import type { CategoryGap, EuIndicators, QuartileBand } from "../../../core/pay/indicators.ts";
import type { WorkerCategory } from "../../../core/pay/models.ts";
import { type Gap, gap, type MissingReason } from "../../../core/pay/stats.ts";
import { suppressSexCounts, suppressTable, tooFew } from "../../../core/pay/suppression.ts";

/**
 * The EU indicators as they may be published: every figure about fewer than k people is
 * hidden (shared/domain/pay-analysis.md §5). No I/O here; the service feeds it.
 */

export interface GapFigure {
  /** Women's and men's figure (mean or median), in kronor. */
  female: number | null;
  male: number | null;
  /** How many women and men the figure is about. */
  nFemale: number;
  nMale: number;
  /** 100·(M − F)/M. */
  gapPercent: number | null;
  /** About fewer than k women or men: the figures are left out. */
  hidden: boolean;
  /** Why there is no figure although it is not hidden (no women, no men, …). */
  reason: MissingReason | null;
}

export function gapFigure(value: Gap, k: number): GapFigure {
  const hidden = tooFew(value.nFemale, k) || tooFew(value.nMale, k);
  return {
    female: hidden ? null : value.female,
    male: hidden ? null : value.male,
    nFemale: value.nFemale,
    nMale: value.nMale,
    gapPercent: hidden ? null : value.gapPercent,
    hidden,
    reason: hidden ? null : value.reason,
  };
}

export interface ShareFigure {
  count: number;
  recipients: number | null;
  percent: number | null;
  hidden: boolean;
}

/** (e) A share is hidden when those with, or those without, variable pay are too few. */
export function shareFigure(
  share: { count: number; recipients: number; percent: number | null },
  k: number,
): ShareFigure {
  const hidden =
    tooFew(share.count, k) ||
    tooFew(share.recipients, k) ||
    tooFew(share.count - share.recipients, k);
  return {
    count: share.count,
    recipients: hidden ? null : share.recipients,
    percent: hidden ? null : share.percent,
    hidden,
  };
}

export interface QuartileFigure {
  band: 1 | 2 | 3 | 4;
  size: number;
  female: number | null;
  male: number | null;
  femalePercent: number | null;
  malePercent: number | null;
  hidden: boolean;
}

/**
 * (f) The women and men of a band are hidden when either is 1 … k−1 (a split tie counts as a
 * whole person), together with as many other bands as it takes for the totals of women and of
 * men, which are published, not to give them back. A band's size is published, so its two
 * counts and shares go together.
 * The pay range of a band is never published: its ends are single people's pay.
 */
export function quartileFigures(bands: readonly QuartileBand[], k: number): QuartileFigure[] {
  const result = suppressTable({
    sizes: bands.map((b) => [Math.ceil(b.female), Math.ceil(b.male)]),
    k,
  });
  return bands.map((b, i) => {
    const hidden = result.cells[i]!.some((cell) => cell !== null);
    return {
      band: b.band,
      size: b.size,
      female: hidden ? null : b.female,
      male: hidden ? null : b.male,
      femalePercent: hidden ? null : b.femalePercent,
      malePercent: hidden ? null : b.malePercent,
      hidden,
    };
  });
}

export interface LevelFigures {
  /** (a) */
  meanGap: GapFigure;
  /** (b) among those who received variable pay */
  variableMeanGap: GapFigure;
  /** (c) */
  medianGap: GapFigure;
  /** (d) among those who received variable pay */
  variableMedianGap: GapFigure;
  /** (f) */
  quartiles: QuartileFigure[];
}

export function levelFigures(indicators: EuIndicators, k: number): LevelFigures {
  return {
    meanGap: gapFigure(indicators.meanGap, k),
    variableMeanGap: gapFigure(indicators.variableMeanGap, k),
    medianGap: gapFigure(indicators.medianGap, k),
    variableMedianGap: gapFigure(indicators.variableMedianGap, k),
    quartiles: quartileFigures(indicators.quartiles, k),
  };
}

/** The Art. 10 threshold: a gap of 5 % or more in a category calls for a joint pay assessment. */
export const JOINT_ASSESSMENT_THRESHOLD = 5;

export interface CategoryRow {
  category: WorkerCategory;
  women: number | null;
  men: number | null;
  /** Counts hidden because they are small, or would give a small one away. */
  countsHidden: boolean;
  annual: { total: GapFigure; base: GapFigure; variable: GapFigure };
  hourly: { total: GapFigure; base: GapFigure; variable: GapFigure };
  /**
   * A gap of at least 5 % on annual or hourly pay (either direction). Null when the gaps are
   * hidden, except for those who may see individual pay: they get the flag without the figure,
   * since a small group has to be analysed too.
   */
  jointPayAssessment: boolean | null;
  flaggedOn: ("annual" | "hourly")[];
}

/** (g) Gaps per category of workers, split into base and variable pay, with the Art. 10 flag. */
export function categoryRows(
  categories: readonly WorkerCategory[],
  annual: readonly CategoryGap[],
  hourly: readonly CategoryGap[],
  k: number,
  individual: boolean,
): CategoryRow[] {
  const hourlyById = new Map(hourly.map((c) => [c.category, c]));
  const counts = suppressSexCounts(
    annual.map((c) => ({ female: c.nFemale, male: c.nMale })),
    { k },
  );
  return annual.map((a, i) => {
    const h = hourlyById.get(a.category)!;
    const figures = (c: CategoryGap) => ({
      total: gapFigure(c.total, k),
      base: gapFigure(c.base, k),
      variable: gapFigure(c.variable, k),
    });
    const flaggedOn = (
      [
        ["annual", a],
        ["hourly", h],
      ] as const
    )
      .filter(([, c]) => c.jointPayAssessment)
      .map(([level]) => level);
    const row = counts.rows[i]!;
    const annualFigures = figures(a);
    const visible = !annualFigures.total.hidden || individual;
    return {
      category: categories[a.category]!,
      women: row.female.value,
      men: row.male.value,
      countsHidden: row.female.suppressed !== null || row.male.suppressed !== null,
      annual: annualFigures,
      hourly: figures(h),
      jointPayAssessment: visible ? flaggedOn.length > 0 : null,
      flaggedOn: visible ? [...flaggedOn] : [],
    };
  });
}

/** One year of the year-over-year series: women's and men's means and medians per pay level. */
export interface YearSums {
  year: number;
  k: number;
  women: number;
  men: number;
  annual: {
    female: { mean: number; median: number } | null;
    male: { mean: number; median: number } | null;
  };
  hourly: {
    female: { mean: number; median: number } | null;
    male: { mean: number; median: number } | null;
  };
}

export interface YearRow {
  year: number;
  /** Null when either sex has 1 … k−1 people (the other count would give it away). */
  women: number | null;
  men: number | null;
  annual: { meanGap: GapFigure; medianGap: GapFigure };
  hourly: { meanGap: GapFigure; medianGap: GapFigure };
}

export function yearRow(sums: YearSums): YearRow {
  const level = (l: YearSums["annual"]) => ({
    meanGap: gapFigure(
      gap(l.female?.mean ?? null, l.male?.mean ?? null, sums.women, sums.men),
      sums.k,
    ),
    medianGap: gapFigure(
      gap(l.female?.median ?? null, l.male?.median ?? null, sums.women, sums.men),
      sums.k,
    ),
  });
  const hidden = tooFew(sums.women, sums.k) || tooFew(sums.men, sums.k);
  return {
    year: sums.year,
    women: hidden ? null : sums.women,
    men: hidden ? null : sums.men,
    annual: level(sums.annual),
    hourly: level(sums.hourly),
  };
}

/**
 * Ordinary least squares for pay analysis: a design matrix built from a model spec, solved by
 * Householder QR, with the female coefficient summarised the way Logib does (Kennedy's
 * estimate, the test against 0 and the test against the 5 % tolerance threshold).
 *
 * The QR is written by hand because it has to fit 1 000 000 employees × ~30 columns in a few
 * seconds without holding the whole design matrix: rows are taken in blocks, each block is
 * stacked under the running triangular factor R and reduced again (a "tall-skinny" QR), so
 * memory is one block plus R whatever the number of rows. The response is carried along as
 * the last column, so Qᵀy and the residual sum of squares fall out of the same factor.
 */
import jStat from "jstat";

/** Why a model could not be fitted; the text for each code lives in the i18n files. */
export type PayModelErrorCode =
  | "pay.regression.tooFew"
  | "pay.regression.oneSex"
  | "pay.regression.collinear"
  | "pay.regression.unknownVariable"
  | "pay.regression.nonPositiveResponse"
  | "pay.formula.syntax"
  | "pay.formula.unknownVariable"
  | "pay.formula.duplicateTerm"
  | "pay.formula.categoricalSquare"
  | "pay.formula.responseAsTerm";

export type PayModelErrorDetails = Readonly<Record<string, string | number | readonly string[]>>;

export class PayModelError extends Error {
  constructor(
    readonly code: PayModelErrorCode,
    readonly details: PayModelErrorDetails = {},
  ) {
    super(`${code} ${JSON.stringify(details)}`);
    this.name = "PayModelError";
  }
}

export type DataValue = number | string | null | undefined;
/** Column-wise data: every column has one value per employee. */
export type Dataset = Readonly<Record<string, ArrayLike<DataValue>>>;

export type ModelTerm =
  | { readonly kind: "numeric"; readonly variable: string }
  | { readonly kind: "square"; readonly variable: string }
  /** One dummy per level except the lowest (the baseline); a single-level factor is dropped. */
  | { readonly kind: "categorical"; readonly variable: string }
  /** 1 where the value is `one`, 0 where it is `zero`; any other value makes the row invalid. */
  | {
      readonly kind: "indicator";
      readonly variable: string;
      readonly name: string;
      readonly one: DataValue;
      readonly zero: DataValue;
    };

export interface ModelSpec {
  readonly response: string;
  readonly logResponse: boolean;
  readonly terms: readonly ModelTerm[];
}

export interface Coefficient {
  /** "(Intercept)", "education", "experience^2", "occupation[sales]", "female". */
  readonly name: string;
  readonly kind: "intercept" | ModelTerm["kind"];
  readonly variable?: string;
  readonly level?: string;
  readonly estimate: number;
  readonly se: number;
  readonly t: number;
  /** Two-sided p-value from the t distribution with the residual degrees of freedom. */
  readonly p: number;
}

export interface RegressionFit {
  readonly coefficients: readonly Coefficient[];
  /** Rows used; rows with a missing value in a model variable are left out and counted. */
  readonly n: number;
  readonly excluded: number;
  readonly df: number;
  readonly rSquared: number;
  readonly adjustedRSquared: number;
  readonly residualSE: number;
  /** Categorical variables with a single level among the rows used (no dummy was made). */
  readonly droppedFactors: readonly string[];
}

/** The coefficient of a categorical level: variable[level]. */
export const levelName = (variable: string, level: string) => `${variable}[${level}]`;

/** Tolerance for rank deficiency, relative to a column's norm (the same as R's lm()). */
const RANK_TOLERANCE = 1e-7;
/** Rows per block in the QR; big enough for tight inner loops, small enough for the cache. */
const BLOCK_ROWS = 512;

interface DesignColumn {
  readonly name: string;
  readonly kind: Coefficient["kind"];
  readonly variable?: string;
  readonly level?: string;
}

/** Fills columns [first, first + width) of a block for the given rows. */
type BlockFiller = (block: Float64Array, first: number, rows: Int32Array, from: number) => void;

/** A design matrix that is never materialised: columns, valid rows and how to fill a block. */
export interface Design {
  readonly columns: readonly DesignColumn[];
  readonly rows: Int32Array;
  readonly excluded: number;
  readonly droppedFactors: readonly string[];
  /** Values of each indicator term among the rows used: [ones, zeros]. */
  readonly indicatorCounts: ReadonlyMap<string, readonly [number, number]>;
  fill(block: Float64Array, blockRows: number, from: number): void;
}

const isMissing = (value: DataValue) =>
  value === null ||
  value === undefined ||
  value === "" ||
  (typeof value === "number" && !Number.isFinite(value));

const numberAt = (column: ArrayLike<DataValue>, row: number) => {
  const value = column[row];
  return typeof value === "number" && Number.isFinite(value) ? value : Number.NaN;
};

/** Levels in the order R would give them for numbers, plain code-unit order for text. */
function sortLevels(levels: DataValue[]): DataValue[] {
  const numeric = levels.every((level) => typeof level === "number");
  return levels.sort((a, b) =>
    numeric
      ? (a as number) - (b as number)
      : String(a) < String(b)
        ? -1
        : String(a) > String(b)
          ? 1
          : 0,
  );
}

/** Builds the design (without materialising it) and checks the variables exist. */
export function buildDesign(data: Dataset, spec: ModelSpec): Design {
  const column = (variable: string) => {
    const values = data[variable];
    if (!values) throw new PayModelError("pay.regression.unknownVariable", { variable });
    return values;
  };
  const response = column(spec.response);
  const total = response.length;
  for (const term of spec.terms) {
    if (column(term.variable).length !== total) {
      throw new Error(
        `column ${term.variable} has ${column(term.variable).length} rows, expected ${total}`,
      );
    }
  }

  // Rows with a missing value in any model variable are left out (as R's lm() does).
  const valid = new Uint8Array(total).fill(1);
  for (let i = 0; i < total; i++) {
    const y = numberAt(response, i);
    if (Number.isNaN(y)) valid[i] = 0;
    else if (spec.logResponse && y <= 0) {
      throw new PayModelError("pay.regression.nonPositiveResponse", {
        variable: spec.response,
        row: i + 1,
      });
    }
  }
  for (const term of spec.terms) {
    const values = column(term.variable);
    for (let i = 0; i < total; i++) {
      if (!valid[i]) continue;
      const value = values[i];
      if (term.kind === "numeric" || term.kind === "square") {
        if (typeof value !== "number" || !Number.isFinite(value)) valid[i] = 0;
      } else if (term.kind === "indicator") {
        if (value !== term.one && value !== term.zero) valid[i] = 0;
      } else if (isMissing(value)) valid[i] = 0;
    }
  }
  let n = 0;
  for (let i = 0; i < total; i++) n += valid[i]!;
  const rows = new Int32Array(n);
  for (let i = 0, k = 0; i < total; i++) if (valid[i]) rows[k++] = i;

  const columns: DesignColumn[] = [{ name: "(Intercept)", kind: "intercept" }];
  const fillers: { first: number; fill: BlockFiller }[] = [
    {
      first: 0,
      fill: (block, first, _rows, _from) =>
        block.fill(1, first * BLOCK_ROWS, (first + 1) * BLOCK_ROWS),
    },
  ];
  const droppedFactors: string[] = [];
  const indicatorCounts = new Map<string, readonly [number, number]>();

  for (const term of spec.terms) {
    const values = column(term.variable);
    const first = columns.length;
    if (term.kind === "numeric" || term.kind === "square") {
      const square = term.kind === "square";
      columns.push({
        name: square ? `${term.variable}^2` : term.variable,
        kind: term.kind,
        variable: term.variable,
      });
      fillers.push({
        first,
        fill: (block, at, used, from) => {
          const offset = at * BLOCK_ROWS;
          const count = Math.min(BLOCK_ROWS, used.length - from);
          for (let i = 0; i < count; i++) {
            const x = values[used[from + i]!] as number;
            block[offset + i] = square ? x * x : x;
          }
        },
      });
    } else if (term.kind === "indicator") {
      let ones = 0;
      for (const row of rows) if (values[row] === term.one) ones++;
      indicatorCounts.set(term.name, [ones, n - ones]);
      columns.push({ name: term.name, kind: "indicator", variable: term.variable });
      fillers.push({
        first,
        fill: (block, at, used, from) => {
          const offset = at * BLOCK_ROWS;
          const count = Math.min(BLOCK_ROWS, used.length - from);
          for (let i = 0; i < count; i++)
            block[offset + i] = values[used[from + i]!] === term.one ? 1 : 0;
        },
      });
    } else {
      // Level codes per used row, so a block is filled without looking values up again.
      const index = new Map<DataValue, number>();
      for (const row of rows) if (!index.has(values[row])) index.set(values[row], 0);
      const levels = sortLevels([...index.keys()]);
      if (levels.length < 2) {
        droppedFactors.push(term.variable);
        continue;
      }
      for (const [k, level] of levels.entries()) index.set(level, k);
      const codes = new Uint32Array(n);
      for (let k = 0; k < n; k++) codes[k] = index.get(values[rows[k]!])!;
      for (const level of levels.slice(1)) {
        columns.push({
          name: levelName(term.variable, String(level)),
          kind: "categorical",
          variable: term.variable,
          level: String(level),
        });
      }
      const width = levels.length - 1;
      fillers.push({
        first,
        fill: (block, at, _used, from) => {
          const offset = at * BLOCK_ROWS;
          block.fill(0, offset, offset + width * BLOCK_ROWS);
          const count = Math.min(BLOCK_ROWS, n - from);
          for (let i = 0; i < count; i++) {
            const code = codes[from + i]!;
            if (code > 0) block[offset + (code - 1) * BLOCK_ROWS + i] = 1;
          }
        },
      });
    }
  }

  const p = columns.length;
  const log = spec.logResponse;
  return {
    columns,
    rows,
    excluded: total - n,
    droppedFactors,
    indicatorCounts,
    fill(block, blockRows, from) {
      for (const filler of fillers) filler.fill(block, filler.first, rows, from);
      const offset = p * BLOCK_ROWS;
      for (let i = 0; i < blockRows; i++) {
        const y = response[rows[from + i]!] as number;
        block[offset + i] = log ? Math.log(y) : y;
      }
    },
  };
}

/**
 * Two-sided p-value of a t statistic. Uses the incomplete beta function directly, which keeps
 * full relative precision for tiny p-values (1 − cdf would not).
 */
export function twoSidedP(t: number, df: number): number {
  if (Number.isNaN(t)) return Number.NaN;
  if (!Number.isFinite(t)) return 0;
  return jStat.ibeta(df / (df + t * t), df / 2, 0.5);
}

/** Upper-tail p-value P(T > t) of a one-sided test. */
export function upperTailP(t: number, df: number): number {
  const twoSided = twoSidedP(t, df);
  return t >= 0 ? twoSided / 2 : 1 - twoSided / 2;
}

/** Fits a design by blocked Householder QR of [X | y]. */
export function fitDesign(design: Design): RegressionFit {
  const { columns, rows } = design;
  const p = columns.length;
  const m = p + 1; // the response rides along as the last column
  const n = rows.length;
  const df = n - p;
  if (df <= 0) throw new PayModelError("pay.regression.tooFew", { n, minimum: p + 1 });

  const R = new Float64Array(m * m); // column-major, upper triangular
  const block = new Float64Array(m * BLOCK_ROWS); // column-major, BLOCK_ROWS per column
  const squares = new Float64Array(m); // column sums of squares, for the rank test
  let ySum = 0;

  for (let from = 0; from < n; from += BLOCK_ROWS) {
    const count = Math.min(BLOCK_ROWS, n - from);
    design.fill(block, count, from);
    for (let j = 0; j < m; j++) {
      const oj = j * BLOCK_ROWS;
      for (let i = 0; i < count; i++) squares[j]! += block[oj + i]! * block[oj + i]!;
    }
    for (let i = 0; i < count; i++) ySum += block[p * BLOCK_ROWS + i]!;
    for (let j = 0; j < m; j++) {
      const oj = j * BLOCK_ROWS;
      let s2 = 0;
      for (let i = 0; i < count; i++) s2 += block[oj + i]! * block[oj + i]!;
      if (s2 === 0) continue;
      // Reflect [R[j][j]; block column j] onto R[j][j]; sign chosen to avoid cancellation.
      const a = R[j + j * m]!;
      const norm = Math.sqrt(a * a + s2);
      const beta = a >= 0 ? -norm : norm;
      const v0 = a - beta;
      const scale = 2 / (v0 * v0 + s2);
      // Four columns at a time: each element of the reflector is loaded once for all four.
      let k = j + 1;
      for (; k + 3 < m; k += 4) {
        const o0 = k * BLOCK_ROWS;
        const o1 = o0 + BLOCK_ROWS;
        const o2 = o1 + BLOCK_ROWS;
        const o3 = o2 + BLOCK_ROWS;
        let d0 = v0 * R[j + k * m]!;
        let d1 = v0 * R[j + (k + 1) * m]!;
        let d2 = v0 * R[j + (k + 2) * m]!;
        let d3 = v0 * R[j + (k + 3) * m]!;
        for (let i = 0; i < count; i++) {
          const v = block[oj + i]!;
          d0 += v * block[o0 + i]!;
          d1 += v * block[o1 + i]!;
          d2 += v * block[o2 + i]!;
          d3 += v * block[o3 + i]!;
        }
        const f0 = scale * d0;
        const f1 = scale * d1;
        const f2 = scale * d2;
        const f3 = scale * d3;
        R[j + k * m]! -= f0 * v0;
        R[j + (k + 1) * m]! -= f1 * v0;
        R[j + (k + 2) * m]! -= f2 * v0;
        R[j + (k + 3) * m]! -= f3 * v0;
        for (let i = 0; i < count; i++) {
          const v = block[oj + i]!;
          block[o0 + i]! -= f0 * v;
          block[o1 + i]! -= f1 * v;
          block[o2 + i]! -= f2 * v;
          block[o3 + i]! -= f3 * v;
        }
      }
      for (; k < m; k++) {
        const ok = k * BLOCK_ROWS;
        let dot = v0 * R[j + k * m]!;
        for (let i = 0; i < count; i++) dot += block[oj + i]! * block[ok + i]!;
        const f = scale * dot;
        R[j + k * m]! -= f * v0;
        for (let i = 0; i < count; i++) block[ok + i]! -= f * block[oj + i]!;
      }
      R[j + j * m] = beta;
    }
  }

  const collinear = columns
    .filter((_, j) => !(Math.abs(R[j + j * m]!) > RANK_TOLERANCE * Math.sqrt(squares[j]!)))
    .map((column) => column.name);
  if (collinear.length > 0)
    throw new PayModelError("pay.regression.collinear", { columns: collinear });

  // Coefficients by back substitution; (XᵀX)⁻¹ = R⁻¹R⁻ᵀ gives the standard errors.
  const estimates = new Float64Array(p);
  for (let j = p - 1; j >= 0; j--) {
    let sum = R[j + p * m]!;
    for (let k = j + 1; k < p; k++) sum -= R[j + k * m]! * estimates[k]!;
    estimates[j] = sum / R[j + j * m]!;
  }
  const inverse = new Float64Array(p * p); // R⁻¹, column-major
  for (let c = 0; c < p; c++) {
    inverse[c + c * p] = 1 / R[c + c * m]!;
    for (let j = c - 1; j >= 0; j--) {
      let sum = 0;
      for (let k = j + 1; k <= c; k++) sum += R[j + k * m]! * inverse[k + c * p]!;
      inverse[j + c * p] = -sum / R[j + j * m]!;
    }
  }
  const rss = R[p + p * m]! ** 2;
  const sigma2 = rss / df;

  // Total sum of squares about the mean, in a second pass for accuracy.
  const mean = ySum / n;
  let tss = 0;
  for (let from = 0; from < n; from += BLOCK_ROWS) {
    const count = Math.min(BLOCK_ROWS, n - from);
    design.fill(block, count, from);
    for (let i = 0; i < count; i++) tss += (block[p * BLOCK_ROWS + i]! - mean) ** 2;
  }

  const coefficients = columns.map((column, j): Coefficient => {
    let sum = 0;
    for (let c = j; c < p; c++) sum += inverse[j + c * p]! ** 2;
    const se = Math.sqrt(sigma2 * sum);
    const estimate = estimates[j]!;
    const t = estimate / se;
    return { ...column, estimate, se, t, p: twoSidedP(t, df) };
  });
  const rSquared = 1 - rss / tss;
  return {
    coefficients,
    n,
    excluded: design.excluded,
    df,
    rSquared,
    adjustedRSquared: 1 - ((1 - rSquared) * (n - 1)) / df,
    residualSE: Math.sqrt(sigma2),
    droppedFactors: design.droppedFactors,
  };
}

export function fitRegression(data: Dataset, spec: ModelSpec): RegressionFit {
  return fitDesign(buildDesign(data, spec));
}

/** Logib's scope rule: fewer valid records than this and the model is not run. */
export const MINIMUM_EMPLOYEES = 50;
/** Logib's tolerance threshold, applied to the log coefficient (not to the Kennedy %). */
export const TOLERANCE_THRESHOLD = 0.05;
const SIGNIFICANCE = 0.05;

export type GenderEffectOutcome =
  | "notSignificant"
  | "significantNotAboveThreshold"
  | "significantlyAboveThreshold";

export interface FemaleCoefficient {
  /** δ, the female coefficient on the log scale. */
  readonly delta: number;
  readonly se: number;
  readonly t: number;
  readonly p: number;
  readonly df: number;
  /** Kennedy (1981): exp(δ)/exp(SE²/2) − 1, as a fraction (−0.0584 = women earn 5.84 % less). */
  readonly kennedy: number;
  /** H0 δ = 0, two-sided at 5 %. */
  readonly significant: boolean;
  /** H0 |δ| = 0.05 against |δ| > 0.05, one-sided: t = (|δ| − 0.05)/SE against t(0.95, df). */
  readonly thresholdT: number;
  readonly thresholdCritical: number;
  readonly thresholdP: number;
  readonly aboveThreshold: boolean;
  readonly outcome: GenderEffectOutcome;
}

export function summariseFemaleCoefficient(fit: RegressionFit, name = "female"): FemaleCoefficient {
  const coefficient = fit.coefficients.find((c) => c.name === name);
  if (!coefficient) throw new Error(`no coefficient ${name}`);
  const { estimate: delta, se, t, p } = coefficient;
  const thresholdT = (Math.abs(delta) - TOLERANCE_THRESHOLD) / se;
  const thresholdCritical = jStat.studentt.inv(1 - SIGNIFICANCE, fit.df);
  const significant = p < SIGNIFICANCE;
  const aboveThreshold = thresholdT > thresholdCritical;
  return {
    delta,
    se,
    t,
    p,
    df: fit.df,
    kennedy: Math.exp(delta) / Math.exp((se * se) / 2) - 1,
    significant,
    thresholdT,
    thresholdCritical,
    thresholdP: upperTailP(thresholdT, fit.df),
    aboveThreshold,
    // |δ| significantly above 0.05 implies |δ| above 0, so that class wins.
    outcome: aboveThreshold
      ? "significantlyAboveThreshold"
      : significant
        ? "significantNotAboveThreshold"
        : "notSignificant",
  };
}

/** How sex is coded in the data; rows with any other value are left out. */
export interface SexCoding {
  readonly variable: string;
  readonly female: DataValue;
  readonly male: DataValue;
}

export interface PayGapRegression {
  readonly fit: RegressionFit;
  readonly female: FemaleCoefficient;
}

/**
 * The model with a female dummy in place of any term on the sex variable (or added last), after
 * Logib's scope rules: at least 50 valid records and both sexes present.
 */
export function fitPayGapRegression(
  data: Dataset,
  spec: ModelSpec,
  sex: SexCoding,
): PayGapRegression {
  const female: ModelTerm = {
    kind: "indicator",
    variable: sex.variable,
    name: "female",
    one: sex.female,
    zero: sex.male,
  };
  const terms: ModelTerm[] = [];
  for (const term of spec.terms) {
    if (term.variable !== sex.variable) terms.push(term);
    else if (!terms.includes(female)) terms.push(female);
  }
  if (!terms.includes(female)) terms.push(female);
  const design = buildDesign(data, { ...spec, terms });
  const n = design.rows.length;
  if (n < MINIMUM_EMPLOYEES)
    throw new PayModelError("pay.regression.tooFew", { n, minimum: MINIMUM_EMPLOYEES });
  const [women, men] = design.indicatorCounts.get("female")!;
  if (women === 0 || men === 0) throw new PayModelError("pay.regression.oneSex", { women, men });
  const fit = fitDesign(design);
  return { fit, female: summariseFemaleCoefficient(fit) };
}

import { parseModelFormula } from "../core/pay/formula.ts";
import { type EuIndicators, euIndicators } from "../core/pay/indicators.ts";
import {
  type DataValue,
  fitPayGapRegression,
  type PayGapRegression,
  PayModelError,
} from "../core/pay/regression.ts";
import { FEMALE, MALE } from "../core/pay/stats.ts";
import { describeFileProblem } from "../server/pay/import/messages.ts";
import { cellText, FileReadError, inspectFile, readRows } from "../server/pay/import/read.ts";

/**
 * `aktiva pay-analysis FILE`: the pay-survey engine of core/pay on a CSV or XLSX file, without a
 * database — raw mean and median gaps, quartile shares, the EU Art. 9 indicators and a
 * regression with a female dummy. The web app will run the same functions on imported data.
 */

export interface PayAnalysisOptions {
  file: string;
  /** The sheet of an XLSX workbook (default: the first). */
  sheet?: string;
  /** field → column; fields: sex, pay (required), variable, base, category. */
  map?: Record<string, string>;
  /** The values that mean female and male in the sex column (common forms are recognised). */
  female?: string;
  male?: string;
  /** e.g. "log(wage) ~ education + experience + experience^2 + gender + occupation". */
  model?: string;
}

export interface PayAnalysisResult {
  file: string;
  rows: number;
  /** Rows left out: sex not recognised, or pay missing, negative or not a number. */
  excluded: number;
  women: number;
  men: number;
  eu: EuIndicators;
  regression:
    | { formula: string; fit: PayGapRegression["fit"]; female: PayGapRegression["female"] }
    | { formula: string; error: { code: string; details: Record<string, unknown> } };
}

const FEMALE_VALUES = new Set(["k", "kvinna", "kvinnor", "f", "female", "woman", "w"]);
const MALE_VALUES = new Set(["m", "man", "män", "male"]);
const FIELDS = ["sex", "pay", "variable", "base", "category"] as const;

/**
 * Reads a payroll export the way the web import does (server/pay/import/read.ts): CSV with
 * `;`, `,` or tab in UTF-8, Windows-1252 or UTF-16, or one sheet of an XLSX workbook.
 */
export async function readTable(
  file: string,
  sheet?: string,
): Promise<{ columns: string[]; rows: Record<string, string>[] }> {
  let facts: Awaited<ReturnType<typeof inspectFile>>;
  try {
    facts = await inspectFile(file);
  } catch (error) {
    if (error instanceof FileReadError)
      throw new Error(describeFileProblem(error.problem, error.params, "sv"));
    throw error;
  }
  if (sheet !== undefined && (facts.format !== "xlsx" || !facts.sheets.includes(sheet)))
    throw new Error(
      facts.format === "xlsx"
        ? `Arbetsboken har inget blad som heter ${sheet}. Bladen är: ${facts.sheets.join(", ")}.`
        : "--sheet gäller bara Excel-filer (.xlsx).",
    );
  let columns: string[] | null = null;
  const rows: Record<string, string>[] = [];
  for await (const event of readRows(file, facts, sheet)) {
    const cells = event.cells.map((cell) => cellText(cell).trim());
    if (columns === null) {
      columns = cells;
      continue;
    }
    const row: Record<string, string> = {};
    columns.forEach((name, i) => {
      row[name] = cells[i] ?? "";
    });
    rows.push(row);
  }
  return { columns: columns ?? [], rows };
}

/** "37 500,50" and "37500.50" are numbers; anything else is not. */
export function parseNumber(value: string | undefined): number | null {
  if (value === undefined) return null;
  const text = value.trim().replace(/[\s\u00a0]/g, "");
  if (!/^-?\d+([.,]\d+)?$/.test(text)) return null;
  return Number(text.replace(",", "."));
}

export async function payAnalysis(options: PayAnalysisOptions): Promise<PayAnalysisResult> {
  const { columns, rows } = await readTable(options.file, options.sheet);
  const map = options.map ?? {};
  for (const field of Object.keys(map))
    if (!(FIELDS as readonly string[]).includes(field))
      throw new Error(`Okänt fält i --map: ${field}. Fälten är ${FIELDS.join(", ")}.`);
  const column = (field: (typeof FIELDS)[number]) => map[field] ?? field;
  for (const field of ["sex", "pay"] as const)
    if (!columns.includes(column(field)))
      throw new Error(
        `Kolumnen ${column(field)} (${field}) finns inte i ${options.file}. Ange den med --map ${field}=KOLUMN.`,
      );
  for (const field of ["variable", "base", "category"] as const)
    if (map[field] && !columns.includes(map[field]))
      throw new Error(`Kolumnen ${map[field]} (${field}) finns inte i ${options.file}.`);

  const female = options.female?.trim().toLowerCase();
  const male = options.male?.trim().toLowerCase();
  const sexOf = (value: string | undefined) => {
    const v = (value ?? "").trim().toLowerCase();
    if (female !== undefined ? v === female : FEMALE_VALUES.has(v)) return FEMALE;
    if (male !== undefined ? v === male : MALE_VALUES.has(v)) return MALE;
    return 0;
  };

  // Rows with a recognised sex and a valid pay; the rest are counted, not guessed.
  const kept: Record<string, string>[] = [];
  const sexes: number[] = [];
  const pays: number[] = [];
  for (const row of rows) {
    const s = sexOf(row[column("sex")]);
    const pay = parseNumber(row[column("pay")]);
    if (s === 0 || pay === null || pay < 0) continue;
    kept.push(row);
    sexes.push(s);
    pays.push(pay);
  }
  const n = kept.length;
  const numberColumn = (name: string | undefined) =>
    Float64Array.from(kept, (row) => (name ? (parseNumber(row[name]) ?? 0) : 0));
  const categoryIds = new Map<string, number>();
  const eu = euIndicators({
    sex: Uint8Array.from(sexes),
    pay: Float64Array.from(pays),
    variable: numberColumn(map.variable),
    base: map.base ? numberColumn(map.base) : Float64Array.from(pays),
    ...(map.category
      ? {
          category: Int32Array.from(kept, (row) => {
            const key = row[map.category!] ?? "";
            if (!categoryIds.has(key)) categoryIds.set(key, categoryIds.size);
            return categoryIds.get(key)!;
          }),
        }
      : {}),
  });

  // The regression sees every column: numbers where every value is one, text otherwise.
  const data: Record<string, DataValue[]> = {};
  const categorical = new Set<string>();
  for (const name of columns) {
    const values = kept.map((row) => row[name]?.trim() ?? "");
    const numbers = values.map((v) => (v === "" ? null : parseNumber(v)));
    const numeric = values.every((v, i) => v === "" || numbers[i] !== null);
    if (!numeric) categorical.add(name);
    data[name] = numeric ? numbers : values.map((v) => (v === "" ? null : v));
  }
  const sexColumn = column("sex");
  data[sexColumn] = sexes.map((s) => (s === FEMALE ? "F" : "M"));
  categorical.add(sexColumn);
  const formula = options.model ?? `log(${column("pay")}) ~ ${sexColumn}`;
  let regression: PayAnalysisResult["regression"];
  try {
    const spec = parseModelFormula(formula, {
      variables: columns,
      isCategorical: (name) => categorical.has(name),
    });
    const fit = fitPayGapRegression(data, spec, { variable: sexColumn, female: "F", male: "M" });
    regression = { formula, fit: fit.fit, female: fit.female };
  } catch (error) {
    if (!(error instanceof PayModelError)) throw error;
    regression = { formula, error: { code: error.code, details: { ...error.details } } };
  }
  return {
    file: options.file,
    rows: rows.length,
    excluded: rows.length - n,
    women: eu.population.female,
    men: eu.population.male,
    eu,
    regression,
  };
}

const pct = (value: number | null, digits = 1) =>
  value === null ? "–" : `${value.toFixed(digits).replace(".", ",")} %`;
const num = (value: number, digits = 4) => value.toFixed(digits);

/** The result as a person reads it in a terminal (Swedish, like the rest of the CLI). */
export function formatPayAnalysis(result: PayAnalysisResult): string {
  const { eu } = result;
  const lines = [
    `Fil: ${result.file}`,
    `Rader: ${result.rows}, med i analysen: ${result.rows - result.excluded} (${result.women} kvinnor, ${result.men} män), utelämnade: ${result.excluded}`,
    "",
    "Löneskillnad (100·(M − K)/M, positiv = kvinnor tjänar mindre)",
    `  medelvärde: ${pct(eu.meanGap.gapPercent)}   median: ${pct(eu.medianGap.gapPercent)}`,
    `  rörlig lön, medelvärde: ${pct(eu.variableMeanGap.gapPercent)}   median: ${pct(eu.variableMedianGap.gapPercent)}`,
    `  andel med rörlig lön: kvinnor ${pct(eu.variableShare.female.percent)}, män ${pct(eu.variableShare.male.percent)}`,
    "",
    "Kvartiler (andel kvinnor / män)",
    ...eu.quartiles.map(
      (q) => `  ${q.band}: ${pct(q.femalePercent)} / ${pct(q.malePercent)} (${q.size} personer)`,
    ),
    "",
    `Regression: ${result.regression.formula}`,
  ];
  const regression = result.regression;
  if ("error" in regression) {
    lines.push(
      `  kunde inte skattas: ${regression.error.code} ${JSON.stringify(regression.error.details)}`,
    );
  } else {
    const { fit, female } = regression;
    lines.push(
      `  n ${fit.n}, df ${fit.df}, R² ${num(fit.rSquared)}`,
      "  koefficient                 skattning          se           t           p",
      ...fit.coefficients.map(
        (c) =>
          `  ${c.name.padEnd(24)} ${num(c.estimate, 6).padStart(12)} ${num(c.se, 6).padStart(12)} ${num(c.t, 3).padStart(11)} ${c.p.toExponential(3).padStart(11)}`,
      ),
      `  kvinna: ${num(female.delta, 6)} (se ${num(female.se, 6)}), Kennedy ${pct(100 * female.kennedy, 2)}`,
      `  test mot 0: t ${num(female.t, 3)}, p ${female.p.toExponential(3)} – ${female.significant ? "signifikant" : "inte signifikant"}`,
      `  test mot toleransgränsen 5 %: t ${num(female.thresholdT, 3)} (kritiskt ${num(female.thresholdCritical, 3)}) – ${female.aboveThreshold ? "signifikant över" : "inte signifikant över"}`,
    );
  }
  return lines.join("\n");
}

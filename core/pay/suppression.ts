/**
 * Small-group suppression for published tables: personnel statistics (women and men per
 * unit, job or category) and per-sex pay figures.
 *
 * k is a parameter. Issue 6 asks for a default of 5; the German Entgelttransparenzgesetz
 * § 12(3) uses 6 (fewer than 6 of the other sex: no comparator pay), see
 * shared/domain/pay-analysis.md §5. We default to 5 and let the organisation raise it.
 *
 * Primary suppression: every figure about 1 … k−1 people, totals included. A count of 0 is
 * published (it is about nobody); an empty cell in a figure table simply has no figure.
 *
 * Complementary suppression: a published total is the sum of its line (for pay figures, the
 * count-weighted sum, counts being published), so a line with exactly one hidden element
 * would give it away. Until no line has exactly one, we hide the smallest other cell of that
 * line that is about someone (lowest index on ties), and the line's total only when no cell
 * can serve. A cell about nobody never serves: a hidden 0 count can be read back (the reader
 * often knows a group has no women, say), and an empty figure cell has nothing to hide. So a
 * line whose only non-empty cell is hidden has its total hidden too: in a job done by one sex
 * only, that sex's figure and the job's are one number and are hidden together. Totals form
 * their own row and column with the grand total, so those are checked too. This is the usual
 * heuristic, not an optimal (linear-programming) audit; it is deterministic.
 */

export type Suppression = "primary" | "complementary";

export const DEFAULT_MIN_GROUP_SIZE = 5;

/** Primary suppression: a figure about 1 … k−1 people is too small to publish; 0 is about nobody. */
export const tooFew = (people: number, k: number): boolean => people > 0 && people < k;

export interface TableSuppressionInput {
  /** sizes[r][c]: how many people cell (r, c) is about; all rows the same length. */
  sizes: number[][];
  /**
   * Whether cells are counts of people or figures about them (mean pay, median …). Both are
   * suppressed alike now that a 0 never serves as a partner (see the module comment); kept so
   * that callers which say what their table holds still compile.
   * @deprecated has no effect
   */
  kind?: "count" | "figure";
  /** How many columns the table has; needed only when there are no rows. */
  columns?: number;
  /** Minimum group size; default 5. */
  k?: number;
  /** Whether a total per row is published; default true. */
  rowTotals?: boolean;
  /** Whether a total per column is published; default true. */
  columnTotals?: boolean;
}

export interface TableSuppression {
  k: number;
  /** Per cell: null when published. */
  cells: (Suppression | null)[][];
  /** Per row total (empty when row totals are not published). */
  rowTotals: (Suppression | null)[];
  /** Per column total (empty when column totals are not published). */
  columnTotals: (Suppression | null)[];
  /** The grand total (null also when it is not published). */
  grandTotal: Suppression | null;
}

/** Decides which cells and totals of a table to hide, and why. */
export function suppressTable(input: TableSuppressionInput): TableSuppression {
  const k = input.k ?? DEFAULT_MIN_GROUP_SIZE;
  if (!(Number.isInteger(k) && k >= 1)) throw new RangeError(`k must be an integer ≥ 1, got ${k}`);
  const rowTotals = input.rowTotals ?? true;
  const columnTotals = input.columnTotals ?? true;
  const R = input.sizes.length;
  const C = input.columns ?? input.sizes[0]?.length ?? 0;
  if (!(Number.isInteger(C) && C >= 0))
    throw new RangeError(`columns must be a whole number, got ${C}`);
  for (const [r, row] of input.sizes.entries()) {
    if (row.length !== C) throw new RangeError(`row ${r} has ${row.length} cells, expected ${C}`);
    for (const [c, size] of row.entries()) {
      if (!(Number.isInteger(size) && size >= 0)) {
        throw new RangeError(`size[${r}][${c}] must be a whole number ≥ 0, got ${size}`);
      }
    }
  }

  // Augmented grid: column C holds row totals, row R column totals, (R, C) the grand total.
  const rows = R + (columnTotals ? 1 : 0);
  const cols = C + (rowTotals ? 1 : 0);
  const size: number[][] = Array.from({ length: rows }, () => new Array<number>(cols).fill(0));
  for (let r = 0; r < R; r++) {
    for (let c = 0; c < C; c++) {
      const s = input.sizes[r]![c]!;
      size[r]![c] = s;
      if (rowTotals) size[r]![C]! += s;
      if (columnTotals) size[R]![c]! += s;
      if (rowTotals && columnTotals) size[R]![C]! += s;
    }
  }
  const state: (Suppression | null)[][] = size.map((line) =>
    line.map((s) => (tooFew(s, k) ? "primary" : null)),
  );

  // Each line: its interior positions and the position of its total.
  type Position = [number, number];
  const lines: { cells: Position[]; total: Position }[] = [];
  if (rowTotals) {
    for (let r = 0; r < rows; r++) {
      lines.push({ cells: range(C).map((c) => [r, c] as Position), total: [r, C] });
    }
  }
  if (columnTotals) {
    for (let c = 0; c < cols; c++) {
      lines.push({ cells: range(R).map((r) => [r, c] as Position), total: [R, c] });
    }
  }

  for (let changed = true; changed; ) {
    changed = false;
    for (const line of lines) {
      const members = [...line.cells, line.total];
      const hidden = members.filter(([r, c]) => state[r]![c] !== null).length;
      if (hidden !== 1) continue;
      let best: Position | null = null;
      for (const [r, c] of line.cells) {
        const s = size[r]![c]!;
        if (state[r]![c] !== null || s === 0) continue;
        if (best === null || s < size[best[0]]![best[1]]!) best = [r, c];
      }
      const [r, c] = best ?? line.total;
      // The total itself may be the one hidden element; then no cell can serve if none is eligible.
      if (state[r]![c] !== null) continue;
      state[r]![c] = "complementary";
      changed = true;
    }
  }

  return {
    k,
    cells: range(R).map((r) => state[r]!.slice(0, C)),
    rowTotals: rowTotals ? range(R).map((r) => state[r]![C]!) : [],
    columnTotals: columnTotals ? range(C).map((c) => state[R]![c]!) : [],
    grandTotal: rowTotals && columnTotals ? state[R]![C]! : null,
  };
}

const range = (n: number) => Array.from({ length: n }, (_, i) => i);

/** A published number, or null with the reason it is hidden. */
export interface Cell {
  value: number | null;
  suppressed: Suppression | null;
}

const cell = (value: number, suppressed: Suppression | null): Cell => ({
  value: suppressed ? null : value,
  suppressed,
});

export interface SexCountRow {
  female: Cell;
  male: Cell;
  total: Cell;
  /** 100·women/total; hidden whenever a count it derives from is hidden. */
  womenPercent: number | null;
}

/**
 * Personnel statistics: women and men per unit, job, category … with row and column totals
 * and the share of women. Returns the table ready to publish.
 */
export function suppressSexCounts(
  rows: { female: number; male: number }[],
  options: { k?: number } = {},
): { k: number; rows: SexCountRow[]; total: SexCountRow } {
  const result = suppressTable({
    sizes: rows.map((row) => [row.female, row.male]),
    columns: 2,
    k: options.k,
  });
  const build = (
    female: number,
    male: number,
    f: Suppression | null,
    m: Suppression | null,
    t: Suppression | null,
  ): SexCountRow => ({
    female: cell(female, f),
    male: cell(male, m),
    total: cell(female + male, t),
    womenPercent: f || m || t || female + male === 0 ? null : (100 * female) / (female + male),
  });
  const women = rows.reduce((sum, row) => sum + row.female, 0);
  const men = rows.reduce((sum, row) => sum + row.male, 0);
  return {
    k: result.k,
    rows: rows.map((row, r) =>
      build(row.female, row.male, result.cells[r]![0]!, result.cells[r]![1]!, result.rowTotals[r]!),
    ),
    total: build(women, men, result.columnTotals[0]!, result.columnTotals[1]!, result.grandTotal),
  };
}

export interface SexFigureSuppression {
  female: Suppression | null;
  male: Suppression | null;
  /** The figure for both sexes together. */
  total: Suppression | null;
  /** A gap or difference between the sexes is hidden when either sex's figure is. */
  gapHidden: boolean;
}

/**
 * Per-sex pay figures (mean, median, …) per group, with figures for both sexes per group and
 * per sex over all groups also published. Takes the head counts; returns what to hide.
 */
export function suppressPayBySex(
  groups: { female: number; male: number }[],
  options: { k?: number } = {},
): { k: number; groups: SexFigureSuppression[]; total: SexFigureSuppression } {
  const result = suppressTable({
    sizes: groups.map((g) => [g.female, g.male]),
    columns: 2,
    k: options.k,
  });
  const build = (
    female: Suppression | null,
    male: Suppression | null,
    total: Suppression | null,
  ): SexFigureSuppression => ({ female, male, total, gapHidden: female !== null || male !== null });
  return {
    k: result.k,
    groups: groups.map((_, r) =>
      build(result.cells[r]![0]!, result.cells[r]![1]!, result.rowTotals[r]!),
    ),
    total: build(result.columnTotals[0]!, result.columnTotals[1]!, result.grandTotal),
  };
}

/**
 * Small statistics shared by the pay-survey engine. Everything works on typed arrays so a
 * million employees cost a few sorts and linear passes, never an object per person.
 */

/** Sex codes in the engine's typed arrays; any other code is left out of sex comparisons. */
export const FEMALE = 1;
export const MALE = 2;

/** Why a figure is null instead of a number. Never NaN or Infinity. */
export type MissingReason =
  | "no-women" // no women in the population the figure is about
  | "no-men" // no men in it
  | "no-people" // neither
  | "male-zero"; // the men's figure is 0, so a gap as a share of it is undefined

/** A figure for women and men and the gap between them: gap% = 100·(M − F)/M. */
export interface Gap {
  female: number | null;
  male: number | null;
  nFemale: number;
  nMale: number;
  /** Men's figure minus women's, in the unit of the figures (e.g. kronor). */
  difference: number | null;
  /** 100·(M − F)/M; positive when women are paid less. */
  gapPercent: number | null;
  reason: MissingReason | null;
}

/** Builds a Gap from the two figures, saying why it is null rather than leaking NaN. */
export function gap(
  female: number | null,
  male: number | null,
  nFemale: number,
  nMale: number,
): Gap {
  const base = { female, male, nFemale, nMale };
  if (female === null || male === null) {
    const reason =
      female === null && male === null ? "no-people" : female === null ? "no-women" : "no-men";
    return { ...base, difference: null, gapPercent: null, reason };
  }
  const difference = male - female;
  if (male === 0) return { ...base, difference, gapPercent: null, reason: "male-zero" };
  return { ...base, difference, gapPercent: (100 * difference) / male, reason: null };
}

/** Mean of a sum over n values, or null for no values. */
export const meanOf = (sum: number, n: number): number | null => (n > 0 ? sum / n : null);

/** Median of ascending values: the middle one for odd n, the mean of the two middle ones for even n. */
export function medianOfSorted(sorted: Float64Array): number | null {
  const n = sorted.length;
  if (n === 0) return null;
  const mid = n >> 1;
  return n % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** Count, mean, median, min and max of a group; figures are null for an empty group. */
export interface Summary {
  count: number;
  mean: number | null;
  median: number | null;
  min: number | null;
  max: number | null;
}

/** Summary of ascending values (sorted so the median needs no second pass). */
export function summariseSorted(sorted: Float64Array): Summary {
  const n = sorted.length;
  if (n === 0) return { count: 0, mean: null, median: null, min: null, max: null };
  let sum = 0;
  for (let i = 0; i < n; i++) sum += sorted[i]!;
  return {
    count: n,
    mean: sum / n,
    median: medianOfSorted(sorted),
    min: sorted[0]!,
    max: sorted[n - 1]!,
  };
}

/** Refuses pay that is not a finite, non-negative number, naming the (0-based) row. */
export function assertPay(values: Float64Array, name: string): void {
  for (let i = 0; i < values.length; i++) {
    const v = values[i]!;
    if (!(v >= 0) || v === Number.POSITIVE_INFINITY) {
      throw new RangeError(`${name}[${i}] must be a finite number ≥ 0, got ${v}`);
    }
  }
}

export function assertSameLength(n: number, arrays: Record<string, ArrayLike<unknown>>): void {
  for (const [name, array] of Object.entries(arrays)) {
    if (array.length !== n)
      throw new RangeError(`${name} has ${array.length} values, expected ${n}`);
  }
}

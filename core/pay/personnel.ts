/**
 * Personnel statistics of the pay survey: women and men per unit, job, employee category,
 * management level and age band; part-time, temporary employment, parental leave and sick
 * leave by sex; and the same totals year over year. The counts come from a survey's employees
 * as columns (countGroups, sumBySex); personnelStatistics turns them into what may be published.
 *
 * Small groups (k = the survey's minimum group size, default 5):
 * - Share tables (women/men per group with row and column totals): suppressSexCounts, i.e.
 *   primary suppression of every count about 1 … k−1 people and complementary suppression
 *   until no row or column has exactly one hidden element, so the total minus the visible
 *   rows cannot give a hidden count back. A share of women is hidden with its counts. Empty
 *   groups (no women and no men) are published as zeros.
 * - A yes/no count per sex (part-time, temporary, parental leave, sick leave over 14 days)
 *   with its share is hidden when either the yes or the no group has 1 … k−1 people (the
 *   share would tell the no group), and whenever that sex's total is hidden: count and share
 *   together give the total back.
 * - A mean (days of leave) is hidden when it is about 1 … k−1 people. A mean tells nothing of
 *   how many it is about, so it stays when only the sex's total is hidden.
 * - Each year of the year-over-year view follows the same rules on its own.
 */
import type { Label } from "../cycle/labels.ts";
import type { GenderBalanceDimension } from "../cycle/vocabulary.ts";
import { FEMALE, MALE } from "./stats.ts";
import {
  type Cell,
  DEFAULT_MIN_GROUP_SIZE,
  type SexCountRow,
  type Suppression,
  suppressSexCounts,
  tooFew,
} from "./suppression.ts";

/** DL 3:7: an even distribution is usually read as 40–60 % of each sex. */
export const EVEN_DISTRIBUTION = { min: 40, max: 60 } as const;

/** Long sick leave: beyond the employer's sick-pay period of 14 days (lag om sjuklön 7 §). */
export const LONG_SICK_LEAVE_DAYS = 14;

export const AGE_BANDS = ["under-30", "30-39", "40-49", "50-59", "60-plus"] as const;
export type AgeBand = (typeof AGE_BANDS)[number] | "unknown";

/** Age in the snapshot year: the year of the snapshot minus the birth year. */
export function ageBand(birthYear: number | null, snapshotYear: number): AgeBand {
  if (birthYear === null) return "unknown";
  const age = snapshotYear - birthYear;
  if (age < 30) return "under-30";
  if (age < 40) return "30-39";
  if (age < 50) return "40-49";
  if (age < 60) return "50-59";
  return "60-plus";
}

/** Women and men in one group: one per dimension and group (countGroups). */
export interface GroupCount {
  dimension: "unit" | "job" | "category" | "management" | "birthYear";
  /**
   * unit, job, category: the text from the payroll export (null: none stated);
   * management: "managers" or "others"; birthYear: the year as text (null: not stated).
   */
  key: string | null;
  female: number;
  male: number;
}

/** What the SQL sums per sex and survey year. */
export interface SexFigures {
  employees: number;
  /** Extent below 100 %. */
  partTime: number;
  temporary: number;
  /** With at least one day of parental leave. */
  parentalLeave: number;
  /** Days of parental leave, summed over those with any. */
  parentalLeaveDays: number;
  /** Days of sick leave, summed over everyone. */
  sickLeaveDays: number;
  /** More than LONG_SICK_LEAVE_DAYS days of sick leave. */
  longSickLeave: number;
}

export interface YearFigures {
  year: number;
  female: SexFigures;
  male: SexFigures;
}

export interface ShareRow {
  /** The group: its text for unit/job/category, a code otherwise ("none" when not stated). */
  key: string;
  /** The group's name from the payroll export; null when the client names it from `key`. */
  label: string | null;
  women: Cell;
  men: Cell;
  total: Cell;
  /** Per cent, one decimal; null when hidden or the group is empty. */
  womenPercent: number | null;
  menPercent: number | null;
  /** Within the 40–60 % interval; null when the share is hidden or the group is empty. */
  balanced: boolean | null;
}

export interface ShareTable {
  rows: ShareRow[];
  total: ShareRow;
}

/** How many of a sex have something, and their share of that sex (per cent, one decimal). */
export interface Proportion {
  count: number | null;
  percent: number | null;
  suppressed: Suppression | null;
}

export interface BySex<T> {
  women: T;
  men: T;
}

export interface YearOverYear {
  year: number;
  total: ShareRow;
  partTime: BySex<Proportion>;
  temporary: BySex<Proportion>;
}

export interface PersonnelStatistics {
  k: number;
  total: ShareRow;
  byUnit: ShareTable;
  byJob: ShareTable;
  byCategory: ShareTable;
  byManagement: ShareTable;
  byAgeBand: ShareTable;
  partTime: BySex<Proportion>;
  temporary: BySex<Proportion>;
  parentalLeave: BySex<{ withLeave: Proportion; meanDays: Cell }>;
  sickLeave: BySex<{ meanDays: Cell; longLeave: Proportion }>;
  yearOverYear: YearOverYear[];
}

export interface PersonnelInput {
  /** The year of the snapshot date: ages are counted to it. */
  snapshotYear: number;
  /** The survey's year: which of `years` is this one. */
  year: number;
  k?: number;
  groups: GroupCount[];
  /** Every survey year of the organisation, this one included. */
  years: YearFigures[];
}

const EMPTY: SexFigures = {
  employees: 0,
  partTime: 0,
  temporary: 0,
  parentalLeave: 0,
  parentalLeaveDays: 0,
  sickLeaveDays: 0,
  longSickLeave: 0,
};

/**
 * The columns of a survey's employees that the statistics count, one value per employee
 * (server/pay/dataset.ts loads them): typed arrays, so a million employees are counted in one
 * quick pass.
 */
export interface PersonnelColumns {
  n: number;
  /** 1 woman, 2 man (stats.ts). */
  sex: ArrayLike<number>;
  unit: readonly string[];
  /** Index into `jobs`. */
  job: ArrayLike<number>;
  jobs: readonly string[];
  /** Index into `categories`; -1 for none. */
  category: ArrayLike<number>;
  categories: readonly string[];
  /** 1 for a manager. */
  manager: ArrayLike<number>;
  /** NaN when unknown. */
  birthYear: ArrayLike<number>;
  /** Per cent of full time. */
  extent: ArrayLike<number>;
  /** 1 for a temporary employment. */
  temporary: ArrayLike<number>;
  parentalLeaveDays: ArrayLike<number>;
  sickLeaveDays: ArrayLike<number>;
}

/**
 * Women and men per unit, job, category, management level and birth year. Counted per value
 * as stored first, then named: text is trimmed, and "" and a missing value are one group.
 */
export function countGroups(columns: PersonnelColumns): GroupCount[] {
  const bySex = (): number[] => [0, 0];
  const units = new Map<string, number[]>();
  const birthYears = new Map<number, number[]>();
  const jobs = columns.jobs.map(bySex);
  const categories = columns.categories.map(bySex);
  const noCategory = bySex();
  const management = [bySex(), bySex()];
  for (let i = 0; i < columns.n; i++) {
    const sex = columns.sex[i];
    const s = sex === FEMALE ? 0 : sex === MALE ? 1 : -1;
    if (s < 0) continue;
    const unit = columns.unit[i]!;
    let u = units.get(unit);
    if (!u) {
      u = bySex();
      units.set(unit, u);
    }
    u[s]! += 1;
    jobs[columns.job[i]!]![s]! += 1;
    const category = columns.category[i]!;
    (category < 0 ? noCategory : categories[category]!)[s]! += 1;
    management[columns.manager[i]!]![s]! += 1;
    const year = columns.birthYear[i]!;
    let y = birthYears.get(year);
    if (!y) {
      y = bySex();
      birthYears.set(year, y);
    }
    y[s]! += 1;
  }
  const groups = new Map<string, GroupCount>();
  const add = (
    dimension: GroupCount["dimension"],
    key: string | null,
    [female = 0, male = 0]: number[],
  ) => {
    if (female + male === 0) return;
    const id = `${dimension}\u0000${key}`;
    const group = groups.get(id) ?? { dimension, key, female: 0, male: 0 };
    group.female += female;
    group.male += male;
    groups.set(id, group);
  };
  const text = (value: string | null) => value?.trim() || null;
  for (const [unit, counts] of units) add("unit", text(unit), counts);
  for (const [j, job] of columns.jobs.entries()) add("job", text(job), jobs[j]!);
  for (const [c, category] of columns.categories.entries())
    add("category", text(category), categories[c]!);
  add("category", null, noCategory);
  add("management", "others", management[0]!);
  add("management", "managers", management[1]!);
  for (const [year, counts] of birthYears)
    add("birthYear", Number.isNaN(year) ? null : String(year), counts);
  return [...groups.values()];
}

/** Per sex: head count, part-time, temporary employment, parental and sick leave. */
export function sumBySex(columns: PersonnelColumns): Pick<YearFigures, "female" | "male"> {
  const female: SexFigures = { ...EMPTY };
  const male: SexFigures = { ...EMPTY };
  for (let i = 0; i < columns.n; i++) {
    const sex = columns.sex[i];
    const f = sex === FEMALE ? female : sex === MALE ? male : null;
    if (!f) continue;
    const parental = columns.parentalLeaveDays[i]!;
    const sick = columns.sickLeaveDays[i]!;
    f.employees++;
    if (columns.extent[i]! < 100) f.partTime++;
    if (columns.temporary[i]) f.temporary++;
    if (parental > 0) f.parentalLeave++;
    f.parentalLeaveDays += parental;
    f.sickLeaveDays += sick;
    if (sick > LONG_SICK_LEAVE_DAYS) f.longSickLeave++;
  }
  return { female, male };
}

const round1 = (value: number) => Math.round(value * 10) / 10;
const collator = new Intl.Collator("sv");

/** Builds the published statistics from the counts. */
export function personnelStatistics(input: PersonnelInput): PersonnelStatistics {
  const k = input.k ?? DEFAULT_MIN_GROUP_SIZE;
  const of = (dimension: GroupCount["dimension"]) =>
    input.groups.filter((g) => g.dimension === dimension);
  const named = (dimension: "unit" | "job" | "category") =>
    of(dimension)
      .map((g) => ({ key: g.key ?? "none", label: g.key, female: g.female, male: g.male }))
      .sort((a, b) =>
        a.label === null ? 1 : b.label === null ? -1 : collator.compare(a.label, b.label),
      );
  const management = (["managers", "others"] as const).map((key) => {
    const g = of("management").find((m) => m.key === key);
    return { key, label: null, female: g?.female ?? 0, male: g?.male ?? 0 };
  });
  const bands = new Map<AgeBand, { female: number; male: number }>();
  for (const g of of("birthYear")) {
    const band = ageBand(g.key === null ? null : Number(g.key), input.snapshotYear);
    const sum = bands.get(band) ?? { female: 0, male: 0 };
    bands.set(band, { female: sum.female + g.female, male: sum.male + g.male });
  }
  const ages = [...AGE_BANDS, "unknown" as const]
    .filter((band) => band !== "unknown" || bands.has(band))
    .map((band) => ({ key: band, label: null, ...(bands.get(band) ?? { female: 0, male: 0 }) }));

  const current = input.years.find((y) => y.year === input.year) ?? {
    year: input.year,
    female: EMPTY,
    male: EMPTY,
  };
  const total = totalRow(current, k);
  const figures = (sex: "female" | "male", hidden: Suppression | null) => {
    const f = current[sex];
    return {
      partTime: proportion(f.partTime, f.employees, hidden, k),
      temporary: proportion(f.temporary, f.employees, hidden, k),
      parentalLeave: {
        withLeave: proportion(f.parentalLeave, f.employees, hidden, k),
        meanDays: mean(f.parentalLeaveDays, f.parentalLeave, k),
      },
      sickLeave: {
        meanDays: mean(f.sickLeaveDays, f.employees, k),
        longLeave: proportion(f.longSickLeave, f.employees, hidden, k),
      },
    };
  };
  const women = figures("female", total.women.suppressed);
  const men = figures("male", total.men.suppressed);

  return {
    k,
    total,
    byUnit: shareTable(named("unit"), k),
    byJob: shareTable(named("job"), k),
    byCategory: shareTable(named("category"), k),
    byManagement: shareTable(management, k),
    byAgeBand: shareTable(ages, k),
    partTime: { women: women.partTime, men: men.partTime },
    temporary: { women: women.temporary, men: men.temporary },
    parentalLeave: { women: women.parentalLeave, men: men.parentalLeave },
    sickLeave: { women: women.sickLeave, men: men.sickLeave },
    yearOverYear: [...input.years]
      .sort((a, b) => a.year - b.year)
      .map((y) => {
        const row = totalRow(y, k);
        const by = (pick: (f: SexFigures) => number): BySex<Proportion> => ({
          women: proportion(pick(y.female), y.female.employees, row.women.suppressed, k),
          men: proportion(pick(y.male), y.male.employees, row.men.suppressed, k),
        });
        return {
          year: y.year,
          total: row,
          partTime: by((f) => f.partTime),
          temporary: by((f) => f.temporary),
        };
      }),
  };
}

/**
 * The organisation as a whole: suppressed exactly as the totals row of any share table over
 * the same people (that row depends on the two totals alone), so the headline and every table
 * agree on what is hidden.
 */
function totalRow(year: YearFigures, k: number): ShareRow {
  const [row] = suppressSexCounts([{ female: year.female.employees, male: year.male.employees }], {
    k,
  }).rows;
  return present({ key: "total", label: null }, row!);
}

interface Group {
  key: string;
  label: string | null;
  female: number;
  male: number;
}

function shareTable(groups: Group[], k: number): ShareTable {
  const result = suppressSexCounts(groups, { k });
  return {
    rows: groups.map((g, i) => present(g, result.rows[i]!)),
    total: present({ key: "total", label: null }, result.total),
  };
}

function present(group: { key: string; label: string | null }, row: SexCountRow): ShareRow {
  const women = row.womenPercent === null ? null : round1(row.womenPercent);
  return {
    key: group.key,
    label: group.label,
    women: row.female,
    men: row.male,
    total: row.total,
    womenPercent: women,
    menPercent: women === null ? null : round1(100 - women),
    balanced:
      women === null ? null : women >= EVEN_DISTRIBUTION.min && women <= EVEN_DISTRIBUTION.max,
  };
}

/** `count` of the `of` people of one sex; see the module comment for when it is hidden. */
function proportion(
  count: number,
  of: number,
  sexHidden: Suppression | null,
  k: number,
): Proportion {
  const suppressed = sexHidden ?? (tooFew(count, k) || tooFew(of - count, k) ? "primary" : null);
  if (suppressed) return { count: null, percent: null, suppressed };
  return { count, percent: of === 0 ? null : round1((100 * count) / of), suppressed: null };
}

function mean(sum: number, n: number, k: number): Cell {
  if (tooFew(n, k)) return { value: null, suppressed: "primary" };
  return { value: n === 0 ? null : sum / n, suppressed: null };
}

/**
 * Names of the groups the statistics give by code, in Swedish and English: one source for
 * the page, reports and the gender balance (which is written in Swedish, the organisation's
 * own record).
 */
export const PERSONNEL_GROUP_LABELS = {
  none: {
    unit: { sv: "Ingen enhet angiven", en: "No unit stated" },
    job: { sv: "Inget arbete angivet", en: "No job stated" },
    category: { sv: "Ingen personalkategori", en: "No employee category" },
  },
  management: {
    managers: { sv: "Chefer", en: "Managers" },
    others: { sv: "Övriga medarbetare", en: "Other employees" },
  },
  ageBand: {
    "under-30": { sv: "Under 30 år", en: "Under 30" },
    "30-39": { sv: "30–39 år", en: "30–39" },
    "40-49": { sv: "40–49 år", en: "40–49" },
    "50-59": { sv: "50–59 år", en: "50–59" },
    "60-plus": { sv: "60 år och äldre", en: "60 and over" },
    unknown: { sv: "Födelseår saknas", en: "Birth year missing" },
  },
} as const satisfies {
  none: Record<"unit" | "job" | "category", Label>;
  management: Record<"managers" | "others", Label>;
  ageBand: Record<AgeBand, Label>;
};

/** The source the gender balance rows written from a survey carry (one per survey year). */
export const genderBalanceSource = (year: number) => `Lönekartläggningen ${year}`;

export interface GenderBalanceRow {
  dimension: GenderBalanceDimension;
  label: string;
  women: number;
  men: number;
}

/**
 * The survey's groups as rows of the year's gender balance (DL 3:7): jobs as types of work,
 * employee categories, and managers against the others as management level. Units are no
 * dimension of DL 3:7 and are not written. The gender balance is read by everyone in the
 * yearly cycle, so a group goes there only when neither count is about 1 … k−1 people: both
 * at least k, or one of them 0. The others are skipped and named.
 */
export function genderBalanceRows(
  groups: GroupCount[],
  k: number = DEFAULT_MIN_GROUP_SIZE,
): { rows: GenderBalanceRow[]; skipped: Omit<GenderBalanceRow, "women" | "men">[] } {
  const dimensions: Partial<Record<GroupCount["dimension"], GenderBalanceDimension>> = {
    job: "work_type",
    category: "employee_category",
    management: "management_level",
  };
  const rows: GenderBalanceRow[] = [];
  const skipped: Omit<GenderBalanceRow, "women" | "men">[] = [];
  for (const g of groups) {
    const dimension = dimensions[g.dimension];
    if (!dimension || g.female + g.male === 0) continue;
    const label =
      g.dimension === "management"
        ? PERSONNEL_GROUP_LABELS.management[g.key === "managers" ? "managers" : "others"].sv
        : (g.key ?? PERSONNEL_GROUP_LABELS.none[g.dimension === "job" ? "job" : "category"].sv);
    const publishable = (g.female >= k && g.male >= k) || g.female === 0 || g.male === 0;
    if (publishable) rows.push({ dimension, label, women: g.female, men: g.male });
    else skipped.push({ dimension, label });
  }
  const order = (a: { dimension: string; label: string }, b: typeof a) =>
    a.dimension.localeCompare(b.dimension) || collator.compare(a.label, b.label);
  return { rows: rows.sort(order), skipped: skipped.sort(order) };
}

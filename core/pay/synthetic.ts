/**
 * Synthetic employers for benchmarks, tests and the demo: a mid-size Swedish municipality-like
 * organisation (care, schools, social services, technical and administrative jobs), made up
 * from scratch and deterministic by seed. Nobody in it exists.
 *
 * Built so the pay survey has something to find: women-dominated jobs of the same value as
 * men-dominated ones are paid less (Förskollärare and Drifttekniker, Undersköterska and
 * Fastighetsskötare, Socialsekreterare and VA-ingenjör, Enhetschef äldreomsorg and Driftchef),
 * and in a few jobs women are paid a little less than men for equal work.
 */
import type { PayrollRecord } from "./payroll.ts";
import { FEMALE, MALE } from "./stats.ts";

export interface SyntheticOptions {
  employees: number;
  seed: number;
  year: number;
  /** Default `${year}-09-30`. */
  snapshotDate?: string;
  /** Units to spread everybody over instead of the built-in ones. */
  units?: string[];
}

export interface SyntheticJob {
  name: string;
  code: string;
  category: string;
  womenShare: number;
  /** Job-evaluation value 0–100. */
  value: number;
  /** Mean full-time monthly pay in the employer's year. */
  basePay: number;
}

export type SyntheticEmployee = PayrollRecord & { employeeId: string };

export interface SyntheticEmployer {
  jobs: SyntheticJob[];
  employees: SyntheticEmployee[];
}

/** What the generator needs to know about a job beyond what it reports. */
interface JobProfile {
  name: string;
  /** SSYK 2012 occupation code (illustrative). */
  code: string;
  category: string;
  womenShare: number;
  value: number;
  /** Mean full-time monthly pay in PAY_YEAR. */
  pay: number;
  /** Relative headcount. */
  weight: number;
  manager: boolean;
  education: number;
  partTime: number;
  temporary: number;
  /** Women's pay relative to men's for the same job and experience, below 1 = unexplained gap. */
  womenFactor: number;
  /** Chance and yearly size (kr at full time) of variable pay: OB, on-call, bonus. */
  variable: [chance: number, min: number, max: number];
  /** Chance and monthly size of fixed supplements. */
  supplement: [chance: number, min: number, max: number];
  units: string[];
}

const PAY_YEAR = 2025;
const YEARLY_RAISE = 1.03;

const CARE = "Vård och omsorg";
const SCHOOL = "Skola och förskola";
const SOCIAL = "Socialt arbete";
const TECHNICAL = "Teknik och service";
const ADMIN = "Administration";
const MANAGERS = "Chefer";

const ELDERLY = [
  "Hemtjänst Norr",
  "Hemtjänst Söder",
  "Särskilt boende Björken",
  "Särskilt boende Linden",
];
const DISABILITY = ["Funktionsstöd LSS", "Personlig assistans"];
const PRESCHOOLS = ["Förskolan Solrosen", "Förskolan Ekorren", "Förskolan Vitsippan"];
const SCHOOLS = ["Ekbackens skola", "Solhagaskolan", "Norrvikens skola"];
const UPPER_SECONDARY = ["Kunskapsgymnasiet"];
const SOCIAL_UNITS = ["Individ- och familjeomsorg", "Försörjningsstöd", "Biståndsenheten"];
const PROPERTY = ["Fastighetsavdelningen", "Gata och park"];
const WATER = ["VA och renhållning"];
const IT = ["IT-avdelningen"];
const MEALS = ["Måltidsservice"];
const CLEANING = ["Lokalvård"];
const OFFICE = ["Ekonomiavdelningen", "HR-avdelningen", "Kommunledningskontoret"];

const NONE: [number, number, number] = [0, 0, 0];
const UNSOCIAL_HOURS: [number, number, number] = [0.8, 8_000, 32_000];
const ON_CALL: [number, number, number] = [0.6, 15_000, 45_000];
const SMALL_BONUS: [number, number, number] = [0.08, 3_000, 15_000];
const RESPONSIBILITY: [number, number, number] = [0.05, 500, 1_500];

// biome-ignore format: one job per line reads as a table
const PROFILES: JobProfile[] = [
  { name: "Vårdbiträde", code: "5330", category: CARE, womenShare: 0.84, value: 26, pay: 27_300, weight: 40, manager: false, education: 11, partTime: 0.4, temporary: 0.25, womenFactor: 1, variable: UNSOCIAL_HOURS, supplement: NONE, units: ELDERLY },
  { name: "Undersköterska", code: "5321", category: CARE, womenShare: 0.9, value: 35, pay: 30_400, weight: 140, manager: false, education: 12, partTime: 0.35, temporary: 0.12, womenFactor: 1, variable: UNSOCIAL_HOURS, supplement: RESPONSIBILITY, units: ELDERLY },
  { name: "Personlig assistent", code: "5343", category: CARE, womenShare: 0.72, value: 30, pay: 27_900, weight: 40, manager: false, education: 12, partTime: 0.4, temporary: 0.25, womenFactor: 1, variable: UNSOCIAL_HOURS, supplement: NONE, units: DISABILITY },
  { name: "Boendestödjare", code: "5342", category: CARE, womenShare: 0.58, value: 38, pay: 30_900, weight: 25, manager: false, education: 12, partTime: 0.2, temporary: 0.12, womenFactor: 0.99, variable: UNSOCIAL_HOURS, supplement: NONE, units: DISABILITY },
  { name: "Sjuksköterska", code: "2221", category: CARE, womenShare: 0.88, value: 61, pay: 43_000, weight: 45, manager: false, education: 15, partTime: 0.2, temporary: 0.08, womenFactor: 1, variable: UNSOCIAL_HOURS, supplement: [0.2, 1_000, 2_500], units: ["Hemsjukvården", ...ELDERLY.slice(2)] },
  { name: "Arbetsterapeut", code: "2266", category: CARE, womenShare: 0.9, value: 57, pay: 39_600, weight: 10, manager: false, education: 15, partTime: 0.15, temporary: 0.06, womenFactor: 1, variable: NONE, supplement: NONE, units: ["Hemsjukvården"] },
  { name: "Barnskötare", code: "5311", category: SCHOOL, womenShare: 0.9, value: 33, pay: 28_900, weight: 60, manager: false, education: 12, partTime: 0.25, temporary: 0.15, womenFactor: 1, variable: NONE, supplement: NONE, units: PRESCHOOLS },
  { name: "Elevassistent", code: "5312", category: SCHOOL, womenShare: 0.7, value: 30, pay: 27_600, weight: 35, manager: false, education: 12, partTime: 0.3, temporary: 0.3, womenFactor: 1, variable: NONE, supplement: NONE, units: SCHOOLS },
  { name: "Förskollärare", code: "2343", category: SCHOOL, womenShare: 0.96, value: 54, pay: 37_400, weight: 70, manager: false, education: 15, partTime: 0.15, temporary: 0.08, womenFactor: 1, variable: NONE, supplement: NONE, units: PRESCHOOLS },
  { name: "Lärare i fritidshem", code: "2342", category: SCHOOL, womenShare: 0.62, value: 51, pay: 36_100, weight: 20, manager: false, education: 15, partTime: 0.15, temporary: 0.1, womenFactor: 1, variable: NONE, supplement: NONE, units: SCHOOLS },
  { name: "Lärare åk 1–6", code: "2341", category: SCHOOL, womenShare: 0.84, value: 58, pay: 40_200, weight: 55, manager: false, education: 16, partTime: 0.12, temporary: 0.1, womenFactor: 1, variable: NONE, supplement: NONE, units: SCHOOLS },
  { name: "Lärare åk 7–9", code: "2341", category: SCHOOL, womenShare: 0.66, value: 60, pay: 41_800, weight: 40, manager: false, education: 16, partTime: 0.1, temporary: 0.1, womenFactor: 0.98, variable: NONE, supplement: NONE, units: SCHOOLS },
  { name: "Gymnasielärare", code: "2330", category: SCHOOL, womenShare: 0.52, value: 62, pay: 43_200, weight: 30, manager: false, education: 17, partTime: 0.1, temporary: 0.1, womenFactor: 0.97, variable: NONE, supplement: [0.15, 1_000, 3_000], units: UPPER_SECONDARY },
  { name: "Speciallärare", code: "2351", category: SCHOOL, womenShare: 0.85, value: 66, pay: 45_000, weight: 10, manager: false, education: 18, partTime: 0.1, temporary: 0.05, womenFactor: 1, variable: NONE, supplement: NONE, units: SCHOOLS },
  { name: "Socialsekreterare", code: "2661", category: SOCIAL, womenShare: 0.86, value: 62, pay: 40_800, weight: 30, manager: false, education: 16, partTime: 0.08, temporary: 0.1, womenFactor: 1, variable: SMALL_BONUS, supplement: [0.15, 1_000, 2_500], units: SOCIAL_UNITS.slice(0, 2) },
  { name: "Biståndshandläggare", code: "3353", category: SOCIAL, womenShare: 0.88, value: 52, pay: 37_600, weight: 15, manager: false, education: 15, partTime: 0.08, temporary: 0.08, womenFactor: 1, variable: NONE, supplement: NONE, units: SOCIAL_UNITS.slice(2) },
  { name: "Behandlingsassistent", code: "3412", category: SOCIAL, womenShare: 0.55, value: 42, pay: 32_100, weight: 20, manager: false, education: 13, partTime: 0.15, temporary: 0.15, womenFactor: 0.99, variable: UNSOCIAL_HOURS, supplement: NONE, units: SOCIAL_UNITS.slice(0, 1) },
  { name: "Fastighetsskötare", code: "5153", category: TECHNICAL, womenShare: 0.12, value: 34, pay: 31_500, weight: 20, manager: false, education: 12, partTime: 0.04, temporary: 0.06, womenFactor: 1, variable: SMALL_BONUS, supplement: NONE, units: PROPERTY },
  { name: "Drifttekniker", code: "3119", category: TECHNICAL, womenShare: 0.08, value: 55, pay: 41_000, weight: 20, manager: false, education: 13, partTime: 0.03, temporary: 0.05, womenFactor: 1, variable: ON_CALL, supplement: NONE, units: [...PROPERTY.slice(0, 1), ...WATER] },
  { name: "Elektriker", code: "7411", category: TECHNICAL, womenShare: 0.04, value: 41, pay: 35_200, weight: 8, manager: false, education: 12, partTime: 0.02, temporary: 0.04, womenFactor: 1, variable: ON_CALL, supplement: NONE, units: PROPERTY.slice(0, 1) },
  { name: "Anläggningsarbetare", code: "7114", category: TECHNICAL, womenShare: 0.06, value: 31, pay: 30_800, weight: 14, manager: false, education: 11, partTime: 0.02, temporary: 0.1, womenFactor: 1, variable: ON_CALL, supplement: NONE, units: [...PROPERTY.slice(1), ...WATER] },
  { name: "VA-ingenjör", code: "3112", category: TECHNICAL, womenShare: 0.25, value: 61, pay: 46_000, weight: 10, manager: false, education: 16, partTime: 0.03, temporary: 0.05, womenFactor: 1, variable: SMALL_BONUS, supplement: [0.2, 1_000, 3_000], units: WATER },
  { name: "IT-tekniker", code: "3512", category: TECHNICAL, womenShare: 0.15, value: 46, pay: 36_800, weight: 12, manager: false, education: 13, partTime: 0.03, temporary: 0.08, womenFactor: 0.98, variable: SMALL_BONUS, supplement: NONE, units: IT },
  { name: "Systemutvecklare", code: "2512", category: TECHNICAL, womenShare: 0.22, value: 64, pay: 48_500, weight: 6, manager: false, education: 16, partTime: 0.03, temporary: 0.05, womenFactor: 0.96, variable: SMALL_BONUS, supplement: [0.4, 1_500, 3_500], units: IT },
  { name: "Kock", code: "5120", category: TECHNICAL, womenShare: 0.45, value: 32, pay: 29_800, weight: 15, manager: false, education: 12, partTime: 0.15, temporary: 0.1, womenFactor: 1, variable: NONE, supplement: NONE, units: MEALS },
  { name: "Måltidsbiträde", code: "9412", category: TECHNICAL, womenShare: 0.85, value: 24, pay: 26_600, weight: 20, manager: false, education: 11, partTime: 0.35, temporary: 0.15, womenFactor: 1, variable: NONE, supplement: NONE, units: MEALS },
  { name: "Lokalvårdare", code: "9111", category: TECHNICAL, womenShare: 0.7, value: 22, pay: 26_300, weight: 20, manager: false, education: 10, partTime: 0.3, temporary: 0.12, womenFactor: 1, variable: NONE, supplement: NONE, units: CLEANING },
  { name: "Administratör", code: "4119", category: ADMIN, womenShare: 0.82, value: 37, pay: 31_200, weight: 30, manager: false, education: 12, partTime: 0.15, temporary: 0.1, womenFactor: 1, variable: NONE, supplement: NONE, units: [...OFFICE, ...SOCIAL_UNITS.slice(0, 1), ...SCHOOLS.slice(0, 1)] },
  { name: "Löneadministratör", code: "4113", category: ADMIN, womenShare: 0.9, value: 43, pay: 33_800, weight: 6, manager: false, education: 13, partTime: 0.1, temporary: 0.05, womenFactor: 1, variable: NONE, supplement: NONE, units: OFFICE.slice(1, 2) },
  { name: "Ekonom", code: "2419", category: ADMIN, womenShare: 0.56, value: 60, pay: 44_000, weight: 10, manager: false, education: 16, partTime: 0.05, temporary: 0.05, womenFactor: 0.98, variable: NONE, supplement: NONE, units: OFFICE.slice(0, 1) },
  { name: "HR-specialist", code: "2423", category: ADMIN, womenShare: 0.8, value: 62, pay: 45_200, weight: 6, manager: false, education: 16, partTime: 0.05, temporary: 0.05, womenFactor: 1, variable: NONE, supplement: NONE, units: OFFICE.slice(1, 2) },
  { name: "Kommunikatör", code: "2432", category: ADMIN, womenShare: 0.75, value: 56, pay: 40_500, weight: 5, manager: false, education: 16, partTime: 0.05, temporary: 0.1, womenFactor: 1, variable: NONE, supplement: NONE, units: OFFICE.slice(2) },
  { name: "Jurist", code: "2619", category: ADMIN, womenShare: 0.62, value: 70, pay: 50_500, weight: 3, manager: false, education: 18, partTime: 0.03, temporary: 0.05, womenFactor: 1, variable: NONE, supplement: NONE, units: OFFICE.slice(2) },
  { name: "Enhetschef äldreomsorg", code: "1532", category: MANAGERS, womenShare: 0.86, value: 76, pay: 51_500, weight: 26, manager: true, education: 16, partTime: 0, temporary: 0.02, womenFactor: 1, variable: NONE, supplement: NONE, units: [...ELDERLY, ...DISABILITY] },
  { name: "Enhetschef socialtjänst", code: "1522", category: MANAGERS, womenShare: 0.8, value: 78, pay: 53_000, weight: 10, manager: true, education: 16, partTime: 0, temporary: 0.02, womenFactor: 1, variable: NONE, supplement: NONE, units: SOCIAL_UNITS },
  { name: "Rektor", code: "1412", category: MANAGERS, womenShare: 0.68, value: 82, pay: 58_500, weight: 14, manager: true, education: 17, partTime: 0, temporary: 0.02, womenFactor: 0.98, variable: NONE, supplement: NONE, units: [...SCHOOLS, ...UPPER_SECONDARY] },
  { name: "Rektor förskola", code: "1422", category: MANAGERS, womenShare: 0.94, value: 79, pay: 54_000, weight: 12, manager: true, education: 16, partTime: 0, temporary: 0.02, womenFactor: 1, variable: NONE, supplement: NONE, units: PRESCHOOLS },
  { name: "Driftchef", code: "1292", category: MANAGERS, womenShare: 0.15, value: 77, pay: 58_000, weight: 10, manager: true, education: 16, partTime: 0, temporary: 0.02, womenFactor: 1, variable: SMALL_BONUS, supplement: NONE, units: [...PROPERTY, ...WATER, ...IT, ...MEALS] },
  { name: "Avdelningschef", code: "1219", category: MANAGERS, womenShare: 0.45, value: 86, pay: 64_000, weight: 8, manager: true, education: 17, partTime: 0, temporary: 0, womenFactor: 0.97, variable: NONE, supplement: NONE, units: OFFICE },
];

const PART_TIME_EXTENTS = [50, 60, 75, 75, 80, 80, 85, 90];
const FULL_TIME_HOURS = 40;
const DAY = 86_400_000;

/** mulberry32: a small, fast PRNG so the same seed gives the same employer everywhere. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** About N(0, 1) from three uniforms (Irwin–Hall), cheap enough for millions of people. */
const normal = (rand: () => number) => (rand() + rand() + rand() - 1.5) * 2;

const between = (rand: () => number, min: number, max: number) => min + (max - min) * rand();

/** Picks a job by headcount weight from cumulative weights. */
function pickJob(cumulative: Float64Array, rand: () => number): number {
  const target = rand() * cumulative[cumulative.length - 1]!;
  let lo = 0;
  let hi = cumulative.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cumulative[mid]! > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function cumulativeWeights(): Float64Array {
  const cumulative = new Float64Array(PROFILES.length);
  let sum = 0;
  PROFILES.forEach((profile, i) => {
    sum += profile.weight;
    cumulative[i] = sum;
  });
  return cumulative;
}

const employeeId = (n: number) => `A${String(n).padStart(5, "0")}`;

/** The things that stay the same for every person of one generated year. */
interface YearContext {
  rand: () => number;
  year: number;
  snapshot: number;
  /** ISO dates by days before the snapshot, shared so a million people share a few thousand strings. */
  dates: string[];
  payFactor: number;
}

function yearContext(seed: number, year: number, snapshotDate: string | undefined): YearContext {
  const iso = snapshotDate ?? `${year}-09-30`;
  const snapshot = Date.parse(`${iso}T00:00:00Z`);
  if (Number.isNaN(snapshot) || !iso.startsWith(`${year}-`)) {
    throw new RangeError(`snapshotDate must be a date in ${year}: ${iso}`);
  }
  return {
    rand: random(seed),
    year,
    snapshot,
    dates: [],
    payFactor: YEARLY_RAISE ** (year - PAY_YEAR),
  };
}

function dateBefore(context: YearContext, days: number): string {
  const cached = context.dates[days];
  if (cached !== undefined) return cached;
  const iso = new Date(context.snapshot - days * DAY).toISOString().slice(0, 10);
  context.dates[days] = iso;
  return iso;
}

/**
 * The year's leave: parental leave mostly by women of child-rearing age, sick leave mostly a
 * few days with some long spells; together never more than the days of the year.
 */
function leave(rand: () => number, female: boolean, age: number): [parental: number, sick: number] {
  let parental = 0;
  if (age >= 24 && age <= 46 && rand() < (female ? 0.24 : 0.15)) {
    parental = Math.round(female ? between(rand, 30, 220) : between(rand, 10, 90));
  }
  const r = rand();
  const sick =
    r < 0.35
      ? 0
      : r < 0.96
        ? Math.min(60, Math.round(-Math.log(1 - rand()) * (female ? 8 : 6)) + 1)
        : Math.round(between(rand, 30, 200));
  return [parental, Math.min(sick, 365 - parental)];
}

/** Full-time pay for a person: the job's mean, raised by experience, with individual spread. */
function fullTimePay(
  profile: JobProfile,
  context: YearContext,
  female: boolean,
  experience: number,
): number {
  const seniority = 1 + 0.01 * (Math.min(experience, 30) - 16);
  const spread = 1 + 0.045 * normal(context.rand);
  const sex = female ? profile.womenFactor : 1;
  return Math.round((profile.pay * context.payFactor * seniority * spread * sex) / 10) * 10;
}

/** A newly made-up person in the job; `maxTenure` caps the years since hiring. */
function person(
  id: string,
  profile: JobProfile,
  unit: string,
  context: YearContext,
  maxTenure: number,
): SyntheticEmployee {
  const { rand, year } = context;
  const female = rand() < profile.womenShare;
  const entryAge = Math.max(19, profile.education + 7);
  const minAge = profile.manager ? Math.max(entryAge + 5, 30) : Math.max(20, entryAge);
  const age = Math.round(minAge + (66 - minAge) * ((rand() + rand()) / 2));
  const birthYear = year - age;

  const young = age < 30;
  const temporary = rand() < profile.temporary * (young ? 2 : 1);
  const careerYears = age - entryAge;
  const tenureCap = Math.min(maxTenure, temporary ? 2 : careerYears);
  // Years since hiring, about exponential; a draw beyond the cap lands anywhere below it.
  const drawn = -Math.log(1 - rand()) * (temporary ? 0.8 : 8);
  const tenure = drawn < tenureCap ? drawn : tenureCap * rand();
  const hireDate = dateBefore(context, Math.floor(tenure * 365.25));
  const experience = tenure + 0.6 * (careerYears - tenure);

  const partTime = rand() < profile.partTime * (female ? 1.1 : 0.6);
  const extent = partTime ? PART_TIME_EXTENTS[Math.floor(rand() * PART_TIME_EXTENTS.length)]! : 100;
  const share = extent / 100;
  const [variableChance, variableMin, variableMax] = profile.variable;
  const [supplementChance, supplementMin, supplementMax] = profile.supplement;
  const variablePay =
    rand() < variableChance
      ? Math.round((between(rand, variableMin, variableMax) * share * context.payFactor) / 100) *
        100
      : 0;
  const fixedSupplements =
    rand() < supplementChance
      ? Math.round((between(rand, supplementMin, supplementMax) * share) / 50) * 50
      : 0;
  const extraEducation = rand() < 0.2 ? (rand() < 0.5 ? 1 : 2) : 0;
  const [parentalLeaveDays, sickLeaveDays] = leave(rand, female, age);

  return {
    employeeId: id,
    sex: female ? FEMALE : MALE,
    birthYear,
    unit,
    jobTitle: profile.name,
    jobCode: profile.code,
    job: profile.name,
    category: profile.category,
    employmentType: temporary ? "temporary" : "permanent",
    extent,
    weeklyHours: Math.round(FULL_TIME_HOURS * share * 100) / 100,
    baseSalary: Math.round(fullTimePay(profile, context, female, experience) * share),
    fixedSupplements,
    variablePay,
    manager: profile.manager,
    hireDate,
    educationYears: profile.education + extraEducation,
    parentalLeaveDays,
    sickLeaveDays,
  };
}

function jobsOf(payFactor: number): SyntheticJob[] {
  return PROFILES.map((p) => ({
    name: p.name,
    code: p.code,
    category: p.category,
    womenShare: p.womenShare,
    value: p.value,
    basePay: Math.round((p.pay * payFactor) / 10) * 10,
  }));
}

/** A whole employer; 1 000 000 employees take a couple of seconds. */
export function generateEmployer(options: SyntheticOptions): SyntheticEmployer {
  const context = yearContext(options.seed, options.year, options.snapshotDate);
  const { rand } = context;
  const cumulative = cumulativeWeights();
  const units = options.units;
  if (units !== undefined && units.length === 0) throw new RangeError("units must not be empty");
  const employees = new Array<SyntheticEmployee>(options.employees);
  for (let i = 0; i < options.employees; i++) {
    const profile = PROFILES[pickJob(cumulative, rand)]!;
    const where = units ?? profile.units;
    const unit = where[Math.floor(rand() * where.length)]!;
    employees[i] = person(employeeId(i + 1), profile, unit, context, 45);
  }
  return { jobs: jobsOf(context.payFactor), employees };
}

/**
 * The same employer a year later: most people stay (same employeeId, a year older, pay raised
 * 2–4 %, some temporary contracts made permanent, the year's leave drawn anew), some leave or
 * retire and about as many are hired, with new ids after the highest one so far.
 */
export function nextYear(
  employer: SyntheticEmployer,
  options: { seed: number; year: number; turnover?: number; snapshotDate?: string },
): SyntheticEmployer {
  const context = yearContext(options.seed, options.year, options.snapshotDate);
  const { rand, year } = context;
  const turnover = options.turnover ?? 0.1;
  const unitsOf = new Map<string, Set<string>>();
  let lastId = 0;
  const employees: SyntheticEmployee[] = [];
  for (const e of employer.employees) {
    const number = Number(e.employeeId.slice(1));
    if (number > lastId) lastId = number;
    const units = unitsOf.get(e.job);
    if (units) units.add(e.unit);
    else unitsOf.set(e.job, new Set([e.unit]));

    const age = e.birthYear === null ? 40 : year - e.birthYear;
    const leaves = e.employmentType === "temporary" ? turnover * 2.5 : turnover * 0.85;
    if (age > 67 || (age >= 65 && rand() < 0.5) || rand() < leaves) continue;
    const female = e.sex === FEMALE;
    const raise = 1 + between(rand, 0.02, 0.04);
    const [parentalLeaveDays, sickLeaveDays] = leave(rand, female, age);
    const permanent = e.employmentType === "permanent" || rand() < 0.35;
    employees.push({
      ...e,
      employmentType: permanent ? "permanent" : "temporary",
      baseSalary: Math.round(e.baseSalary * raise),
      variablePay: Math.round((e.variablePay * raise) / 100) * 100,
      parentalLeaveDays,
      sickLeaveDays,
    });
  }

  const hires = employer.employees.length - employees.length;
  const cumulative = cumulativeWeights();
  for (let i = 0; i < hires; i++) {
    const profile = PROFILES[pickJob(cumulative, rand)]!;
    const seen = unitsOf.get(profile.name);
    const where = seen ? [...seen] : profile.units;
    const unit = where[Math.floor(rand() * where.length)]!;
    // Hired after last year's snapshot, so not in last year's survey.
    employees.push(person(employeeId(++lastId), profile, unit, context, 0.99));
  }
  const raised = employer.jobs.map((job) => ({
    ...job,
    basePay: Math.round((job.basePay * YEARLY_RAISE) / 10) * 10,
  }));
  return { jobs: raised, employees };
}

/** The headings toCsv writes, in Swedish as a payroll export has them. */
const CSV_HEADINGS = [
  "Anställningsnummer",
  "Kön",
  "Födelseår",
  "Enhet",
  "Befattning",
  "Yrkeskod",
  "Arbete",
  "Personalkategori",
  "Anställningsform",
  "Sysselsättningsgrad",
  "Veckoarbetstid",
  "Grundlön",
  "Fasta tillägg",
  "Rörlig lön",
  "Chef",
  "Anställningsdatum",
  "Utbildningsår",
  "Föräldraledighet (dagar)",
  "Sjukdagar",
];

/** The employees as a payroll export would write them: Swedish headings, sex as K/M. */
export function toCsv(
  employees: SyntheticEmployer["employees"],
  options: { delimiter?: ";" | ","; decimalComma?: boolean } = {},
): string {
  const delimiter = options.delimiter ?? ";";
  const decimalComma = options.decimalComma ?? delimiter === ";";
  const needsQuotes = (text: string) =>
    text.includes(delimiter) || text.includes('"') || text.includes("\n") || text.includes("\r");
  const text = (value: string | null) => {
    if (value === null) return "";
    return needsQuotes(value) ? `"${value.replaceAll('"', '""')}"` : value;
  };
  const num = (value: number | null) => {
    if (value === null) return "";
    if (Number.isInteger(value) || !decimalComma) return String(value);
    return text(String(value).replace(".", ","));
  };
  // Units, jobs and categories repeat: quote each once.
  const quoted = new Map<string, string>();
  const shared = (value: string | null) => {
    if (value === null) return "";
    let written = quoted.get(value);
    if (written === undefined) {
      written = text(value);
      quoted.set(value, written);
    }
    return written;
  };
  const lines = new Array<string>(employees.length + 1);
  lines[0] = CSV_HEADINGS.map(text).join(delimiter);
  for (let i = 0; i < employees.length; i++) {
    const e = employees[i]!;
    // Joined per row: a flat string, where a long template would keep every part alive.
    lines[i + 1] = [
      text(e.employeeId),
      e.sex === FEMALE ? "K" : "M",
      num(e.birthYear),
      shared(e.unit),
      shared(e.jobTitle),
      shared(e.jobCode),
      shared(e.job),
      shared(e.category),
      e.employmentType === "permanent" ? "Tillsvidare" : "Visstid",
      num(e.extent),
      num(e.weeklyHours),
      num(e.baseSalary),
      num(e.fixedSupplements),
      num(e.variablePay),
      e.manager ? "Ja" : "Nej",
      e.hireDate ?? "",
      num(e.educationYears),
      num(e.parentalLeaveDays),
      num(e.sickLeaveDays),
    ].join(delimiter);
  }
  return `${lines.join("\r\n")}\r\n`;
}

/**
 * The Logib standard analysis model (Swiss FOGE, Module 1) as a preset: the log of full-time
 * standardised monthly pay on years of training, years of service, potential experience and its
 * square, skill level and professional position as categories, and a female dummy.
 * See shared/domain/pay-analysis.md §1.
 */
import {
  type Dataset,
  fitPayGapRegression,
  type ModelSpec,
  type PayGapRegression,
  type SexCoding,
} from "./regression.ts";

/** One employee as in Logib's data template; money is monthly (annual extras entered as 1/12). */
export interface LogibEmployee {
  readonly age: number;
  /** 1 = male, 2 = female. */
  readonly sex: number;
  readonly yearsOfService: number;
  /** Swiss earnings-survey code, 1 = university … 8 = compulsory school only. */
  readonly training: number;
  /** 1–4, 1 = highest. */
  readonly skillLevel: number;
  /** 1–5, 1 = top management. */
  readonly professionalPosition: number;
  /** Percent of the contractual weekly hours; for monthly-paid staff. */
  readonly activityRate: number;
  /** Hours paid in the month; for hourly-paid staff (0 or missing otherwise). */
  readonly paidHours?: number;
  readonly basicWage: number;
  readonly allowances?: number;
  readonly monthlyWage13?: number;
  readonly specialPayments?: number;
  readonly weeklyHours: number;
  readonly annualHours?: number;
}

/** Training code → years of education. */
export const TRAINING_YEARS: Readonly<Record<number, number>> = {
  1: 17,
  2: 15,
  3: 14,
  4: 15,
  5: 13,
  6: 12,
  7: 11,
  8: 7,
};

/** Years of training for a code; NaN for an unknown code, which leaves the row out. */
export const trainingYears = (code: number) => TRAINING_YEARS[code] ?? Number.NaN;

export const potentialExperience = (age: number, training: number) =>
  Math.max(0, age - training - 6);

const isHourlyPaid = (employee: LogibEmployee) => (employee.paidHours ?? 0) > 0;

/** The most frequent value, the highest one on ties. */
function mode(values: readonly number[]): number {
  const counts = new Map<number, number>();
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1);
  let best = Number.NaN;
  let bestCount = 0;
  for (const [value, count] of counts) {
    if (count > bestCount || (count === bestCount && value > best)) {
      best = value;
      bestCount = count;
    }
  }
  return best;
}

/**
 * The firm's full-time weekly hours: the most frequent contractual weekly hours (highest on ties);
 * with only hourly contracts, the most frequent annual hours / 52.
 */
export function mostFrequentWeeklyHours(employees: readonly LogibEmployee[]): number {
  const weekly = employees
    .filter((e) => !isHourlyPaid(e) && e.weeklyHours > 0)
    .map((e) => e.weeklyHours);
  if (weekly.length > 0) return mode(weekly);
  const annual = employees.map((e) => e.annualHours ?? 0).filter((hours) => hours > 0);
  return mode(annual) / 52;
}

/** Full-time equivalent: activity rate × own weekly hours, or paid hours for hourly staff. */
export function fullTimeEquivalent(employee: LogibEmployee, fullTimeWeeklyHours: number): number {
  return isHourlyPaid(employee)
    ? (12 * employee.paidHours!) / (52 * fullTimeWeeklyHours)
    : (employee.weeklyHours * employee.activityRate) / (100 * fullTimeWeeklyHours);
}

/** Monthly pay standardised to full time: all monthly components divided by the FTE. */
export function standardisedMonthlyWage(
  employee: LogibEmployee,
  fullTimeWeeklyHours: number,
): number {
  const pay =
    employee.basicWage +
    (employee.allowances ?? 0) +
    (employee.monthlyWage13 ?? 0) +
    (employee.specialPayments ?? 0);
  return pay / fullTimeEquivalent(employee, fullTimeWeeklyHours);
}

export const LOGIB_SEX: SexCoding = { variable: "sex", female: 2, male: 1 };

export const LOGIB_MODEL: ModelSpec = {
  response: "wage",
  logResponse: true,
  terms: [
    { kind: "numeric", variable: "training" },
    { kind: "numeric", variable: "service" },
    { kind: "numeric", variable: "experience" },
    { kind: "square", variable: "experience" },
    { kind: "categorical", variable: "skill_level" },
    { kind: "categorical", variable: "professional_position" },
    { kind: "numeric", variable: "sex" },
  ],
};

/** The model's variables, one column each. */
export function logibDataset(employees: readonly LogibEmployee[]): Dataset {
  const mfww = mostFrequentWeeklyHours(employees);
  const training = employees.map((e) => trainingYears(e.training));
  return {
    wage: employees.map((e) => standardisedMonthlyWage(e, mfww)),
    training,
    service: employees.map((e) => e.yearsOfService),
    experience: employees.map((e, i) => potentialExperience(e.age, training[i]!)),
    skill_level: employees.map((e) => e.skillLevel),
    professional_position: employees.map((e) => e.professionalPosition),
    sex: employees.map((e) => e.sex),
  };
}

export function runLogibStandardModel(employees: readonly LogibEmployee[]): PayGapRegression {
  return fitPayGapRegression(logibDataset(employees), LOGIB_MODEL, LOGIB_SEX);
}

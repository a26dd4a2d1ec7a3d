import { euIndicators } from "../../../core/pay/indicators.ts";
import { payLevels, type WorkerCategory } from "../../../core/pay/models.ts";
import { FEMALE, MALE, summariseSorted } from "../../../core/pay/stats.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { PayScope } from "../access.ts";
import { remember, scopeKey } from "../cache.ts";
import { derive, loadSurveyData } from "../dataset.ts";
import { loadSurveyBasis, type SurveyRow, surveyWeeklyHours } from "./basis.ts";
import {
  type CategoryRow,
  categoryRows,
  JOINT_ASSESSMENT_THRESHOLD,
  type LevelFigures,
  levelFigures,
  type ShareFigure,
  shareFigure,
  type YearRow,
  type YearSums,
  yearRow,
} from "./present.ts";

export interface IndicatorsReport {
  year: number;
  snapshotDate: string;
  ownUnitsOnly: boolean;
  k: number;
  /** Employees of the whole survey: the employer's head count, for the reporting duty. */
  organisationEmployees: number;
  population: { women: number; men: number };
  fullTimeWeeklyHours: number;
  /** Employees without weekly hours of their own, given the full-time hours. */
  assumedHours: number;
  annual: LevelFigures;
  hourly: LevelFigures;
  /** (e) Share of women and of men who received variable pay. */
  variableShare: { women: ShareFigure; men: ShareFigure };
  categories: {
    valueBandWidth: number;
    /** Jobs without a complete evaluation, each a category of its own. */
    unevaluatedJobs: number;
    threshold: number;
    rows: CategoryRow[];
  };
  yearOverYear: YearRow[];
}

/** EU 2023/970 Art. 9(1)(a)–(g) on annual and hourly pay, and (a) and (c) year by year. */
export async function loadIndicators(
  tenant: TenantDb,
  survey: SurveyRow,
  scope: PayScope,
): Promise<IndicatorsReport> {
  const [basis, years] = await Promise.all([
    loadSurveyBasis(tenant, survey, scope),
    rememberedYearSums(tenant, scope),
  ]);
  const k = survey.min_group_size;
  const { data, levels } = basis;
  const options = { jointAssessmentThreshold: JOINT_ASSESSMENT_THRESHOLD };
  const annual = euIndicators(
    {
      sex: data.sex,
      pay: levels.annual,
      variable: levels.variableAnnual,
      base: levels.baseAnnual,
      category: basis.category,
    },
    options,
  );
  const hourly = euIndicators(
    {
      sex: data.sex,
      pay: levels.hourly,
      variable: levels.variableHourly,
      base: levels.baseHourly,
      category: basis.category,
    },
    options,
  );
  return {
    year: survey.year,
    snapshotDate: survey.snapshot_date,
    ownUnitsOnly: scope.unitIds !== null,
    k,
    organisationEmployees: survey.employee_count,
    population: { women: annual.population.female, men: annual.population.male },
    fullTimeWeeklyHours: levels.fullTimeWeeklyHours,
    assumedHours: levels.assumedHours,
    annual: levelFigures(annual, k),
    hourly: levelFigures(hourly, k),
    variableShare: {
      women: shareFigure(annual.variableShare.female, k),
      men: shareFigure(annual.variableShare.male, k),
    },
    categories: {
      valueBandWidth: survey.value_band_width,
      unevaluatedJobs: basis.unevaluatedJobs,
      threshold: JOINT_ASSESSMENT_THRESHOLD,
      rows: categoryRows(
        basis.categories as WorkerCategory[],
        annual.categories,
        hourly.categories,
        k,
        scope.individual,
      ),
    },
    yearOverYear: years.map(yearRow),
  };
}

/** yearSums, kept while no survey of the organisation changes. */
async function rememberedYearSums(tenant: TenantDb, scope: Pick<PayScope, "unitIds">) {
  const surveys = await tenant
    .selectFrom("pay_surveys")
    .select([
      "pay_surveys.id",
      "pay_surveys.year",
      "pay_surveys.version",
      "pay_surveys.snapshot_date",
      "pay_surveys.min_group_size",
    ])
    .orderBy("pay_surveys.year")
    .execute();
  const versions = surveys.map((s) => `${s.id}:${s.version}`).join(",");
  return remember(`yearSums:${tenant.organisationId}:${scopeKey(scope)}:${versions}`, () =>
    yearSums(tenant, surveys, scope),
  );
}

/**
 * Women's and men's mean and median annual and hourly pay in every survey of the organisation,
 * within the caller's scope, on the same pay levels as this year's indicators. One survey is
 * read at a time, so the years need not all be in memory together.
 */
async function yearSums(
  tenant: TenantDb,
  surveys: {
    id: string;
    year: number;
    version: number;
    snapshot_date: string;
    min_group_size: number;
  }[],
  scope: Pick<PayScope, "unitIds">,
): Promise<YearSums[]> {
  const years: YearSums[] = [];
  for (const survey of surveys) {
    const data = await loadSurveyData(tenant, survey, scope);
    const hours = await surveyWeeklyHours(tenant, survey);
    const levels = derive(data, `levels:${hours}`, () => payLevels(data, hours));
    const entry: YearSums = {
      year: survey.year,
      k: survey.min_group_size,
      women: 0,
      men: 0,
      annual: { female: null, male: null },
      hourly: { female: null, male: null },
    };
    for (const [sex, name] of [
      [FEMALE, "female"],
      [MALE, "male"],
    ] as const) {
      const annual: number[] = [];
      const hourly: number[] = [];
      for (let i = 0; i < data.n; i++)
        if (data.sex[i] === sex) {
          annual.push(levels.annual[i]!);
          hourly.push(levels.hourly[i]!);
        }
      if (sex === FEMALE) entry.women = annual.length;
      else entry.men = annual.length;
      entry.annual[name] = meanAndMedian(annual);
      entry.hourly[name] = meanAndMedian(hourly);
    }
    years.push(entry);
  }
  return years;
}

function meanAndMedian(values: number[]): { mean: number; median: number } | null {
  const sorted = Float64Array.from(values).sort();
  const { mean, median } = summariseSorted(sorted);
  return mean === null || median === null ? null : { mean, median };
}

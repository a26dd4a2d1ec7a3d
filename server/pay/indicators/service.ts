import { sql } from "kysely";
import { euIndicators } from "../../../core/pay/indicators.ts";
import { DEFAULT_WEEKLY_HOURS, type WorkerCategory } from "../../../core/pay/models.ts";
import { FEMALE } from "../../../core/pay/stats.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { PayScope } from "../access.ts";
import { remember, scopeKey } from "../cache.ts";
import { loadSurveyBasis, type SurveyRow } from "./basis.ts";
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
  db: Db,
  tenant: TenantDb,
  survey: SurveyRow,
  scope: PayScope,
): Promise<IndicatorsReport> {
  const [basis, years] = await Promise.all([
    loadSurveyBasis(db, tenant, survey, scope),
    rememberedYearSums(db, tenant, scope),
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
async function rememberedYearSums(db: Db, tenant: TenantDb, scope: Pick<PayScope, "unitIds">) {
  const surveys = await tenant
    .selectFrom("pay_surveys")
    .select(["pay_surveys.id", "pay_surveys.version"])
    .orderBy("pay_surveys.id")
    .execute();
  const versions = surveys.map((s) => `${s.id}:${s.version}`).join(",");
  return remember(`yearSums:${tenant.organisationId}:${scopeKey(scope)}:${versions}`, () =>
    yearSums(db, tenant.organisationId, scope),
  );
}

interface SumRow {
  year: number;
  k: number;
  sex: number | null;
  n: number;
  annual_mean: number | null;
  annual_median: number | null;
  hourly_mean: number | null;
  hourly_median: number | null;
}

/**
 * Women's and men's mean and median annual and hourly pay in every survey of the organisation,
 * within the caller's scope, in one query. The pay levels are those of core/pay/models.ts
 * payLevels written in SQL (the test checks that the two agree on this year's survey), so a
 * year-over-year view does not load every year's employees.
 */
async function yearSums(
  db: Db,
  organisationId: string,
  scope: Pick<PayScope, "unitIds">,
): Promise<YearSums[]> {
  const none = scope.unitIds !== null && scope.unitIds.length === 0;
  const unitFilter =
    scope.unitIds === null
      ? sql``
      : none
        ? sql`and false`
        : sql`and e.unit_id in (${sql.join(scope.unitIds)})`;
  const result = await sql<SumRow>`
    with hours as (
      select survey_id, weekly_hours, count(*) as n
      from pay_employees
      where organisation_id = ${organisationId} and weekly_hours is not null
      group by survey_id, weekly_hours
    ), full_time as (
      select distinct on (survey_id) survey_id, weekly_hours
      from hours
      order by survey_id, n desc, weekly_hours desc
    ), pay as (
      select
        e.survey_id,
        e.sex,
        12 * (e.base_salary + e.fixed_supplements) + e.variable_pay as annual,
        (12 * (e.base_salary + e.fixed_supplements) + e.variable_pay)
          / (coalesce(e.weekly_hours, f.weekly_hours, ${DEFAULT_WEEKLY_HOURS}) * 52 * e.extent / 100)
          as hourly
      from pay_employees e
      left join full_time f on f.survey_id = e.survey_id
      where e.organisation_id = ${organisationId} ${unitFilter}
    )
    select
      s.year,
      s.min_group_size as k,
      p.sex,
      count(p.sex)::int as n,
      avg(p.annual) as annual_mean,
      percentile_cont(0.5) within group (order by p.annual) as annual_median,
      avg(p.hourly) as hourly_mean,
      percentile_cont(0.5) within group (order by p.hourly) as hourly_median
    from pay_surveys s
    left join pay p on p.survey_id = s.id
    where s.organisation_id = ${organisationId}
    group by s.year, s.min_group_size, p.sex
    order by s.year
  `.execute(db);
  const years = new Map<number, YearSums>();
  for (const row of result.rows) {
    const entry = years.get(row.year) ?? {
      year: row.year,
      k: row.k,
      women: 0,
      men: 0,
      annual: { female: null, male: null },
      hourly: { female: null, male: null },
    };
    years.set(row.year, entry);
    if (row.sex === null) continue;
    const sex = row.sex === FEMALE ? "female" : "male";
    if (sex === "female") entry.women = row.n;
    else entry.men = row.n;
    entry.annual[sex] = { mean: Number(row.annual_mean), median: Number(row.annual_median) };
    entry.hourly[sex] = { mean: Number(row.hourly_mean), median: Number(row.hourly_median) };
  }
  return [...years.values()];
}

import {
  type GroupCount,
  genderBalanceRows,
  genderBalanceSource,
  LONG_SICK_LEAVE_DAYS,
  type PersonnelStatistics,
  personnelStatistics,
  type SexFigures,
  type YearFigures,
} from "../../../core/pay/personnel.ts";
import { FEMALE, MALE } from "../../../core/pay/stats.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/problem.ts";
import type { PayScope } from "../access.ts";
import { remember, scopeKey } from "../cache.ts";
import { loadSurveyData } from "../dataset.ts";

/**
 * Counted from the survey's employees as loaded for the analysis (dataset.ts): a pass over
 * typed arrays, a few milliseconds for 100 000 employees.
 *
 * A survey's snapshot changes only by import, which bumps the survey's version; the counts of
 * a (survey, version, scope) are therefore kept in memory and a page is answered from them
 * after its first visit. Writes (the gender balance) always count afresh.
 */

type Survey = {
  id: string;
  year: number;
  version: number;
  snapshot_date: string;
  min_group_size: number;
};

/** Women and men per unit, job, category, management level and birth year of one survey. */
export async function countGroups(
  tenant: TenantDb,
  survey: Pick<Survey, "id" | "version" | "snapshot_date">,
  scope: PayScope,
): Promise<GroupCount[]> {
  if (scope.unitIds?.length === 0) return [];
  const data = await loadSurveyData(tenant, survey, scope);
  // Counted per raw value first (a million employees pass through typed arrays and a few
  // small maps), then named: text is trimmed, and "" and a missing value are one group.
  const bySex = (): number[] => [0, 0];
  const units = new Map<string, number[]>();
  const birthYears = new Map<number, number[]>();
  const jobs = data.jobs.map(bySex);
  const categories = data.categories.map(bySex);
  const noCategory = bySex();
  const management = [bySex(), bySex()];
  for (let i = 0; i < data.n; i++) {
    const sex = data.sex[i];
    const s = sex === FEMALE ? 0 : sex === MALE ? 1 : -1;
    if (s < 0) continue;
    const unit = data.unit[i]!;
    const u = units.get(unit) ?? bySex();
    units.set(unit, u);
    u[s]! += 1;
    jobs[data.job[i]!]![s]! += 1;
    const category = data.category[i]!;
    (category < 0 ? noCategory : categories[category]!)[s]! += 1;
    management[data.manager[i]!]![s]! += 1;
    const year = data.birthYear[i]!;
    const y = birthYears.get(year) ?? bySex();
    birthYears.set(year, y);
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
  for (const [j, job] of data.jobs.entries()) add("job", text(job), jobs[j]!);
  for (const [c, category] of data.categories.entries())
    add("category", text(category), categories[c]!);
  add("category", null, noCategory);
  add("management", "others", management[0]!);
  add("management", "managers", management[1]!);
  for (const [year, counts] of birthYears)
    add("birthYear", Number.isNaN(year) ? null : String(year), counts);
  return [...groups.values()];
}

/** Per sex: head count, part-time, temporary, parental and sick leave. */
async function sumSurvey(
  tenant: TenantDb,
  survey: Pick<Survey, "id" | "version" | "snapshot_date">,
  scope: PayScope,
): Promise<Pick<YearFigures, "female" | "male">> {
  const data = await loadSurveyData(tenant, survey, scope);
  const figures = () => ({
    employees: 0,
    partTime: 0,
    temporary: 0,
    parentalLeave: 0,
    parentalLeaveDays: 0,
    sickLeaveDays: 0,
    longSickLeave: 0,
  });
  const female: SexFigures = figures();
  const male: SexFigures = figures();
  for (let i = 0; i < data.n; i++) {
    const sex = data.sex[i];
    const f = sex === FEMALE ? female : sex === MALE ? male : null;
    if (!f) continue;
    const parental = data.parentalLeaveDays[i]!;
    const sick = data.sickLeaveDays[i]!;
    f.employees++;
    if (data.extent[i]! < 100) f.partTime++;
    if (data.temporary[i]) f.temporary++;
    if (parental > 0) f.parentalLeave++;
    f.parentalLeaveDays += parental;
    f.sickLeaveDays += sick;
    if (sick > LONG_SICK_LEAVE_DAYS) f.longSickLeave++;
  }
  return { female, male };
}

/** Every survey year of the organisation, each summed once per version and scope. */
async function sumYears(tenant: TenantDb, scope: PayScope): Promise<YearFigures[]> {
  const surveys = await tenant
    .selectFrom("pay_surveys")
    .select([
      "pay_surveys.id",
      "pay_surveys.year",
      "pay_surveys.version",
      "pay_surveys.snapshot_date",
    ])
    .orderBy("pay_surveys.year")
    .execute();
  // One survey after the other: each is read whole, and the years need not all be in memory.
  const years: YearFigures[] = [];
  for (const s of surveys)
    years.push({
      year: s.year,
      ...(await remember(
        `years:${tenant.organisationId}:${s.id}:${s.version}:${scopeKey(scope)}`,
        () => sumSurvey(tenant, s, scope),
      )),
    });
  return years;
}

/** The survey's personnel statistics as the caller may see them. */
export async function loadStatistics(
  tenant: TenantDb,
  survey: Survey,
  scope: PayScope,
): Promise<PersonnelStatistics> {
  const groups = await remember(
    `groups:${tenant.organisationId}:${survey.id}:${survey.version}:${scopeKey(scope)}`,
    () => countGroups(tenant, survey, scope),
  );
  return personnelStatistics({
    snapshotYear: Number(survey.snapshot_date.slice(0, 4)),
    year: survey.year,
    k: survey.min_group_size,
    groups,
    years: await sumYears(tenant, scope),
  });
}

/**
 * Counts a survey for the whole organisation ahead of the first visit: the statistics page is
 * the one people open right after an import, and counting 100 000 employees takes longer
 * than a page should. Errors are left to that visit.
 */
export function warmStatistics(tenant: TenantDb, survey: Survey): void {
  loadStatistics(tenant, survey, { unitIds: null, individual: false }).catch(() => {});
}

export interface GenderBalanceFill {
  year: number;
  source: string;
  created: number;
  updated: number;
  unchanged: number;
  removed: number;
  skipped: ReturnType<typeof genderBalanceRows>["skipped"];
}

/**
 * Writes the survey's groups into the gender balance of the work year with the same year,
 * inside the caller's transaction: rows from an earlier fill from this survey are updated
 * (so measures linked to a group stay linked while its label is the same), added or removed;
 * rows entered by hand, or from another source, are left alone.
 */
export async function fillGenderBalance(
  tenant: TenantDb,
  survey: Survey,
  scope: PayScope,
): Promise<{ workYearId: string; result: GenderBalanceFill; before: unknown; after: unknown }> {
  const workYear = await tenant
    .selectFrom("work_years")
    .select(["work_years.id"])
    .where("work_years.year", "=", survey.year)
    .forUpdate()
    .executeTakeFirst();
  if (!workYear) throw new AppError(409, "pay.workYearMissing", { year: survey.year });
  const source = genderBalanceSource(survey.year);
  const { rows, skipped } = genderBalanceRows(
    await countGroups(tenant, survey, scope),
    survey.min_group_size,
  );
  const existing = await tenant
    .selectFrom("gender_balance_groups")
    .select([
      "gender_balance_groups.id",
      "gender_balance_groups.dimension",
      "gender_balance_groups.label",
      "gender_balance_groups.women",
      "gender_balance_groups.men",
      "gender_balance_groups.version",
    ])
    .where("gender_balance_groups.work_year_id", "=", workYear.id)
    .where("gender_balance_groups.source", "=", source)
    .execute();
  const byName = new Map(existing.map((row) => [`${row.dimension}\u0000${row.label}`, row]));
  const result: GenderBalanceFill = {
    year: survey.year,
    source,
    created: 0,
    updated: 0,
    unchanged: 0,
    removed: 0,
    skipped,
  };
  for (const row of rows) {
    const key = `${row.dimension}\u0000${row.label}`;
    const current = byName.get(key);
    byName.delete(key);
    if (!current) {
      await tenant
        .insertInto("gender_balance_groups")
        .values({
          organisation_id: tenant.organisationId,
          work_year_id: workYear.id,
          dimension: row.dimension,
          label: row.label,
          women: row.women,
          men: row.men,
          source,
        })
        .execute();
      result.created++;
    } else if (current.women !== row.women || current.men !== row.men) {
      await tenant
        .updateTable("gender_balance_groups")
        .set({
          women: row.women,
          men: row.men,
          version: current.version + 1,
          updated_at: new Date(),
        })
        .where("gender_balance_groups.id", "=", current.id)
        .execute();
      result.updated++;
    } else {
      result.unchanged++;
    }
  }
  const stale = [...byName.values()].map((row) => row.id);
  if (stale.length > 0) {
    await tenant
      .deleteFrom("gender_balance_groups")
      .where("gender_balance_groups.id", "in", stale)
      .execute();
    result.removed = stale.length;
  }
  const plain = (list: { dimension: string; label: string; women: number; men: number }[]) =>
    list.map(({ dimension, label, women, men }) => ({ dimension, label, women, men }));
  return {
    workYearId: workYear.id,
    result,
    before: { source, groups: plain(existing) },
    after: { source, groups: rows, skipped },
  };
}

import {
  countGroups,
  type GroupCount,
  genderBalanceRows,
  genderBalanceSource,
  type PersonnelStatistics,
  personnelStatistics,
  sumBySex,
  type YearFigures,
} from "../../../core/pay/personnel.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import { AppError } from "../../platform/http/problem.ts";
import type { PayScope } from "../access.ts";
import { remember, scopeKey } from "../cache.ts";
import { loadSurveyData } from "../dataset.ts";

/**
 * Counted (core/pay/personnel.ts) from the survey's employees as loaded for the analysis
 * (dataset.ts): a pass over typed arrays, a few milliseconds for 100 000 employees.
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
async function surveyGroups(
  tenant: TenantDb,
  survey: Pick<Survey, "id" | "version" | "snapshot_date">,
  scope: PayScope,
): Promise<GroupCount[]> {
  if (scope.unitIds?.length === 0) return [];
  return countGroups(await loadSurveyData(tenant, survey, scope));
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
        async () => sumBySex(await loadSurveyData(tenant, s, scope)),
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
    () => surveyGroups(tenant, survey, scope),
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
    await surveyGroups(tenant, survey, scope),
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

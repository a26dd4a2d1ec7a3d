import { sql } from "kysely";
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
import { isRemembered, remember, scopeKey } from "../cache.ts";

/**
 * Counting happens in the database with GROUP BY, so 100 000 employees cost a scan or two and
 * a few hundred result rows, never a row per employee in JavaScript.
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

// grouping(unit, job, category, manager, birth_year) is a bit mask of the columns a row is
// not grouped by, the first column the highest bit: it says which grouping set a row is from.
const GROUPING_SETS: Record<number, GroupCount["dimension"]> = {
  15: "unit",
  23: "job",
  27: "category",
  29: "management",
  30: "birthYear",
};

/** Women and men per unit, job, category, management level and birth year of one survey. */
export async function countGroups(
  tenant: TenantDb,
  surveyId: string,
  scope: PayScope,
): Promise<GroupCount[]> {
  if (scope.unitIds?.length === 0) return [];
  const rows = await tenant
    .selectFrom("pay_employees")
    .select([
      sql<number>`grouping(pay_employees.unit, pay_employees.job, pay_employees.category, pay_employees.manager, pay_employees.birth_year)`.as(
        "set",
      ),
      "pay_employees.sex",
      "pay_employees.unit",
      "pay_employees.job",
      "pay_employees.category",
      "pay_employees.manager",
      "pay_employees.birth_year",
      sql<number>`count(*)::int`.as("people"),
    ])
    .where("pay_employees.survey_id", "=", surveyId)
    .$if(scope.unitIds !== null, (q) => q.where("pay_employees.unit_id", "in", scope.unitIds!))
    .groupBy(
      sql`pay_employees.sex, grouping sets ((pay_employees.unit), (pay_employees.job), (pay_employees.category), (pay_employees.manager), (pay_employees.birth_year))`,
    )
    .execute();
  // Text is trimmed here rather than per row in SQL; "" and a missing value are one group.
  const text = (value: string | null) => value?.trim() || null;
  const groups = new Map<string, GroupCount>();
  for (const row of rows) {
    const dimension = GROUPING_SETS[Number(row.set)]!;
    const key =
      dimension === "unit"
        ? text(row.unit)
        : dimension === "job"
          ? text(row.job)
          : dimension === "category"
            ? text(row.category)
            : dimension === "management"
              ? row.manager
                ? "managers"
                : "others"
              : row.birth_year === null
                ? null
                : String(row.birth_year);
    const id = `${dimension}\u0000${key}`;
    const group = groups.get(id) ?? { dimension, key, female: 0, male: 0 };
    if (row.sex === FEMALE) group.female += row.people;
    else if (row.sex === MALE) group.male += row.people;
    groups.set(id, group);
  }
  return [...groups.values()];
}

const NOBODY: SexFigures = {
  employees: 0,
  partTime: 0,
  temporary: 0,
  parentalLeave: 0,
  parentalLeaveDays: 0,
  sickLeaveDays: 0,
  longSickLeave: 0,
};

/** Per survey and sex: head count, part-time, temporary, parental and sick leave. */
async function sumSurveys(
  tenant: TenantDb,
  surveyIds: string[],
  scope: PayScope,
): Promise<Map<string, Pick<YearFigures, "female" | "male">>> {
  const sums = new Map(surveyIds.map((id) => [id, { female: NOBODY, male: NOBODY }]));
  if (surveyIds.length === 0 || scope.unitIds?.length === 0) return sums;
  const count = (condition: ReturnType<typeof sql>) =>
    sql<number>`(count(*) filter (where ${condition}))::int`;
  const rows = await tenant
    .selectFrom("pay_employees")
    .select([
      "pay_employees.survey_id",
      "pay_employees.sex",
      sql<number>`count(*)::int`.as("employees"),
      count(sql`pay_employees.extent < 100`).as("partTime"),
      count(sql`pay_employees.employment_type = 'temporary'`).as("temporary"),
      count(sql`pay_employees.parental_leave_days > 0`).as("parentalLeave"),
      sql<number>`coalesce(sum(pay_employees.parental_leave_days), 0)::int`.as("parentalLeaveDays"),
      sql<number>`coalesce(sum(pay_employees.sick_leave_days), 0)::int`.as("sickLeaveDays"),
      count(sql`pay_employees.sick_leave_days > ${LONG_SICK_LEAVE_DAYS}`).as("longSickLeave"),
    ])
    .where("pay_employees.survey_id", "in", surveyIds)
    .$if(scope.unitIds !== null, (q) => q.where("pay_employees.unit_id", "in", scope.unitIds!))
    .groupBy(["pay_employees.survey_id", "pay_employees.sex"])
    .execute();
  for (const { survey_id, sex, ...figures } of rows) {
    const entry = sums.get(survey_id)!;
    sums.set(survey_id, { ...entry, [sex === FEMALE ? "female" : "male"]: figures });
  }
  return sums;
}

/** Every survey year of the organisation, each summed once per version and scope. */
async function sumYears(tenant: TenantDb, scope: PayScope): Promise<YearFigures[]> {
  const surveys = await tenant
    .selectFrom("pay_surveys")
    .select(["pay_surveys.id", "pay_surveys.year", "pay_surveys.version"])
    .orderBy("pay_surveys.year")
    .execute();
  const key = (s: { id: string; version: number }) =>
    `years:${tenant.organisationId}:${s.id}:${s.version}:${scopeKey(scope)}`;
  const missing = surveys.filter((s) => !isRemembered(key(s)));
  if (missing.length > 0) {
    const sums = sumSurveys(
      tenant,
      missing.map((s) => s.id),
      scope,
    );
    for (const s of missing) remember(key(s), () => sums.then((all) => all.get(s.id)!));
  }
  return Promise.all(
    surveys.map(async (s) => ({
      year: s.year,
      ...(await remember(key(s), () =>
        sumSurveys(tenant, [s.id], scope).then((all) => all.get(s.id)!),
      )),
    })),
  );
}

/** The survey's personnel statistics as the caller may see them. */
export async function loadStatistics(
  tenant: TenantDb,
  survey: Survey,
  scope: PayScope,
): Promise<PersonnelStatistics> {
  const groups = await remember(
    `groups:${tenant.organisationId}:${survey.id}:${survey.version}:${scopeKey(scope)}`,
    () => countGroups(tenant, survey.id, scope),
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
    await countGroups(tenant, survey.id, scope),
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

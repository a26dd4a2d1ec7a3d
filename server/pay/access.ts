import type { FastifyRequest } from "fastify";
import { sql } from "kysely";
import { payScopeIsUnits } from "../../core/platform/policies.ts";
import type { Db } from "../platform/db/database.ts";
import type { TenantDb } from "../platform/db/tenant.ts";
import { notFound } from "../platform/http/problem.ts";

/**
 * Whose pay a request may see. `unitIds` null means the whole organisation; a manager gets
 * the units they lead and every unit below them, and employees whose unit in the payroll
 * export matched none of those are not theirs.
 */
export interface PayScope {
  unitIds: string[] | null;
  /** Individual pay (admin, HR, designated union representatives); otherwise aggregates only. */
  individual: boolean;
}

export async function payScope(db: Db, request: FastifyRequest): Promise<PayScope> {
  const membership = request.membership!;
  const individual = membership.permissions.includes("pay.readIndividual");
  if (!payScopeIsUnits(membership.role)) return { unitIds: null, individual };
  if (membership.unitIds.length === 0) return { unitIds: [], individual: false };
  const rows = await sql<{ id: string }>`
    with recursive below (id) as (
      select id from units
      where organisation_id = ${request.tenant.organisationId}
        and id in (${sql.join(membership.unitIds)})
      union
      select units.id from units join below on units.parent_id = below.id
      where units.organisation_id = ${request.tenant.organisationId}
    )
    select id from below
  `.execute(db);
  return { unitIds: rows.rows.map((r) => r.id), individual: false };
}

/** The survey of a year, or 404. */
export async function findSurvey(tenant: TenantDb, year: number) {
  const survey = await tenant
    .selectFrom("pay_surveys")
    .selectAll("pay_surveys")
    .where("pay_surveys.year", "=", year)
    .executeTakeFirst();
  if (!survey) throw notFound();
  return survey;
}

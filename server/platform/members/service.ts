import { sql } from "kysely";
import type { Role } from "../../../core/platform/roles.ts";
import type { Db } from "../db/database.ts";
import { forOrganisation } from "../db/tenant.ts";
import { invalidField } from "../http/problem.ts";

export interface MemberView {
  id: string;
  userId: string;
  name: string;
  email: string;
  role: Role;
  unionName: string | null;
  /** A union representative designated by the union for the pay survey (sees individual pay). */
  paySurveyAccess: boolean;
  unitIds: string[];
}

export async function listMembers(
  db: Db,
  organisationId: string,
  membershipId?: string,
): Promise<MemberView[]> {
  let query = forOrganisation(db, organisationId)
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select([
      "memberships.id",
      "memberships.user_id",
      "memberships.role",
      "memberships.union_name",
      "memberships.pay_survey_access",
      "users.name",
      "users.email",
      sql<
        string[]
      >`coalesce((select array_agg(mu.unit_id order by mu.unit_id) from membership_units mu where mu.membership_id = memberships.id), '{}')`.as(
        "unit_ids",
      ),
    ])
    .orderBy("users.name");
  if (membershipId) query = query.where("memberships.id", "=", membershipId);
  return (await query.execute()).map((r) => ({
    id: r.id,
    userId: r.user_id,
    name: r.name,
    email: r.email,
    role: r.role as Role,
    unionName: r.union_name,
    paySurveyAccess: r.pay_survey_access,
    unitIds: r.unit_ids,
  }));
}

/** Roles that carry extra facts: a union representative's union, a manager's units. */
export async function checkRoleDetails(
  db: Db,
  organisationId: string,
  role: Role,
  unionName: string | null | undefined,
  unitIds: string[] | undefined,
): Promise<{ unionName: string | null; unitIds: string[] }> {
  if (role === "union_rep" && !unionName?.trim())
    throw invalidField("unionName", "field.unionNameRequired");
  const ids = role === "manager" ? [...new Set(unitIds ?? [])] : [];
  if (ids.length > 0) {
    const found = await forOrganisation(db, organisationId)
      .selectFrom("units")
      .select("units.id")
      .where("units.id", "in", ids)
      .execute();
    if (found.length !== ids.length) throw invalidField("unitIds", "field.unitNotFound");
  }
  return { unionName: role === "union_rep" ? (unionName?.trim() ?? null) : null, unitIds: ids };
}

export async function setMemberUnits(
  trx: Db,
  organisationId: string,
  membershipId: string,
  unitIds: string[],
) {
  const tenant = forOrganisation(trx, organisationId);
  await tenant
    .deleteFrom("membership_units")
    .where("membership_units.membership_id", "=", membershipId)
    .execute();
  if (unitIds.length > 0) {
    await tenant
      .insertInto("membership_units")
      .values(
        unitIds.map((unitId) => ({
          membership_id: membershipId,
          organisation_id: organisationId,
          unit_id: unitId,
        })),
      )
      .execute();
  }
}

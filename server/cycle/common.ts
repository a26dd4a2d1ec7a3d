import { z } from "zod";
import { AREAS, GROUNDS } from "../../core/cycle/vocabulary.ts";
import type { TenantDb } from "../platform/db/tenant.ts";
import { AppError, notFound } from "../platform/http/problem.ts";
import { organisationParams } from "../platform/http/schemas.ts";

/** Shared pieces of the yearly cycle's routes. */

export const yearParams = organisationParams.extend({
  year: z.coerce.number().int().min(2000).max(2100),
});

export const areaSchema = z.enum(AREAS);
export const groundSchema = z.enum(GROUNDS);
export const isoDate = z.iso.date({ error: "field.date" });
/** Optional free text: trimmed, empty allowed. */
export const optionalText = (max = 5000) => z.string().trim().max(max);
/** The version the client last saw: a stale one is refused with 409 (no silent overwrite). */
export const versionSchema = z.number().int().min(1);

export const conflict = () => new AppError(409, "problem.conflict");

/** The work year, locked for the rest of the transaction when `lock` is set. */
export async function findWorkYear(tenant: TenantDb, year: number, lock = false) {
  let query = tenant
    .selectFrom("work_years")
    .selectAll("work_years")
    .where("work_years.year", "=", year);
  if (lock) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

/** Refuses a change made on top of a version the client had not seen. */
export function checkVersion(current: number, seen: number) {
  if (current !== seen) throw conflict();
}

/**
 * For values saved one by one (notes, answers): a first save says it saw no version (null),
 * a later one the version it saw. Anything else means someone else saved in between.
 */
export function checkSeenVersion(current: { version: number } | undefined, seen: number | null) {
  if (current ? seen === null || current.version !== seen : seen !== null) throw conflict();
}

/** Names of members by membership id, for showing who is responsible or who commented. */
export async function memberNames(tenant: TenantDb) {
  const rows = await tenant
    .selectFrom("memberships")
    .innerJoin("users", "users.id", "memberships.user_id")
    .select(["memberships.id", "users.name", "users.email", "memberships.role"])
    .execute();
  return new Map(rows.map((row) => [row.id, row]));
}

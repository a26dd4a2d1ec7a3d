import { sql } from "kysely";
import type { Db } from "../db/database.ts";
import { hashToken, newToken } from "./tokens.ts";

export interface SessionUser {
  id: string;
  email: string;
  name: string;
  locale: "sv" | "en";
}

export interface SessionPolicy {
  idleMinutes: number;
  maxHours: number;
}

export async function createSession(
  db: Db,
  userId: string,
  policy: SessionPolicy,
  authMethod: "password" | "oidc" = "password",
): Promise<string> {
  const { token, hash } = newToken();
  await db
    .insertInto("sessions")
    .values({
      token_hash: hash,
      user_id: userId,
      auth_method: authMethod,
      expires_at: new Date(Date.now() + policy.maxHours * 3_600_000),
    })
    .execute();
  return token;
}

export interface SessionMembership {
  id: string;
  role: string;
  unitIds: string[];
  /** A union representative designated for the pay survey (sees individual pay). */
  paySurveyAccess: boolean;
}

/**
 * The user behind a session token, or null when the session is unknown, has been idle too
 * long or has reached its absolute end. Activity is written at most once a minute.
 * With an organisation, the same query also fetches the user's membership there, so an
 * authenticated request costs one database round trip before its handler runs.
 */
export async function resumeSession(
  db: Db,
  token: string,
  policy: SessionPolicy,
  organisationId?: string,
): Promise<{ user: SessionUser; membership: SessionMembership | null } | null> {
  const tokenHash = hashToken(token);
  const row = await db
    .selectFrom("sessions")
    .innerJoin("users", "users.id", "sessions.user_id")
    .leftJoin("memberships", (join) =>
      join
        .onRef("memberships.user_id", "=", "users.id")
        // tenant-checked: joined only for the organisation named in the request; without one,
        // the nil uuid, which no organisation has, makes the join find nothing.
        .on(
          "memberships.organisation_id",
          "=",
          organisationId ?? "00000000-0000-0000-0000-000000000000",
        ),
    )
    .select([
      "users.id",
      "users.email",
      "users.name",
      "users.locale",
      "sessions.last_seen_at",
      "sessions.expires_at",
      "memberships.id as membership_id",
      "memberships.role",
      "memberships.pay_survey_access",
      sql<
        string[]
      >`coalesce((select array_agg(mu.unit_id) from membership_units mu where mu.membership_id = memberships.id), '{}')`.as(
        "unit_ids",
      ),
    ])
    .where("sessions.token_hash", "=", tokenHash)
    .executeTakeFirst();
  if (!row) return null;
  const now = Date.now();
  const idleUntil = row.last_seen_at.getTime() + policy.idleMinutes * 60_000;
  if (now >= idleUntil || now >= row.expires_at.getTime()) {
    await db.deleteFrom("sessions").where("token_hash", "=", tokenHash).execute();
    return null;
  }
  if (now - row.last_seen_at.getTime() > 60_000) {
    await db
      .updateTable("sessions")
      .set({ last_seen_at: new Date(now) })
      .where("token_hash", "=", tokenHash)
      .execute();
  }
  return {
    user: {
      id: row.id,
      email: row.email,
      name: row.name,
      locale: row.locale === "en" ? "en" : "sv",
    },
    membership:
      row.membership_id && row.role
        ? {
            id: row.membership_id,
            role: row.role,
            unitIds: row.unit_ids,
            paySurveyAccess: row.pay_survey_access === true,
          }
        : null,
  };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.deleteFrom("sessions").where("token_hash", "=", hashToken(token)).execute();
}

export async function endAllSessionsOf(db: Db, userId: string): Promise<void> {
  await db.deleteFrom("sessions").where("user_id", "=", userId).execute();
}

import { sql } from "kysely";
import type { Db } from "../db/database.ts";

/** Failed sign-ins allowed within the window before the account is held back. */
export const FREE_ATTEMPTS = 5;
const WINDOW_MINUTES = 15;

/**
 * Back-off per e-mail address, kept in the database so it holds across server instances:
 * after five failures within 15 minutes each further failure doubles the wait (1, 2, 4 …
 * minutes, at most 15). Returns the minutes left to wait, or 0.
 */
export async function minutesToWait(db: Db, email: string, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MINUTES * 60_000);
  const row = await db
    .selectFrom("sign_in_attempts")
    .select([sql<string>`count(*)`.as("failures"), sql<Date | null>`max(at)`.as("last")])
    .where(sql`lower(email)`, "=", email.toLowerCase())
    .where("succeeded", "=", false)
    .where("at", ">", since)
    .where("at", ">", (eb) =>
      eb
        .selectFrom("sign_in_attempts as s")
        .select(sql<Date>`coalesce(max(s.at), '-infinity'::timestamptz)`.as("at"))
        .where(sql`lower(s.email)`, "=", email.toLowerCase())
        .where("s.succeeded", "=", true),
    )
    .executeTakeFirstOrThrow();
  const failures = Number(row.failures);
  if (failures < FREE_ATTEMPTS || !row.last) return 0;
  const waitMinutes = Math.min(WINDOW_MINUTES, 2 ** (failures - FREE_ATTEMPTS));
  const until = new Date(row.last).getTime() + waitMinutes * 60_000;
  return Math.max(0, Math.ceil((until - now.getTime()) / 60_000));
}

export async function recordAttempt(
  db: Db,
  email: string,
  ip: string,
  succeeded: boolean,
): Promise<void> {
  await db
    .insertInto("sign_in_attempts")
    .values({ email: email.toLowerCase(), ip, succeeded })
    .execute();
}

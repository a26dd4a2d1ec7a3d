import { z } from "zod";
import type { TenantDb } from "../platform/db/tenant.ts";
import { roomLibrary } from "./content.ts";

/**
 * Where a draft risk or measure came from when a learning session made it: the room (named
 * in both languages, as the plan is read in either), the day and the group. Shown in the
 * plan with a link back to the session's summary.
 */
export const learningSourceSchema = z
  .object({
    sessionId: z.string(),
    roomId: z.string(),
    roomTitle: z.object({ sv: z.string(), en: z.string() }).nullable(),
    startedAt: z.string(),
    groupName: z.string(),
    unitName: z.string().nullable(),
  })
  .nullable();
export type LearningSource = z.infer<typeof learningSourceSchema>;

export async function learningSources(
  tenant: TenantDb,
  sessionIds: readonly (string | null)[],
): Promise<Map<string, NonNullable<LearningSource>>> {
  const ids = [...new Set(sessionIds.filter((id): id is string => id !== null))];
  if (ids.length === 0) return new Map();
  const rows = await tenant
    .selectFrom("learning_sessions")
    .leftJoin("units", "units.id", "learning_sessions.unit_id")
    .select([
      "learning_sessions.id",
      "learning_sessions.room_id",
      "learning_sessions.started_at",
      "learning_sessions.group_name",
      "units.name as unit_name",
    ])
    .where("learning_sessions.id", "in", ids)
    .execute();
  return new Map(
    rows.map((row) => {
      const files = roomLibrary().get(row.room_id);
      return [
        row.id,
        {
          sessionId: row.id,
          roomId: row.room_id,
          roomTitle: files ? { sv: files.sv.title, en: files.en.title } : null,
          startedAt: row.started_at.toISOString(),
          groupName: row.group_name,
          unitName: row.unit_name,
        },
      ];
    }),
  );
}

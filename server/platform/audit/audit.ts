import type { Db } from "../db/database.ts";

/** "view" records that someone looked at individual pay (DL 3:12 access is logged). */
export type AuditAction = "create" | "update" | "delete" | "view";

export interface AuditEntry {
  organisationId: string | null;
  actorUserId: string | null;
  action: AuditAction;
  entityType: string;
  entityId: string;
  before?: unknown;
  after?: unknown;
}

/**
 * Appends one event to the audit trail. Call it with the transaction that makes the change,
 * so the change and its record commit or fail together. The table refuses updates and deletes.
 */
export async function recordAudit(trx: Db, entry: AuditEntry): Promise<void> {
  await trx
    .insertInto("audit_events")
    .values({
      organisation_id: entry.organisationId,
      actor_user_id: entry.actorUserId,
      action: entry.action,
      entity_type: entry.entityType,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
    })
    .execute();
}

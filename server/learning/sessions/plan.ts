import type { z } from "zod";
import { loadMeasures } from "../../cycle/measures/service.ts";
import { loadRisks } from "../../cycle/risks/routes.ts";
import { scheduleColumns } from "../../cycle/years/service.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import type { Db } from "../../platform/db/database.ts";
import type { TenantDb } from "../../platform/db/tenant.ts";
import type { Membership } from "../../platform/http/access.ts";
import { AppError, invalidField } from "../../platform/http/problem.ts";
import type { planItemBody } from "../schemas.ts";
import { currentYear, type SessionRow } from "../service.ts";

/**
 * A note from a session becomes a draft in this year's plan: a risk the group saw, or a
 * measure it proposed. The draft keeps the session and note as its source, so the plan can
 * say where it came from and the session can show what became of its notes.
 */
export async function draftIntoPlan(
  trx: Db,
  tenant: TenantDb,
  input: {
    session: SessionRow;
    note: { id: string; text: string };
    body: z.infer<typeof planItemBody>;
    userId: string;
    membership: Membership;
  },
) {
  const { session, note, body, userId } = input;
  const year = currentYear();
  const workYear = await tenant
    .selectFrom("work_years")
    .select(["work_years.id", "work_years.documentation_completed_at"])
    .where("work_years.year", "=", year)
    .forUpdate()
    .executeTakeFirst();
  if (!workYear) throw new AppError(409, "learning.yearNotStarted", { year });
  if (workYear.documentation_completed_at) throw new AppError(409, "learning.yearClosed", { year });
  const description = body.description || note.text;
  const source = { learning_session_id: session.id, learning_note_id: note.id };

  if (body.kind === "risk") {
    const row = await tenant
      .insertInto("risks")
      .values({
        organisation_id: tenant.organisationId,
        work_year_id: workYear.id,
        title: body.title,
        description,
        areas: [body.area],
        source: "learning_session",
        created_by: userId,
        ...source,
      })
      .returning("id")
      .executeTakeFirstOrThrow();
    const [risk] = await loadRisks(tenant, { riskId: row.id });
    await recordAudit(trx, {
      organisationId: tenant.organisationId,
      actorUserId: userId,
      action: "create",
      entityType: "risk",
      entityId: row.id,
      after: risk,
    });
    return { kind: "risk" as const, id: row.id, year, title: body.title };
  }

  // 3 kap. 3 §: a measure has someone responsible and a time plan.
  if (!body.responsibleTitle) throw invalidField("responsibleTitle", "field.responsibleRequired");
  const row = await tenant
    .insertInto("measures")
    .values({
      organisation_id: tenant.organisationId,
      work_year_id: workYear.id,
      area: body.area,
      title: body.title,
      description,
      responsible_title: body.responsibleTitle,
      ...scheduleColumns({ kind: "date", dueOn: body.dueOn ?? `${year}-12-31` }),
      status: "planned",
      created_by: userId,
      ...source,
    })
    .returning("id")
    .executeTakeFirstOrThrow();
  const [measure] = await loadMeasures(tenant, input.membership, { measureId: row.id });
  const { canEdit: _e, commentCount: _c, ...audited } = measure!;
  await recordAudit(trx, {
    organisationId: tenant.organisationId,
    actorUserId: userId,
    action: "create",
    entityType: "measure",
    entityId: row.id,
    after: audited,
  });
  return { kind: "measure" as const, id: row.id, year, title: body.title };
}

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../audit/audit.ts";
import { forOrganisation, type TenantDb } from "../db/tenant.ts";
import { AppError, invalidField, notFound } from "../http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../http/schemas.ts";

const unitSchema = z
  .object({ id: z.string(), name: z.string(), parentId: z.string().nullable() })
  .meta({ id: "Unit" });
const unitParams = organisationParams.extend({ unitId: uuidSchema });

function present(row: { id: string; name: string; parent_id: string | null }) {
  return { id: row.id, name: row.name, parentId: row.parent_id };
}

/** The unit, locked for the rest of the transaction; not found if it is not the organisation's. */
async function lockUnit(tenant: TenantDb, unitId: string) {
  const unit = await tenant
    .selectFrom("units")
    .select(["units.id", "units.name", "units.parent_id"])
    .where("units.id", "=", unitId)
    .forUpdate()
    .executeTakeFirst();
  if (!unit) throw notFound();
  return unit;
}

/** Refuses a parent outside the organisation, or one that would put a unit under itself. */
async function checkParent(tenant: TenantDb, unitId: string | null, parentId: string) {
  const units = await tenant.selectFrom("units").select(["units.id", "units.parent_id"]).execute();
  const parentOf = new Map(units.map((u) => [u.id, u.parent_id]));
  if (!parentOf.has(parentId)) throw invalidField("parentId", "field.unitNotFound");
  for (let at: string | null | undefined = parentId; at; at = parentOf.get(at)) {
    if (at === unitId) throw invalidField("parentId", "field.unitCycle");
  }
}

/** The organisation's units, as a tree (each unit names its parent). */
export const unitRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const manage = { scope: "organisation", permission: "units.manage" } as const;

  app.get(
    "/organisations/:organisationId/units",
    {
      config: { access: { scope: "organisation", permission: "units.read" } },
      schema: {
        operationId: "listUnits",
        tags: ["platform"],
        params: organisationParams,
        response: { 200: z.array(unitSchema), ...problems },
      },
    },
    async (request) =>
      (
        await request.tenant
          .selectFrom("units")
          .select(["units.id", "units.name", "units.parent_id"])
          .orderBy("units.name")
          .execute()
      ).map(present),
  );

  app.post(
    "/organisations/:organisationId/units",
    {
      config: { access: manage },
      schema: {
        operationId: "createUnit",
        tags: ["platform"],
        params: organisationParams,
        body: z.object({ name: requiredText(), parentId: uuidSchema.nullable().optional() }),
        response: { 201: unitSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const parentId = request.body.parentId ?? null;
      const unit = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        if (parentId) await checkParent(tenant, null, parentId);
        const row = await tenant
          .insertInto("units")
          .values({ organisation_id: organisationId, name: request.body.name, parent_id: parentId })
          .returning(["id", "name", "parent_id"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "unit",
          entityId: row.id,
          after: present(row),
        });
        return row;
      });
      return reply.code(201).send(present(unit));
    },
  );

  app.patch(
    "/organisations/:organisationId/units/:unitId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateUnit",
        tags: ["platform"],
        params: unitParams,
        body: z.object({
          name: requiredText().optional(),
          parentId: uuidSchema.nullable().optional(),
        }),
        response: { 200: unitSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, unitId } = request.params;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockUnit(tenant, unitId);
        const { name, parentId } = request.body;
        if (parentId) await checkParent(tenant, unitId, parentId);
        const after = await tenant
          .updateTable("units")
          .set({
            ...(name !== undefined ? { name } : {}),
            ...(parentId !== undefined ? { parent_id: parentId } : {}),
          })
          .where("units.id", "=", unitId)
          .returning(["id", "name", "parent_id"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "unit",
          entityId: unitId,
          before: present(before),
          after: present(after),
        });
        return present(after);
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/units/:unitId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteUnit",
        tags: ["platform"],
        params: unitParams,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, unitId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockUnit(tenant, unitId);
        const child = await tenant
          .selectFrom("units")
          .select("units.id")
          .where("units.parent_id", "=", unitId)
          .executeTakeFirst();
        if (child) throw new AppError(409, "units.hasChildren");
        await tenant.deleteFrom("units").where("units.id", "=", unitId).execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "unit",
          entityId: unitId,
          before: present(before),
        });
      });
      return reply.code(204).send(null);
    },
  );
};

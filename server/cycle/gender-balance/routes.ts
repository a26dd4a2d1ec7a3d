import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { GENDER_BALANCE_DIMENSIONS } from "../../../core/cycle/vocabulary.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import { notFound } from "../../platform/http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import { checkVersion, findWorkYear, versionSchema, yearParams } from "../common.ts";

/** DL 3:7: an even distribution is usually read as 40–60 % of each sex. */
export const EVEN_INTERVAL = { min: 40, max: 60 } as const;

const groupSchema = z
  .object({
    id: z.string(),
    year: z.number(),
    dimension: z.enum(GENDER_BALANCE_DIMENSIONS),
    label: z.string(),
    women: z.number(),
    men: z.number(),
    /** Share of women in per cent, one decimal; null for an empty group. */
    shareWomen: z.number().nullable(),
    balanced: z.boolean().nullable(),
    source: z.string(),
    measureIds: z.array(z.string()),
    version: z.number(),
  })
  .meta({ id: "GenderBalanceGroup" });

const count = z.number().int().min(0).max(1_000_000);
const createBody = z.object({
  dimension: z.enum(GENDER_BALANCE_DIMENSIONS),
  label: requiredText(),
  women: count,
  men: count,
});
const updateBody = createBody.partial().extend({ version: versionSchema });
const params = organisationParams.extend({ groupId: uuidSchema });

export async function loadGenderBalance(
  tenant: TenantDb,
  where: { workYearId?: string; groupId?: string },
) {
  let query = tenant
    .selectFrom("gender_balance_groups")
    .innerJoin("work_years", "work_years.id", "gender_balance_groups.work_year_id")
    .selectAll("gender_balance_groups")
    .select("work_years.year")
    .orderBy("gender_balance_groups.dimension")
    .orderBy("gender_balance_groups.label");
  if (where.workYearId)
    query = query.where("gender_balance_groups.work_year_id", "=", where.workYearId);
  if (where.groupId) query = query.where("gender_balance_groups.id", "=", where.groupId);
  const rows = await query.execute();
  const measures = rows.length
    ? await tenant
        .selectFrom("measures")
        .select(["measures.id", "measures.gender_balance_group_id"])
        .where(
          "measures.gender_balance_group_id",
          "in",
          rows.map((r) => r.id),
        )
        .execute()
    : [];
  return rows.map((row) => {
    const total = row.women + row.men;
    const shareWomen = total === 0 ? null : Math.round((row.women / total) * 1000) / 10;
    return {
      id: row.id,
      year: row.year,
      dimension: row.dimension as (typeof GENDER_BALANCE_DIMENSIONS)[number],
      label: row.label,
      women: row.women,
      men: row.men,
      shareWomen,
      balanced:
        shareWomen === null
          ? null
          : shareWomen >= EVEN_INTERVAL.min && shareWomen <= EVEN_INTERVAL.max,
      source: row.source,
      measureIds: measures.filter((m) => m.gender_balance_group_id === row.id).map((m) => m.id),
      version: row.version,
    };
  });
}

async function lockGroup(tenant: TenantDb, groupId: string) {
  const row = await tenant
    .selectFrom("gender_balance_groups")
    .select(["gender_balance_groups.id", "gender_balance_groups.version"])
    .where("gender_balance_groups.id", "=", groupId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  const [full] = await loadGenderBalance(tenant, { groupId });
  return { ...row, full: full! };
}

/**
 * § 7 gender balance: women and men per type of work, employee category and management level,
 * entered by hand (personnel statistics will fill it when that module exists).
 */
export const genderBalanceRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  app.get(
    "/organisations/:organisationId/years/:year/gender-balance",
    {
      config: { access: { scope: "organisation", permission: "cycle.read" } },
      schema: {
        operationId: "listGenderBalanceGroups",
        tags: ["cycle"],
        params: yearParams,
        response: { 200: z.array(groupSchema), ...problems },
      },
    },
    async (request) => {
      const workYear = await findWorkYear(request.tenant, request.params.year);
      return loadGenderBalance(request.tenant, { workYearId: workYear.id });
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/gender-balance",
    {
      config: { access: manage },
      schema: {
        operationId: "createGenderBalanceGroup",
        tags: ["cycle"],
        params: yearParams,
        body: createBody,
        response: { 201: groupSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      const group = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        const created = await tenant
          .insertInto("gender_balance_groups")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            dimension: body.dimension,
            label: body.label,
            women: body.women,
            men: body.men,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        const [group] = await loadGenderBalance(tenant, { groupId: created.id });
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "gender_balance_group",
          entityId: created.id,
          after: group,
        });
        return group!;
      });
      return reply.code(201).send(group);
    },
  );

  app.patch(
    "/organisations/:organisationId/gender-balance/:groupId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateGenderBalanceGroup",
        tags: ["cycle"],
        params,
        body: updateBody,
        response: { 200: groupSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, groupId } = request.params;
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockGroup(tenant, groupId);
        checkVersion(before.version, body.version);
        await tenant
          .updateTable("gender_balance_groups")
          .set({
            ...(body.dimension !== undefined ? { dimension: body.dimension } : {}),
            ...(body.label !== undefined ? { label: body.label } : {}),
            ...(body.women !== undefined ? { women: body.women } : {}),
            ...(body.men !== undefined ? { men: body.men } : {}),
            version: before.version + 1,
            updated_at: new Date(),
          })
          .where("gender_balance_groups.id", "=", groupId)
          .execute();
        const [after] = await loadGenderBalance(tenant, { groupId });
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "gender_balance_group",
          entityId: groupId,
          before: before.full,
          after,
        });
        return after!;
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/gender-balance/:groupId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteGenderBalanceGroup",
        tags: ["cycle"],
        params,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, groupId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockGroup(tenant, groupId);
        await tenant
          .deleteFrom("gender_balance_groups")
          .where("gender_balance_groups.id", "=", groupId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "gender_balance_group",
          entityId: groupId,
          before: before.full,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

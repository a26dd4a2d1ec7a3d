import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { RISK_SOURCES, RISK_STATUSES } from "../../../core/cycle/vocabulary.ts";
import { learningSourceSchema, learningSources } from "../../learning/source.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import { invalidField, notFound } from "../../platform/http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import {
  areaSchema,
  checkVersion,
  findWorkYear,
  groundSchema,
  optionalText,
  versionSchema,
  yearParams,
} from "../common.ts";

const riskSchema = z
  .object({
    id: z.string(),
    year: z.number(),
    title: z.string(),
    description: z.string(),
    areas: z.array(z.string()),
    grounds: z.array(z.string()),
    unitIds: z.array(z.string()),
    source: z.enum(RISK_SOURCES),
    investigationId: z.string().nullable(),
    causes: z.string(),
    status: z.enum(RISK_STATUSES),
    measureIds: z.array(z.string()),
    learningSource: learningSourceSchema,
    version: z.number(),
  })
  .meta({ id: "Risk" });

/** A risk of discrimination or reprisals, or another obstacle (3 kap. 2 § 1–2), and its causes. */
const fields = {
  title: requiredText(),
  description: optionalText().default(""),
  areas: z.array(areaSchema).min(1, { error: "field.required" }),
  grounds: z.array(groundSchema).default([]),
  unitIds: z.array(uuidSchema).default([]),
  source: z.enum(RISK_SOURCES),
  investigationId: uuidSchema.nullable().default(null),
  causes: optionalText().default(""),
  status: z.enum(RISK_STATUSES).default("identified"),
};
const createBody = z.object(fields);
const updateBody = z.object({
  version: versionSchema,
  title: fields.title.optional(),
  description: optionalText().optional(),
  areas: fields.areas.optional(),
  grounds: z.array(groundSchema).optional(),
  unitIds: z.array(uuidSchema).optional(),
  source: fields.source.optional(),
  investigationId: uuidSchema.nullable().optional(),
  causes: optionalText().optional(),
  status: z.enum(RISK_STATUSES).optional(),
});
const params = organisationParams.extend({ riskId: uuidSchema });

/** The organisation's risks of some years, with their units and the measures that answer them. */
export async function loadRisks(tenant: TenantDb, where: { workYearId?: string; riskId?: string }) {
  let query = tenant
    .selectFrom("risks")
    .innerJoin("work_years", "work_years.id", "risks.work_year_id")
    .selectAll("risks")
    .select("work_years.year")
    .orderBy("risks.created_at");
  if (where.workYearId) query = query.where("risks.work_year_id", "=", where.workYearId);
  if (where.riskId) query = query.where("risks.id", "=", where.riskId);
  const rows = await query.execute();
  const ids = rows.map((r) => r.id);
  const [units, measures, sources] = ids.length
    ? await Promise.all([
        tenant
          .selectFrom("risk_units")
          .selectAll("risk_units")
          .where("risk_units.risk_id", "in", ids)
          .execute(),
        tenant
          .selectFrom("measure_risks")
          .selectAll("measure_risks")
          .where("measure_risks.risk_id", "in", ids)
          .execute(),
        learningSources(
          tenant,
          rows.map((r) => r.learning_session_id),
        ),
      ])
    : [[], [], new Map()];
  return rows.map((row) => ({
    id: row.id,
    year: row.year,
    title: row.title,
    description: row.description,
    areas: row.areas,
    grounds: row.grounds,
    unitIds: units.filter((u) => u.risk_id === row.id).map((u) => u.unit_id),
    source: row.source as (typeof RISK_SOURCES)[number],
    investigationId: row.investigation_id,
    causes: row.causes,
    status: row.status as (typeof RISK_STATUSES)[number],
    measureIds: measures.filter((m) => m.risk_id === row.id).map((m) => m.measure_id),
    learningSource: row.learning_session_id ? (sources.get(row.learning_session_id) ?? null) : null,
    version: row.version,
  }));
}

async function checkReferences(
  tenant: TenantDb,
  workYearId: string,
  body: { unitIds?: string[]; investigationId?: string | null },
) {
  if (body.unitIds?.length) {
    const known = new Set(
      (await tenant.selectFrom("units").select("units.id").execute()).map((u) => u.id),
    );
    const unknown = body.unitIds.findIndex((id) => !known.has(id));
    if (unknown >= 0) throw invalidField(`unitIds.${unknown}`, "field.unitNotFound");
  }
  if (body.investigationId) {
    const found = await tenant
      .selectFrom("investigations")
      .select("investigations.id")
      .where("investigations.id", "=", body.investigationId)
      .where("investigations.work_year_id", "=", workYearId)
      .executeTakeFirst();
    if (!found) throw invalidField("investigationId", "field.investigationNotFound");
  }
}

async function setUnits(
  tenant: TenantDb,
  organisationId: string,
  riskId: string,
  unitIds: string[],
) {
  await tenant.deleteFrom("risk_units").where("risk_units.risk_id", "=", riskId).execute();
  if (unitIds.length)
    await tenant
      .insertInto("risk_units")
      .values(
        [...new Set(unitIds)].map((unit_id) => ({
          risk_id: riskId,
          organisation_id: organisationId,
          unit_id,
        })),
      )
      .execute();
}

async function lockRisk(tenant: TenantDb, riskId: string) {
  const row = await tenant
    .selectFrom("risks")
    .select(["risks.id", "risks.version", "risks.work_year_id"])
    .where("risks.id", "=", riskId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  const [full] = await loadRisks(tenant, { riskId });
  return { ...row, full: full! };
}

export const riskRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  app.get(
    "/organisations/:organisationId/years/:year/risks",
    {
      config: { access: { scope: "organisation", permission: "cycle.read" } },
      schema: {
        operationId: "listRisks",
        tags: ["cycle"],
        params: yearParams,
        response: { 200: z.array(riskSchema), ...problems },
      },
    },
    async (request) => {
      const workYear = await findWorkYear(request.tenant, request.params.year);
      return loadRisks(request.tenant, { workYearId: workYear.id });
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/risks",
    {
      config: { access: manage },
      schema: {
        operationId: "createRisk",
        tags: ["cycle"],
        params: yearParams,
        body: createBody,
        response: { 201: riskSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      const risk = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        await checkReferences(tenant, workYear.id, body);
        const created = await tenant
          .insertInto("risks")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            title: body.title,
            description: body.description,
            areas: body.areas,
            grounds: body.grounds,
            source: body.source,
            investigation_id: body.investigationId,
            causes: body.causes,
            status: body.status,
            created_by: request.user!.id,
          })
          .returning("id")
          .executeTakeFirstOrThrow();
        await setUnits(tenant, organisationId, created.id, body.unitIds);
        const [risk] = await loadRisks(tenant, { riskId: created.id });
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "risk",
          entityId: created.id,
          after: risk,
        });
        return risk!;
      });
      return reply.code(201).send(risk);
    },
  );

  app.patch(
    "/organisations/:organisationId/risks/:riskId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateRisk",
        tags: ["cycle"],
        params,
        body: updateBody,
        response: { 200: riskSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, riskId } = request.params;
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockRisk(tenant, riskId);
        checkVersion(before.version, body.version);
        await checkReferences(tenant, before.work_year_id, body);
        await tenant
          .updateTable("risks")
          .set({
            ...(body.title !== undefined ? { title: body.title } : {}),
            ...(body.description !== undefined ? { description: body.description } : {}),
            ...(body.areas !== undefined ? { areas: body.areas } : {}),
            ...(body.grounds !== undefined ? { grounds: body.grounds } : {}),
            ...(body.source !== undefined ? { source: body.source } : {}),
            ...(body.investigationId !== undefined
              ? { investigation_id: body.investigationId }
              : {}),
            ...(body.causes !== undefined ? { causes: body.causes } : {}),
            ...(body.status !== undefined ? { status: body.status } : {}),
            version: before.version + 1,
            updated_at: new Date(),
          })
          .where("risks.id", "=", riskId)
          .execute();
        if (body.unitIds !== undefined)
          await setUnits(tenant, organisationId, riskId, body.unitIds);
        const [after] = await loadRisks(tenant, { riskId });
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "risk",
          entityId: riskId,
          before: before.full,
          after,
        });
        return after!;
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/risks/:riskId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteRisk",
        tags: ["cycle"],
        summary: "Deletes a risk; measures that answered it stay",
        params,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, riskId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockRisk(tenant, riskId);
        await tenant.deleteFrom("risks").where("risks.id", "=", riskId).execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "risk",
          entityId: riskId,
          before: before.full,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

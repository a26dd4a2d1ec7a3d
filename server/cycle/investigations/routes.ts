import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import type { Selectable } from "kysely";
import { z } from "zod";
import { INVESTIGATION_METHODS } from "../../../core/cycle/vocabulary.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import type { InvestigationsTable } from "../../platform/db/types.ts";
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
  isoDate,
  optionalText,
  versionSchema,
  yearParams,
} from "../common.ts";

const investigationSchema = z
  .object({
    id: z.string(),
    year: z.number(),
    title: z.string(),
    method: z.enum(INVESTIGATION_METHODS),
    methodOther: z.string().nullable(),
    heldOn: z.string(),
    participants: z.string(),
    areas: z.array(z.string()),
    findings: z.string(),
    version: z.number(),
  })
  .meta({ id: "Investigation" });

/**
 * What was investigated and how (3 kap. 2 § 1). Findings are about conditions at group level;
 * the form says so, and no field asks for anything about a person's grounds.
 */
const fields = {
  title: requiredText(),
  method: z.enum(INVESTIGATION_METHODS),
  methodOther: optionalText(200).nullable().optional(),
  heldOn: isoDate,
  participants: optionalText(2000).default(""),
  areas: z.array(areaSchema).default([]),
  findings: optionalText(10000).default(""),
};
const createBody = z.object(fields);
const updateBody = z.object({ version: versionSchema }).extend(createBody.partial().shape);
const params = organisationParams.extend({ investigationId: uuidSchema });

function present(row: Selectable<InvestigationsTable>, year: number) {
  return {
    id: row.id,
    year,
    title: row.title,
    method: row.method as (typeof INVESTIGATION_METHODS)[number],
    methodOther: row.method_other,
    heldOn: row.held_on,
    participants: row.participants,
    areas: row.areas,
    findings: row.findings,
    version: row.version,
  };
}

function checkMethod(method: string, methodOther: string | null | undefined) {
  if (method === "other" && !(methodOther ?? "").trim())
    throw invalidField("methodOther", "field.otherNameRequired");
}

async function lockInvestigation(tenant: TenantDb, id: string) {
  const row = await tenant
    .selectFrom("investigations")
    .innerJoin("work_years", "work_years.id", "investigations.work_year_id")
    .selectAll("investigations")
    .select("work_years.year")
    .where("investigations.id", "=", id)
    .forUpdate("investigations")
    .executeTakeFirst();
  if (!row) throw notFound();
  return row;
}

export const investigationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  app.get(
    "/organisations/:organisationId/years/:year/investigations",
    {
      config: { access: { scope: "organisation", permission: "cycle.read" } },
      schema: {
        operationId: "listInvestigations",
        tags: ["cycle"],
        params: yearParams,
        response: { 200: z.array(investigationSchema), ...problems },
      },
    },
    async (request) => {
      const workYear = await findWorkYear(request.tenant, request.params.year);
      const rows = await request.tenant
        .selectFrom("investigations")
        .selectAll("investigations")
        .where("investigations.work_year_id", "=", workYear.id)
        .orderBy("investigations.held_on")
        .execute();
      return rows.map((row) => present(row, workYear.year));
    },
  );

  app.post(
    "/organisations/:organisationId/years/:year/investigations",
    {
      config: { access: manage },
      schema: {
        operationId: "createInvestigation",
        tags: ["cycle"],
        params: yearParams,
        body: createBody,
        response: { 201: investigationSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, year } = request.params;
      const body = request.body;
      checkMethod(body.method, body.methodOther);
      const row = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const workYear = await findWorkYear(tenant, year);
        const created = await tenant
          .insertInto("investigations")
          .values({
            organisation_id: organisationId,
            work_year_id: workYear.id,
            title: body.title,
            method: body.method,
            method_other: body.method === "other" ? (body.methodOther ?? null) : null,
            held_on: body.heldOn,
            participants: body.participants,
            areas: body.areas,
            findings: body.findings,
            created_by: request.user!.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "investigation",
          entityId: created.id,
          after: present(created, year),
        });
        return created;
      });
      return reply.code(201).send(present(row, year));
    },
  );

  app.patch(
    "/organisations/:organisationId/investigations/:investigationId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateInvestigation",
        tags: ["cycle"],
        params,
        body: updateBody,
        response: { 200: investigationSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, investigationId } = request.params;
      const body = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockInvestigation(tenant, investigationId);
        checkVersion(before.version, body.version);
        const method = body.method ?? before.method;
        const methodOther = body.methodOther !== undefined ? body.methodOther : before.method_other;
        checkMethod(method, methodOther);
        const after = await tenant
          .updateTable("investigations")
          .set({
            ...(body.title !== undefined ? { title: body.title } : {}),
            method,
            method_other: method === "other" ? methodOther : null,
            ...(body.heldOn !== undefined ? { held_on: body.heldOn } : {}),
            ...(body.participants !== undefined ? { participants: body.participants } : {}),
            ...(body.areas !== undefined ? { areas: body.areas } : {}),
            ...(body.findings !== undefined ? { findings: body.findings } : {}),
            version: before.version + 1,
            updated_at: new Date(),
          })
          .where("investigations.id", "=", investigationId)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "investigation",
          entityId: investigationId,
          before: present(before, before.year),
          after: present(after, before.year),
        });
        return present(after, before.year);
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/investigations/:investigationId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteInvestigation",
        tags: ["cycle"],
        summary: "Deletes an investigation; risks found in it stay, without the link",
        params,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, investigationId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const before = await lockInvestigation(tenant, investigationId);
        await tenant
          .updateTable("risks")
          .set({ investigation_id: null })
          .where("risks.investigation_id", "=", investigationId)
          .execute();
        await tenant
          .deleteFrom("investigations")
          .where("investigations.id", "=", investigationId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "investigation",
          entityId: investigationId,
          before: present(before, before.year),
        });
      });
      return reply.code(204).send(null);
    },
  );
};

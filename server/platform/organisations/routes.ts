import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { documentationDuty } from "../../../core/platform/documentation-duty.ts";
import { ACTIONS, type Action, permissionsOf } from "../../../core/platform/policies.ts";
import type { Role } from "../../../core/platform/roles.ts";
import { recordAudit } from "../audit/audit.ts";
import type { Db } from "../db/database.ts";
import { forOrganisation } from "../db/tenant.ts";
import { invalidField } from "../http/problem.ts";
import {
  organisationParams,
  orgNumberSchema,
  problems,
  requiredText,
  roleSchema,
  sectorSchema,
} from "../http/schemas.ts";

const organisationSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    orgNumber: z.string(),
    sector: sectorSchema,
    headcounts: z.array(z.object({ year: z.number().int(), headcount: z.number().int() })),
    documentationDuty: z.object({
      year: z.number().int(),
      headcount: z.number().int().nullable(),
      duty: z.enum(["none", "pay_survey", "full", "unknown"]),
    }),
    myRole: roleSchema,
    myMembershipId: z.string(),
    permissions: z.array(z.enum(ACTIONS)),
  })
  .meta({ id: "Organisation" });

async function presentOrganisation(
  db: Db,
  organisationId: string,
  me: { id: string; role: Role; permissions?: Action[] },
  year = new Date().getFullYear(),
) {
  const org = await db
    .selectFrom("organisations")
    .selectAll()
    .where("id", "=", organisationId)
    .executeTakeFirstOrThrow();
  const headcounts = await forOrganisation(db, organisationId)
    .selectFrom("organisation_headcounts")
    .select(["year", "headcount"])
    .orderBy("year", "desc")
    .execute();
  const thisYear = headcounts.find((h) => h.year === year)?.headcount ?? null;
  return {
    id: org.id,
    name: org.name,
    orgNumber: org.org_number,
    sector: sectorSchema.parse(org.sector),
    headcounts,
    documentationDuty: { year, headcount: thisYear, duty: documentationDuty(thisYear) },
    myRole: me.role,
    myMembershipId: me.id,
    permissions: me.permissions ?? permissionsOf(me.role),
  };
}

async function orgNumberTaken(db: Db, orgNumber: string, exceptId?: string) {
  let query = db.selectFrom("organisations").select("id").where("org_number", "=", orgNumber);
  if (exceptId) query = query.where("id", "!=", exceptId);
  return (await query.executeTakeFirst()) !== undefined;
}

export const organisationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.post(
    "/organisations",
    {
      config: { access: { scope: "user" } },
      schema: {
        operationId: "createOrganisation",
        tags: ["platform"],
        summary: "Creates an organisation with the signed-in person as its administrator",
        body: z.object({ name: requiredText(), orgNumber: orgNumberSchema, sector: sectorSchema }),
        response: { 201: organisationSchema, ...problems },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const { name, orgNumber, sector } = request.body;
      if (await orgNumberTaken(db, orgNumber))
        throw invalidField("orgNumber", "field.orgNumber.taken");
      const created = await db.transaction().execute(async (trx) => {
        const org = await trx
          .insertInto("organisations")
          .values({ name, org_number: orgNumber, sector })
          .returning(["id", "name", "org_number as orgNumber", "sector"])
          .executeTakeFirstOrThrow();
        const membership = await trx
          .insertInto("memberships")
          .values({ organisation_id: org.id, user_id: user.id, role: "admin" })
          .returning(["id", "role"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId: org.id,
          actorUserId: user.id,
          action: "create",
          entityType: "organisation",
          entityId: org.id,
          after: org,
        });
        await recordAudit(trx, {
          organisationId: org.id,
          actorUserId: user.id,
          action: "create",
          entityType: "membership",
          entityId: membership.id,
          after: { userId: user.id, role: "admin" },
        });
        return { organisationId: org.id, membershipId: membership.id };
      });
      return reply.code(201).send(
        await presentOrganisation(db, created.organisationId, {
          id: created.membershipId,
          role: "admin",
        }),
      );
    },
  );

  app.get(
    "/organisations/:organisationId",
    {
      config: { access: { scope: "organisation", permission: "organisation.read" } },
      schema: {
        operationId: "getOrganisation",
        tags: ["platform"],
        params: organisationParams,
        response: { 200: organisationSchema, ...problems },
      },
    },
    async (request) => presentOrganisation(db, request.params.organisationId, request.membership!),
  );

  app.patch(
    "/organisations/:organisationId",
    {
      config: { access: { scope: "organisation", permission: "organisation.update" } },
      schema: {
        operationId: "updateOrganisation",
        tags: ["platform"],
        params: organisationParams,
        body: z.object({
          name: requiredText().optional(),
          orgNumber: orgNumberSchema.optional(),
          sector: sectorSchema.optional(),
        }),
        response: { 200: organisationSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId } = request.params;
      const { name, orgNumber, sector } = request.body;
      if (orgNumber && (await orgNumberTaken(db, orgNumber, organisationId))) {
        throw invalidField("orgNumber", "field.orgNumber.taken");
      }
      await db.transaction().execute(async (trx) => {
        const before = await trx
          .selectFrom("organisations")
          .select(["name", "org_number as orgNumber", "sector"])
          .where("id", "=", organisationId)
          .forUpdate()
          .executeTakeFirstOrThrow();
        const after = await trx
          .updateTable("organisations")
          .set({
            ...(name !== undefined ? { name } : {}),
            ...(orgNumber !== undefined ? { org_number: orgNumber } : {}),
            ...(sector !== undefined ? { sector } : {}),
            updated_at: sql`now()`,
          })
          .where("id", "=", organisationId)
          .returning(["name", "org_number as orgNumber", "sector"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "organisation",
          entityId: organisationId,
          before,
          after,
        });
      });
      return presentOrganisation(db, organisationId, request.membership!);
    },
  );

  app.put(
    "/organisations/:organisationId/headcounts/:year",
    {
      config: { access: { scope: "organisation", permission: "headcount.update" } },
      schema: {
        operationId: "setHeadcount",
        tags: ["platform"],
        summary:
          "Sets the number of employees at the start of a year (decides the documentation duty)",
        params: organisationParams.extend({ year: z.coerce.number().int().min(2000).max(2100) }),
        body: z.object({ headcount: z.number().int().min(0).max(10_000_000) }),
        response: { 200: organisationSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, year } = request.params;
      const tenant = request.tenant;
      await db.transaction().execute(async (trx) => {
        const scoped = forOrganisation(trx, organisationId);
        const before = await scoped
          .selectFrom("organisation_headcounts")
          .select("headcount")
          .where("year", "=", year)
          .executeTakeFirst();
        await scoped
          .insertInto("organisation_headcounts")
          .values({
            organisation_id: tenant.organisationId,
            year,
            headcount: request.body.headcount,
          })
          .onConflict((oc) =>
            oc
              .columns(["organisation_id", "year"])
              .doUpdateSet({ headcount: request.body.headcount }),
          )
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: before ? "update" : "create",
          entityType: "headcount",
          entityId: String(year),
          ...(before ? { before: { year, headcount: before.headcount } } : {}),
          after: { year, headcount: request.body.headcount },
        });
      });
      return presentOrganisation(db, organisationId, request.membership!);
    },
  );
};

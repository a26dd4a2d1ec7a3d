import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { checkVersion, versionSchema } from "../cycle/common.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";
import { notFound } from "../platform/http/problem.ts";
import { noContent, organisationParams, problems, uuidSchema } from "../platform/http/schemas.ts";
import { supportContactBody, supportContactSchema } from "./schemas.ts";

/**
 * The organisation's own page of where employees exposed to violence, and those who use
 * violence, can get help inside the organisation: shown to every member, kept by admins.
 */
const params = organisationParams.extend({ contactId: uuidSchema });
const update = { scope: "organisation", permission: "organisation.update" } as const;

type Row = {
  id: string;
  name: string;
  audience: string;
  description: string;
  phone: string;
  email: string;
  url: string;
  version: number;
};
const view = (row: Row) => ({
  id: row.id,
  name: row.name,
  audience: row.audience as z.infer<typeof supportContactSchema>["audience"],
  description: row.description,
  phone: row.phone,
  email: row.email,
  url: row.url,
  version: row.version,
});

async function lockContact(tenant: TenantDb, contactId: string, version: number) {
  const row = await tenant
    .selectFrom("support_contacts")
    .selectAll("support_contacts")
    .where("support_contacts.id", "=", contactId)
    .forUpdate()
    .executeTakeFirst();
  if (!row) throw notFound();
  checkVersion(row.version, version);
  return row;
}

export const supportContactRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    "/organisations/:organisationId/support-contacts",
    {
      config: { access: { scope: "organisation", permission: "organisation.read" } },
      schema: {
        operationId: "listSupportContacts",
        tags: ["workbooks"],
        params: organisationParams,
        response: { 200: z.array(supportContactSchema), ...problems },
      },
    },
    async (request) =>
      (
        await request.tenant
          .selectFrom("support_contacts")
          .selectAll("support_contacts")
          .orderBy("support_contacts.position")
          .orderBy("support_contacts.created_at")
          .execute()
      ).map(view),
  );

  app.post(
    "/organisations/:organisationId/support-contacts",
    {
      config: { access: update },
      schema: {
        operationId: "addSupportContact",
        tags: ["workbooks"],
        params: organisationParams,
        body: supportContactBody,
        response: { 201: supportContactSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const created = await db.transaction().execute(async (trx) => {
        const row = await forOrganisation(trx, organisationId)
          .insertInto("support_contacts")
          .values({ organisation_id: organisationId, ...request.body })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "support_contact",
          entityId: row.id,
          after: view(row),
        });
        return view(row);
      });
      return reply.code(201).send(created);
    },
  );

  app.patch(
    "/organisations/:organisationId/support-contacts/:contactId",
    {
      config: { access: update },
      schema: {
        operationId: "updateSupportContact",
        tags: ["workbooks"],
        params,
        body: supportContactBody.partial().extend({ version: versionSchema }),
        response: { 200: supportContactSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, contactId } = request.params;
      const { version, ...changes } = request.body;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const current = await lockContact(tenant, contactId, version);
        const row = await tenant
          .updateTable("support_contacts")
          .set({ ...changes, version: current.version + 1, updated_at: new Date() })
          .where("support_contacts.id", "=", contactId)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "support_contact",
          entityId: contactId,
          before: view(current),
          after: view(row),
        });
        return view(row);
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/support-contacts/:contactId",
    {
      config: { access: update },
      schema: {
        operationId: "deleteSupportContact",
        tags: ["workbooks"],
        params,
        querystring: z.object({ version: z.coerce.number().pipe(versionSchema) }),
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, contactId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const current = await lockContact(tenant, contactId, request.query.version);
        await tenant
          .deleteFrom("support_contacts")
          .where("support_contacts.id", "=", contactId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "support_contact",
          entityId: contactId,
          before: view(current),
        });
      });
      return reply.code(204).send(null);
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { localiseNationalSupport } from "../../core/workbooks/support.ts";
import { checkVersion, versionSchema } from "../cycle/common.ts";
import { recordAudit } from "../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../platform/db/tenant.ts";
import { notFound } from "../platform/http/problem.ts";
import { noContent, organisationParams, problems, uuidSchema } from "../platform/http/schemas.ts";
import { nationalSupport } from "./national.ts";
import {
  supportContactBody,
  supportContactPatch,
  supportContactSchema,
  supportMoveBody,
  supportPageSchema,
} from "./schemas.ts";

/**
 * The organisation's own page of where employees exposed to violence, and those who use
 * violence, can get help: its own contacts, kept by admins, and the national helplines of
 * content/support. Shown to every member.
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
  position: number;
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
  position: row.position,
  version: row.version,
});

const ordered = (tenant: TenantDb) =>
  tenant
    .selectFrom("support_contacts")
    .selectAll("support_contacts")
    .orderBy("support_contacts.position")
    .orderBy("support_contacts.created_at")
    .orderBy("support_contacts.id");

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
        response: { 200: supportPageSchema, ...problems },
      },
    },
    async (request) => ({
      contacts: (await ordered(request.tenant).execute()).map(view),
      national: nationalSupport().map((entry) => localiseNationalSupport(entry, request.locale)),
    }),
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
        const tenant = forOrganisation(trx, organisationId);
        // A new contact goes last on the page.
        const last = await tenant
          .selectFrom("support_contacts")
          .select((eb) => eb.fn.max("support_contacts.position").as("position"))
          .executeTakeFirst();
        const position = last?.position == null ? 0 : Number(last.position) + 1;
        const row = await tenant
          .insertInto("support_contacts")
          .values({ organisation_id: organisationId, ...request.body, position })
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
        body: supportContactPatch,
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

  app.post(
    "/organisations/:organisationId/support-contacts/:contactId/move",
    {
      config: { access: update },
      schema: {
        operationId: "moveSupportContact",
        tags: ["workbooks"],
        summary: "Moves a contact one place up or down among the contacts for the same audience",
        params,
        body: supportMoveBody,
        response: { 200: z.array(supportContactSchema), ...problems },
      },
    },
    async (request) => {
      const { organisationId, contactId } = request.params;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        // Lock the whole list: two admins reordering at once must not interleave.
        const rows = await ordered(tenant).forUpdate().execute();
        const from = rows.findIndex((row) => row.id === contactId);
        if (from < 0) throw notFound();
        // The page groups contacts by audience: swap with the neighbour in the same group.
        const step = request.body.direction === "up" ? -1 : 1;
        let to = from + step;
        while (to >= 0 && to < rows.length && rows[to]!.audience !== rows[from]!.audience)
          to += step;
        if (to < 0 || to >= rows.length) return rows.map(view);
        const next = [...rows];
        [next[from], next[to]] = [next[to]!, next[from]!];
        // Renumber 0, 1, 2, …; only the place changes, so versions stay (an open edit is not stale).
        for (const [index, row] of next.entries()) {
          if (row.position === index) continue;
          await tenant
            .updateTable("support_contacts")
            .set({ position: index })
            .where("support_contacts.id", "=", row.id)
            .execute();
          row.position = index;
        }
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "support_contact",
          entityId: contactId,
          before: { position: from },
          after: { position: to },
        });
        return next.map(view);
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

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { toCsv } from "../../../core/platform/csv.ts";
import type { TenantDb } from "../db/tenant.ts";
import { organisationParams, problems, uuidSchema } from "../http/schemas.ts";
import type { Locale } from "../i18n.ts";

const PAGE_SIZE = 50;
const EXPORT_LIMIT = 100_000;
const day = z.iso.date();

const filters = z.object({
  actorId: uuidSchema.optional(),
  entityType: z.string().max(100).optional(),
  from: day.optional(),
  to: day.optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
type Filters = z.infer<typeof filters>;

const eventSchema = z
  .object({
    id: z.string(),
    at: z.date(),
    actor: z.object({ id: z.string(), name: z.string() }).nullable(),
    action: z.enum(["create", "update", "delete"]),
    entityType: z.string(),
    entityId: z.string(),
    before: z.unknown(),
    after: z.unknown(),
  })
  .meta({ id: "AuditEvent" });

/** Dates are days in Swedish time: "to" includes the whole of that day. */
function query(tenant: TenantDb, f: Filters) {
  let q = tenant
    .selectFrom("audit_events")
    .leftJoin("users", "users.id", "audit_events.actor_user_id");
  if (f.actorId) q = q.where("audit_events.actor_user_id", "=", f.actorId);
  if (f.entityType) q = q.where("audit_events.entity_type", "=", f.entityType);
  if (f.from)
    q = q.where(
      "audit_events.at",
      ">=",
      sql<Date>`(${f.from}::date)::timestamp at time zone 'Europe/Stockholm'`,
    );
  if (f.to)
    q = q.where(
      "audit_events.at",
      "<",
      sql<Date>`(${f.to}::date + 1)::timestamp at time zone 'Europe/Stockholm'`,
    );
  return q;
}

function selectEvents(tenant: TenantDb, f: Filters) {
  return query(tenant, f)
    .select([
      "audit_events.id",
      "audit_events.at",
      "audit_events.action",
      "audit_events.entity_type",
      "audit_events.entity_id",
      "audit_events.before",
      "audit_events.after",
      "users.id as actor_id",
      "users.name as actor_name",
      "users.email as actor_email",
    ])
    .orderBy("audit_events.id", "desc");
}

const CSV_HEADERS: Record<Locale, string[]> = {
  sv: ["Tidpunkt", "Person", "E-post", "Händelse", "Typ", "Id", "Före", "Efter"],
  en: ["Time", "Person", "E-mail", "Action", "Type", "Id", "Before", "After"],
};

export const auditRoutes: FastifyPluginAsyncZod = async (app) => {
  const access = { scope: "organisation", permission: "audit.read" } as const;

  app.get(
    "/organisations/:organisationId/audit-events",
    {
      config: { access },
      schema: {
        operationId: "listAuditEvents",
        tags: ["platform"],
        params: organisationParams,
        querystring: filters,
        response: {
          200: z.object({
            events: z.array(eventSchema),
            total: z.number().int(),
            pageSize: z.number().int(),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const f = request.query;
      const [rows, count] = await Promise.all([
        selectEvents(request.tenant, f)
          .limit(PAGE_SIZE)
          .offset((f.page - 1) * PAGE_SIZE)
          .execute(),
        query(request.tenant, f).select(sql<string>`count(*)`.as("n")).executeTakeFirstOrThrow(),
      ]);
      return {
        events: rows.map((r) => ({
          id: r.id,
          at: r.at,
          actor: r.actor_id && r.actor_name ? { id: r.actor_id, name: r.actor_name } : null,
          action: r.action as "create" | "update" | "delete",
          entityType: r.entity_type,
          entityId: r.entity_id,
          before: r.before,
          after: r.after,
        })),
        total: Number(count.n),
        pageSize: PAGE_SIZE,
      };
    },
  );

  app.get(
    "/organisations/:organisationId/audit-events/facets",
    {
      config: { access },
      schema: {
        operationId: "listAuditFacets",
        tags: ["platform"],
        summary:
          "Everyone who appears in the trail (also people who have left) and every type of change, for filters",
        params: organisationParams,
        response: {
          200: z.object({
            actors: z.array(z.object({ id: z.string(), name: z.string() })),
            entityTypes: z.array(z.string()),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const [actors, types] = await Promise.all([
        request.tenant
          .selectFrom("audit_events")
          .innerJoin("users", "users.id", "audit_events.actor_user_id")
          .select(["users.id", "users.name"])
          .distinct()
          .orderBy("users.name")
          .execute(),
        request.tenant
          .selectFrom("audit_events")
          .select("audit_events.entity_type")
          .distinct()
          .orderBy("audit_events.entity_type")
          .execute(),
      ]);
      return { actors, entityTypes: types.map((t) => t.entity_type) };
    },
  );

  app.get(
    "/organisations/:organisationId/audit-events.csv",
    {
      config: { access },
      schema: {
        operationId: "exportAuditEvents",
        tags: ["platform"],
        summary:
          "The filtered audit trail as CSV (semicolon-separated, UTF-8 with BOM, opens in Excel)",
        params: organisationParams,
        querystring: filters.omit({ page: true }),
        produces: ["text/csv"],
      },
    },
    async (request, reply) => {
      const rows = await selectEvents(request.tenant, { ...request.query, page: 1 })
        .limit(EXPORT_LIMIT)
        .execute();
      const csv = toCsv([
        CSV_HEADERS[request.locale],
        ...rows.map((r) => [
          r.at.toISOString(),
          r.actor_name ?? "",
          r.actor_email ?? "",
          r.action,
          r.entity_type,
          r.entity_id,
          r.before == null ? "" : JSON.stringify(r.before),
          r.after == null ? "" : JSON.stringify(r.after),
        ]),
      ]);
      const date = new Date().toISOString().slice(0, 10);
      return reply
        .type("text/csv; charset=utf-8")
        .header("content-disposition", `attachment; filename="handelselogg-${date}.csv"`)
        .send(csv);
    },
  );
};

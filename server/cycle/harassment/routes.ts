import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  HARASSMENT_DOCUMENT_KINDS,
  HARASSMENT_REQUIREMENTS,
} from "../../../core/cycle/vocabulary.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import { invalidField, notFound } from "../../platform/http/problem.ts";
import {
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import { isoDate } from "../common.ts";
import { swedishToday } from "../years/service.ts";

const versionSchema = z.object({
  id: z.string(),
  versionNo: z.number(),
  body: z.string(),
  adoptedOn: z.string().nullable(),
  nextReviewOn: z.string().nullable(),
  covers: z.array(z.enum(HARASSMENT_REQUIREMENTS)),
  createdAt: z.string(),
  createdBy: z.string().nullable(),
});

const documentSchema = z
  .object({
    id: z.string(),
    title: z.string(),
    kind: z.enum(HARASSMENT_DOCUMENT_KINDS),
    current: versionSchema,
    /** What the current version does not yet state, of what 3 kap. 6 § asks. */
    missing: z.array(z.enum(HARASSMENT_REQUIREMENTS)),
    reviewOverdue: z.boolean(),
    versions: z.array(versionSchema),
  })
  .meta({ id: "HarassmentDocument" });

/** One version of § 6 guidelines or routines: its text, when adopted and next reviewed. */
const versionBody = z.object({
  body: requiredText(50_000),
  adoptedOn: isoDate.nullable().default(null),
  nextReviewOn: isoDate.nullable().default(null),
  covers: z.array(z.enum(HARASSMENT_REQUIREMENTS)).default([]),
});
const params = organisationParams.extend({ documentId: uuidSchema });

function checkDates(body: { adoptedOn: string | null; nextReviewOn: string | null }) {
  if (body.adoptedOn && body.nextReviewOn && body.nextReviewOn <= body.adoptedOn)
    throw invalidField("nextReviewOn", "field.reviewBeforeAdopted");
}

export async function loadHarassmentDocuments(
  tenant: TenantDb,
  today: string,
  documentId?: string,
) {
  let query = tenant
    .selectFrom("harassment_documents")
    .selectAll("harassment_documents")
    .orderBy("harassment_documents.created_at");
  if (documentId) query = query.where("harassment_documents.id", "=", documentId);
  const documents = await query.execute();
  if (documents.length === 0) return [];
  const versions = await tenant
    .selectFrom("harassment_document_versions")
    .leftJoin("users", "users.id", "harassment_document_versions.created_by")
    .selectAll("harassment_document_versions")
    .select("users.name")
    .where(
      "harassment_document_versions.document_id",
      "in",
      documents.map((d) => d.id),
    )
    .orderBy("harassment_document_versions.version_no", "desc")
    .execute();
  return documents.map((document) => {
    const own = versions
      .filter((v) => v.document_id === document.id)
      .map((v) => ({
        id: v.id,
        versionNo: v.version_no,
        body: v.body,
        adoptedOn: v.adopted_on,
        nextReviewOn: v.next_review_on,
        covers: v.covers as (typeof HARASSMENT_REQUIREMENTS)[number][],
        createdAt: v.created_at.toISOString(),
        createdBy: v.name,
      }));
    const current = own[0]!;
    return {
      id: document.id,
      title: document.title,
      kind: document.kind as (typeof HARASSMENT_DOCUMENT_KINDS)[number],
      current,
      missing: HARASSMENT_REQUIREMENTS.filter((r) => !current.covers.includes(r)),
      reviewOverdue: current.nextReviewOn === null || current.nextReviewOn < today,
      versions: own,
    };
  });
}

/** § 6 guidelines and routines against harassment, sexual harassment and reprisals, versioned. */
export const harassmentRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const manage = { scope: "organisation", permission: "cycle.manage" } as const;

  app.get(
    "/organisations/:organisationId/harassment-documents",
    {
      config: { access: { scope: "organisation", permission: "cycle.read" } },
      schema: {
        operationId: "listHarassmentDocuments",
        tags: ["cycle"],
        params: organisationParams,
        response: { 200: z.array(documentSchema), ...problems },
      },
    },
    async (request) => loadHarassmentDocuments(request.tenant, swedishToday()),
  );

  app.post(
    "/organisations/:organisationId/harassment-documents",
    {
      config: { access: manage },
      schema: {
        operationId: "createHarassmentDocument",
        tags: ["cycle"],
        params: organisationParams,
        body: versionBody.extend({
          title: requiredText(),
          kind: z.enum(HARASSMENT_DOCUMENT_KINDS),
        }),
        response: { 201: documentSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const body = request.body;
      checkDates(body);
      const document = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const created = await tenant
          .insertInto("harassment_documents")
          .values({ organisation_id: organisationId, title: body.title, kind: body.kind })
          .returning("id")
          .executeTakeFirstOrThrow();
        await tenant
          .insertInto("harassment_document_versions")
          .values({
            organisation_id: organisationId,
            document_id: created.id,
            version_no: 1,
            body: body.body,
            adopted_on: body.adoptedOn,
            next_review_on: body.nextReviewOn,
            covers: body.covers,
            created_by: request.user!.id,
          })
          .execute();
        const [document] = await loadHarassmentDocuments(tenant, swedishToday(), created.id);
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "harassment_document",
          entityId: created.id,
          after: { title: body.title, kind: body.kind, version: document!.current },
        });
        return document!;
      });
      return reply.code(201).send(document);
    },
  );

  app.post(
    "/organisations/:organisationId/harassment-documents/:documentId/versions",
    {
      config: { access: manage },
      schema: {
        operationId: "createHarassmentDocumentVersion",
        tags: ["cycle"],
        summary: "Saves a new version; earlier versions are kept unchanged",
        params,
        body: versionBody.extend({ title: requiredText().optional() }),
        response: { 201: documentSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, documentId } = request.params;
      const body = request.body;
      checkDates(body);
      const document = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const existing = await tenant
          .selectFrom("harassment_documents")
          .select(["harassment_documents.id", "harassment_documents.title"])
          .where("harassment_documents.id", "=", documentId)
          .forUpdate()
          .executeTakeFirst();
        if (!existing) throw notFound();
        const [before] = await loadHarassmentDocuments(tenant, swedishToday(), documentId);
        if (body.title && body.title !== existing.title)
          await tenant
            .updateTable("harassment_documents")
            .set({ title: body.title })
            .where("harassment_documents.id", "=", documentId)
            .execute();
        await tenant
          .insertInto("harassment_document_versions")
          .values({
            organisation_id: organisationId,
            document_id: documentId,
            version_no: before!.current.versionNo + 1,
            body: body.body,
            adopted_on: body.adoptedOn,
            next_review_on: body.nextReviewOn,
            covers: body.covers,
            created_by: request.user!.id,
          })
          .execute();
        const [after] = await loadHarassmentDocuments(tenant, swedishToday(), documentId);
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "harassment_document",
          entityId: documentId,
          before: { title: before!.title, version: before!.current },
          after: { title: after!.title, version: after!.current },
        });
        return after!;
      });
      return reply.code(201).send(document);
    },
  );
};

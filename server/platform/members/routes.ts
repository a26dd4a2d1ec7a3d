import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { recordAudit } from "../audit/audit.ts";
import { forOrganisation } from "../db/tenant.ts";
import { AppError, notFound } from "../http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  roleSchema,
  uuidSchema,
} from "../http/schemas.ts";
import { checkRoleDetails, listMembers, setMemberUnits } from "./service.ts";

const memberSchema = z
  .object({
    id: z.string(),
    userId: z.string(),
    name: z.string(),
    email: z.string(),
    role: roleSchema,
    unionName: z.string().nullable(),
    paySurveyAccess: z.boolean(),
    unitIds: z.array(z.string()),
  })
  .meta({ id: "Member" });
const memberParams = organisationParams.extend({ membershipId: uuidSchema });

export const memberRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const manage = { scope: "organisation", permission: "members.manage" } as const;

  app.get(
    "/organisations/:organisationId/members",
    {
      config: { access: { scope: "organisation", permission: "members.read" } },
      schema: {
        operationId: "listMembers",
        tags: ["platform"],
        params: organisationParams,
        response: { 200: z.array(memberSchema), ...problems },
      },
    },
    async (request) => listMembers(db, request.params.organisationId),
  );

  app.patch(
    "/organisations/:organisationId/members/:membershipId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateMember",
        tags: ["platform"],
        params: memberParams,
        body: z.object({
          role: roleSchema,
          unionName: z.string().max(200).nullable().optional(),
          unitIds: z.array(uuidSchema).max(500).optional(),
          /** Only for union representatives: designated by the union for the pay survey. */
          paySurveyAccess: z.boolean().optional(),
        }),
        response: { 200: memberSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, membershipId } = request.params;
      const { role } = request.body;
      const details = await checkRoleDetails(
        db,
        organisationId,
        role,
        request.body.unionName,
        request.body.unitIds,
      );
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const [before] = await listMembers(trx, organisationId, membershipId);
        if (!before) throw notFound();
        if (before.role === "admin" && role !== "admin")
          await ensureAnotherAdmin(trx, organisationId, membershipId);
        // Only union representatives can be designated; a new role ends the designation.
        const paySurveyAccess =
          role === "union_rep" && (request.body.paySurveyAccess ?? before.paySurveyAccess);
        await tenant
          .updateTable("memberships")
          .set({ role, union_name: details.unionName, pay_survey_access: paySurveyAccess })
          .where("memberships.id", "=", membershipId)
          .execute();
        await setMemberUnits(trx, organisationId, membershipId, details.unitIds);
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "membership",
          entityId: membershipId,
          before: {
            role: before.role,
            unionName: before.unionName,
            paySurveyAccess: before.paySurveyAccess,
            unitIds: before.unitIds,
          },
          after: { role, ...details, paySurveyAccess },
        });
      });
      const [member] = await listMembers(db, organisationId, membershipId);
      return member!;
    },
  );

  app.delete(
    "/organisations/:organisationId/members/:membershipId",
    {
      config: { access: manage },
      schema: {
        operationId: "removeMember",
        tags: ["platform"],
        params: memberParams,
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, membershipId } = request.params;
      await db.transaction().execute(async (trx) => {
        const [before] = await listMembers(trx, organisationId, membershipId);
        if (!before) throw notFound();
        if (before.role === "admin") await ensureAnotherAdmin(trx, organisationId, membershipId);
        await forOrganisation(trx, organisationId)
          .deleteFrom("memberships")
          .where("memberships.id", "=", membershipId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "membership",
          entityId: membershipId,
          before: {
            userId: before.userId,
            name: before.name,
            email: before.email,
            role: before.role,
          },
        });
      });
      return reply.code(204).send(null);
    },
  );
};

/** An organisation always keeps an administrator. Locks the admin rows so two removals cannot both pass. */
async function ensureAnotherAdmin(
  trx: Parameters<typeof forOrganisation>[0],
  organisationId: string,
  exceptMembershipId: string,
) {
  const admins = await forOrganisation(trx, organisationId)
    .selectFrom("memberships")
    .select("memberships.id")
    .where("memberships.role", "=", "admin")
    .forUpdate()
    .execute();
  if (!admins.some((a) => a.id !== exceptMembershipId))
    throw new AppError(409, "members.lastAdmin");
}

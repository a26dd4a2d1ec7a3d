import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import type { Role } from "../../../core/platform/roles.ts";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword, MIN_PASSWORD_LENGTH } from "../auth/passwords.ts";
import { authRateLimitOf, startSession } from "../auth/routes.ts";
import { hashToken, newToken } from "../auth/tokens.ts";
import type { Db } from "../db/database.ts";
import { forOrganisation } from "../db/tenant.ts";
import { AppError, notFound } from "../http/problem.ts";
import {
  emailSchema,
  noContent,
  organisationParams,
  problems,
  roleSchema,
  uuidSchema,
} from "../http/schemas.ts";
import { translate } from "../i18n.ts";
import { queueEmail } from "../mail/outbox.ts";
import { checkRoleDetails, setMemberUnits } from "../members/service.ts";

const VALID_DAYS = 14;

const invitationSchema = z
  .object({
    id: z.string(),
    email: z.string(),
    role: roleSchema,
    unionName: z.string().nullable(),
    unitIds: z.array(z.string()),
    createdAt: z.date(),
    expiresAt: z.date(),
    invitedBy: z.object({ id: z.string(), name: z.string() }).nullable(),
  })
  .meta({ id: "Invitation" });

const tokenParams = z.object({ token: z.string().min(10).max(200) });

/** An open invitation: not accepted, not revoked, not expired. */
async function openInvitation(db: Db, token: string) {
  const row = await db
    .selectFrom("invitations") // tenant-checked: found by its secret token, before anyone is a member
    .innerJoin("organisations", "organisations.id", "invitations.organisation_id")
    .select([
      "invitations.id",
      "invitations.organisation_id",
      "invitations.email",
      "invitations.role",
      "invitations.union_name",
      "invitations.unit_ids",
      "invitations.expires_at",
      "organisations.name as organisation_name",
    ])
    .where("invitations.token_hash", "=", hashToken(token))
    .where("invitations.accepted_at", "is", null)
    .where("invitations.revoked_at", "is", null)
    .where("invitations.expires_at", ">", sql<Date>`now()`)
    .executeTakeFirst();
  if (!row) throw new AppError(404, "auth.tokenInvalid");
  return row;
}

export const invitationRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;
  const manage = { scope: "organisation", permission: "members.manage" } as const;

  app.get(
    "/organisations/:organisationId/invitations",
    {
      config: { access: manage },
      schema: {
        operationId: "listInvitations",
        tags: ["platform"],
        params: organisationParams,
        response: { 200: z.array(invitationSchema), ...problems },
      },
    },
    async (request) => {
      const rows = await request.tenant
        .selectFrom("invitations")
        .leftJoin("users", "users.id", "invitations.invited_by")
        .select([
          "invitations.id",
          "invitations.email",
          "invitations.role",
          "invitations.union_name",
          "invitations.unit_ids",
          "invitations.created_at",
          "invitations.expires_at",
          "users.id as inviter_id",
          "users.name as inviter_name",
        ])
        .where("invitations.accepted_at", "is", null)
        .where("invitations.revoked_at", "is", null)
        .orderBy("invitations.created_at", "desc")
        .execute();
      return rows.map((r) => ({
        id: r.id,
        email: r.email,
        role: r.role as Role,
        unionName: r.union_name,
        unitIds: r.unit_ids,
        createdAt: r.created_at,
        expiresAt: r.expires_at,
        invitedBy:
          r.inviter_id && r.inviter_name ? { id: r.inviter_id, name: r.inviter_name } : null,
      }));
    },
  );

  app.post(
    "/organisations/:organisationId/invitations",
    {
      config: { access: manage },
      schema: {
        operationId: "inviteMember",
        tags: ["platform"],
        summary: "Invites a person by e-mail; the mail goes through the outbox",
        params: organisationParams,
        body: z.object({
          email: emailSchema,
          role: roleSchema,
          unionName: z.string().max(200).nullable().optional(),
          unitIds: z.array(uuidSchema).max(500).optional(),
        }),
        response: { 201: invitationSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const { email, role } = request.body;
      const inviter = request.user!;
      const details = await checkRoleDetails(
        db,
        organisationId,
        role,
        request.body.unionName,
        request.body.unitIds,
      );
      const { token, hash } = newToken();
      const invitation = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const member = await tenant
          .selectFrom("memberships")
          .innerJoin("users", "users.id", "memberships.user_id")
          .select("memberships.id")
          .where(sql`lower(users.email)`, "=", email)
          .executeTakeFirst();
        if (member)
          throw new AppError(409, "invitations.alreadyMember", {}, [
            { path: "email", key: "invitations.alreadyMember" },
          ]);
        const pending = await tenant
          .selectFrom("invitations")
          .select("invitations.id")
          .where(sql`lower(invitations.email)`, "=", email)
          .where("invitations.accepted_at", "is", null)
          .where("invitations.revoked_at", "is", null)
          .where("invitations.expires_at", ">", sql<Date>`now()`)
          .executeTakeFirst();
        if (pending)
          throw new AppError(409, "invitations.alreadyInvited", {}, [
            { path: "email", key: "invitations.alreadyInvited" },
          ]);
        const org = await trx
          .selectFrom("organisations")
          .select("name")
          .where("id", "=", organisationId)
          .executeTakeFirstOrThrow();
        const row = await tenant
          .insertInto("invitations")
          .values({
            organisation_id: organisationId,
            email,
            role,
            union_name: details.unionName,
            unit_ids: details.unitIds,
            token_hash: hash,
            invited_by: inviter.id,
            expires_at: new Date(Date.now() + VALID_DAYS * 86_400_000),
          })
          .returning(["id", "email", "role", "union_name", "unit_ids", "created_at", "expires_at"])
          .executeTakeFirstOrThrow();
        const locale = request.locale;
        await queueEmail(trx, {
          organisationId,
          to: email,
          subject: translate(locale, "mail.invitation.subject", { organisation: org.name }),
          text: translate(locale, "mail.invitation.body", {
            inviter: inviter.name,
            organisation: org.name,
            role: translate(locale, `role.${role}`),
            days: VALID_DAYS,
            link: `${config.publicUrl}/inbjudan/${token}`,
          }),
        });
        await recordAudit(trx, {
          organisationId,
          actorUserId: inviter.id,
          action: "create",
          entityType: "invitation",
          entityId: row.id,
          after: { email, role, ...details },
        });
        return row;
      });
      return reply.code(201).send({
        id: invitation.id,
        email: invitation.email,
        role,
        unionName: invitation.union_name,
        unitIds: invitation.unit_ids,
        createdAt: invitation.created_at,
        expiresAt: invitation.expires_at,
        invitedBy: { id: inviter.id, name: inviter.name },
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/invitations/:invitationId",
    {
      config: { access: manage },
      schema: {
        operationId: "revokeInvitation",
        tags: ["platform"],
        params: organisationParams.extend({ invitationId: uuidSchema }),
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, invitationId } = request.params;
      await db.transaction().execute(async (trx) => {
        const revoked = await forOrganisation(trx, organisationId)
          .updateTable("invitations")
          .set({ revoked_at: sql`now()` })
          .where("invitations.id", "=", invitationId)
          .where("invitations.accepted_at", "is", null)
          .where("invitations.revoked_at", "is", null)
          .returning(["invitations.email", "invitations.role"])
          .executeTakeFirst();
        if (!revoked) throw notFound();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "invitation",
          entityId: invitationId,
          before: revoked,
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.get(
    "/invitations/:token",
    {
      config: { access: { scope: "public" } },
      schema: {
        operationId: "getInvitation",
        tags: ["platform"],
        params: tokenParams,
        response: {
          200: z.object({
            organisationName: z.string(),
            email: z.string(),
            role: roleSchema,
            unionName: z.string().nullable(),
            hasAccount: z.boolean(),
            expiresAt: z.date(),
          }),
          ...problems,
        },
      },
    },
    async (request) => {
      const invitation = await openInvitation(db, request.params.token);
      const account = await db
        .selectFrom("users")
        .select("id")
        .where(sql`lower(email)`, "=", invitation.email.toLowerCase())
        .executeTakeFirst();
      return {
        organisationName: invitation.organisation_name,
        email: invitation.email,
        role: invitation.role as Role,
        unionName: invitation.union_name,
        hasAccount: account !== undefined,
        expiresAt: invitation.expires_at,
      };
    },
  );

  app.post(
    "/invitations/:token/accept",
    {
      config: { access: { scope: "public" }, rateLimit: authRateLimitOf(config) },
      schema: {
        operationId: "acceptInvitation",
        tags: ["platform"],
        summary:
          "Accepts an invitation: creates the account if needed, adds the membership and signs in",
        params: tokenParams,
        body: z.object({
          name: z.string().trim().max(200).optional(),
          password: z.string().max(500).optional(),
        }),
        response: { 200: z.object({ organisationId: z.string() }), ...problems },
      },
    },
    async (request, reply) => {
      const invitation = await openInvitation(db, request.params.token);
      const existing = await db
        .selectFrom("users")
        .select(["id", "email", "name", "locale"])
        .where(sql`lower(email)`, "=", invitation.email.toLowerCase())
        .executeTakeFirst();
      if (existing && request.user?.id !== existing.id) {
        throw new AppError(403, "invitations.signInAsInvitee", { email: invitation.email });
      }
      let passwordHash: string | undefined;
      if (!existing) {
        const fields = z
          .object({
            name: z.string().trim().min(1, { error: "field.required" }),
            password: z.string().min(MIN_PASSWORD_LENGTH, { error: "field.passwordTooShort" }),
          })
          .safeParse(request.body);
        if (!fields.success) {
          throw new AppError(
            422,
            "invitations.accountFieldsRequired",
            {},
            fields.error.issues.map((i) => ({
              path: i.path.join("."),
              key: i.message as "field.required",
              params: { min: MIN_PASSWORD_LENGTH },
            })),
          );
        }
        passwordHash = await hashPassword(fields.data.password);
      }
      const user = await db.transaction().execute(async (trx) => {
        // Accepting marks the invitation in the same statement that checks it, so it works once.
        const claimed = await trx
          .updateTable("invitations") // tenant-checked: the invitation found by its token above
          .set({ accepted_at: sql`now()` })
          .where("id", "=", invitation.id)
          .where("accepted_at", "is", null)
          .returning("id")
          .executeTakeFirst();
        if (!claimed) throw new AppError(404, "auth.tokenInvalid");
        const user =
          existing ??
          (await trx
            .insertInto("users")
            .values({
              email: invitation.email,
              name: request.body.name!.trim(),
              password_hash: passwordHash!,
              locale: request.locale,
            })
            .returning(["id", "email", "name", "locale"])
            .executeTakeFirstOrThrow());
        const membership = await forOrganisation(trx, invitation.organisation_id)
          .insertInto("memberships")
          .values({
            organisation_id: invitation.organisation_id,
            user_id: user.id,
            role: invitation.role,
            union_name: invitation.union_name,
          })
          .onConflict((oc) => oc.columns(["organisation_id", "user_id"]).doNothing())
          .returning("id")
          .executeTakeFirst();
        if (membership) {
          await setMemberUnits(trx, invitation.organisation_id, membership.id, invitation.unit_ids);
          await recordAudit(trx, {
            organisationId: invitation.organisation_id,
            actorUserId: user.id,
            action: "create",
            entityType: "membership",
            entityId: membership.id,
            after: {
              userId: user.id,
              email: user.email,
              role: invitation.role,
              unionName: invitation.union_name,
              unitIds: invitation.unit_ids,
              invitationId: invitation.id,
            },
          });
        }
        return user;
      });
      if (!request.user) {
        await startSession(
          reply,
          db,
          { ...user, locale: user.locale === "en" ? "en" : "sv" },
          { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours },
          config.publicUrl.startsWith("https://"),
        );
      }
      return { organisationId: invitation.organisation_id };
    },
  );
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.ts";
import { hashPassword, verifyPassword } from "../auth/passwords.ts";
import { hashToken } from "../auth/tokens.ts";
import { AppError } from "../http/problem.ts";
import {
  localeSchema,
  newPasswordSchema,
  noContent,
  problems,
  requiredText,
  userSchema,
} from "../http/schemas.ts";

/** The signed-in person's own profile. */
export const meRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const access = { scope: "user" } as const;

  app.get(
    "/me",
    {
      config: { access },
      schema: {
        operationId: "getMe",
        tags: ["platform"],
        response: { 200: userSchema, ...problems },
      },
    },
    async (request) => request.user!,
  );

  app.patch(
    "/me",
    {
      config: { access },
      schema: {
        operationId: "updateMe",
        tags: ["platform"],
        body: z.object({ name: requiredText().optional(), locale: localeSchema.optional() }),
        response: { 200: userSchema, ...problems },
      },
    },
    async (request) => {
      const user = request.user!;
      const changes = request.body;
      return db.transaction().execute(async (trx) => {
        const updated = await trx
          .updateTable("users")
          .set({ ...changes, updated_at: sql`now()` })
          .where("id", "=", user.id)
          .returning(["id", "email", "name", "locale"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId: null,
          actorUserId: user.id,
          action: "update",
          entityType: "user",
          entityId: user.id,
          before: { name: user.name, locale: user.locale },
          after: { name: updated.name, locale: updated.locale },
        });
        return { ...updated, locale: updated.locale === "en" ? ("en" as const) : ("sv" as const) };
      });
    },
  );

  app.post(
    "/me/password",
    {
      config: { access },
      schema: {
        operationId: "changeMyPassword",
        tags: ["platform"],
        body: z.object({ currentPassword: z.string().max(500), newPassword: newPasswordSchema }),
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const user = request.user!;
      const row = await db
        .selectFrom("users")
        .select("password_hash")
        .where("id", "=", user.id)
        .executeTakeFirstOrThrow();
      if (!(await verifyPassword(row.password_hash, request.body.currentPassword))) {
        throw new AppError(422, "problem.validation", {}, [
          { path: "currentPassword", key: "auth.wrongCurrentPassword" },
        ]);
      }
      const passwordHash = await hashPassword(request.body.newPassword);
      await db.transaction().execute(async (trx) => {
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash, updated_at: sql`now()` })
          .where("id", "=", user.id)
          .execute();
        // Other devices are signed out; this one stays signed in.
        await trx
          .deleteFrom("sessions")
          .where("user_id", "=", user.id)
          .where("token_hash", "!=", hashToken(request.sessionToken ?? ""))
          .execute();
        await recordAudit(trx, {
          organisationId: null,
          actorUserId: user.id,
          action: "update",
          entityType: "user.password",
          entityId: user.id,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

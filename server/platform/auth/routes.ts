import type { FastifyReply } from "fastify";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { recordAudit } from "../audit/audit.ts";
import type { Config } from "../config.ts";
import type { Db } from "../db/database.ts";
import { SESSION_COOKIE } from "../http/access.ts";
import { AppError } from "../http/problem.ts";
import {
  emailSchema,
  newPasswordSchema,
  noContent,
  problems,
  roleSchema,
  userSchema,
} from "../http/schemas.ts";
import { translate } from "../i18n.ts";
import { queueEmail } from "../mail/outbox.ts";
import { hashPassword, timingSafeDummyVerify, verifyPassword } from "./passwords.ts";
import { createSession, endAllSessionsOf, endSession, type SessionUser } from "./sessions.ts";
import { minutesToWait, recordAttempt } from "./sign-in-backoff.ts";
import { hashToken, newToken } from "./tokens.ts";

const RESET_MINUTES = 60;

const sessionResponse = z.object({
  user: userSchema.nullable(),
  organisations: z.array(z.object({ id: z.string(), name: z.string(), role: roleSchema })),
});

export async function organisationsOf(db: Db, userId: string) {
  const rows = await db
    .selectFrom("memberships") // tenant-checked: a person's own memberships across organisations
    .innerJoin("organisations", "organisations.id", "memberships.organisation_id")
    .select(["organisations.id", "organisations.name", "memberships.role"])
    .where("memberships.user_id", "=", userId)
    .orderBy("organisations.name")
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, role: roleSchema.parse(r.role) }));
}

export async function startSession(
  reply: FastifyReply,
  db: Db,
  user: SessionUser,
  policy: { idleMinutes: number; maxHours: number },
  secure: boolean,
) {
  const token = await createSession(db, user.id, policy);
  reply.setCookie(SESSION_COOKIE, token, {
    path: "/",
    httpOnly: true,
    sameSite: "lax",
    secure,
    signed: true,
  });
}

/** Per-IP limit on the routes that guess or spend secrets: sign-in, reset, invitation. */
export const authRateLimitOf = (config: Config) => ({
  max: config.authRateLimitPerMinute,
  timeWindow: "1 minute",
});

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;
  const policy = { idleMinutes: config.sessionIdleMinutes, maxHours: config.sessionMaxHours };
  const secure = config.publicUrl.startsWith("https://");
  const authRateLimit = authRateLimitOf(config);

  app.get(
    "/csrf-token",
    {
      config: { access: { scope: "public" } },
      schema: {
        operationId: "getCsrfToken",
        tags: ["platform"],
        summary: "A token to send as x-csrf-token with every state-changing request",
        response: { 200: z.object({ token: z.string() }) },
      },
    },
    async (_request, reply) => ({ token: reply.generateCsrf() }),
  );

  app.get(
    "/session",
    {
      config: { access: { scope: "public" } },
      schema: {
        operationId: "getSession",
        tags: ["platform"],
        summary: "The signed-in person and their organisations, or null",
        response: { 200: sessionResponse },
      },
    },
    async (request) => ({
      user: request.user,
      organisations: request.user ? await organisationsOf(db, request.user.id) : [],
    }),
  );

  app.post(
    "/auth/sign-in",
    {
      config: { access: { scope: "public" }, rateLimit: authRateLimit },
      schema: {
        operationId: "signIn",
        tags: ["platform"],
        body: z.object({
          email: emailSchema,
          password: z.string().min(1, { error: "field.required" }).max(500),
        }),
        response: { 200: sessionResponse, ...problems },
      },
    },
    async (request, reply) => {
      const { email, password } = request.body;
      const wait = await minutesToWait(db, email);
      if (wait > 0) {
        throw new AppError(429, "auth.lockedOut", { count: wait }, [], {
          "retry-after": String(wait * 60),
        });
      }
      const user = await db
        .selectFrom("users")
        .select(["id", "email", "name", "locale", "password_hash"])
        .where(sql`lower(email)`, "=", email)
        .executeTakeFirst();
      const ok = user
        ? await verifyPassword(user.password_hash, password)
        : await timingSafeDummyVerify(password);
      await recordAttempt(db, email, request.ip, ok);
      if (!user || !ok) throw new AppError(401, "auth.wrongCredentials");
      const sessionUser: SessionUser = {
        id: user.id,
        email: user.email,
        name: user.name,
        locale: user.locale === "en" ? "en" : "sv",
      };
      if (request.sessionToken) await endSession(db, request.sessionToken);
      await startSession(reply, db, sessionUser, policy, secure);
      return { user: sessionUser, organisations: await organisationsOf(db, user.id) };
    },
  );

  app.post(
    "/auth/sign-out",
    {
      config: { access: { scope: "public" } },
      schema: {
        operationId: "signOut",
        tags: ["platform"],
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      if (request.sessionToken) await endSession(db, request.sessionToken);
      reply.clearCookie(SESSION_COOKIE, { path: "/" });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/auth/password-reset",
    {
      config: { access: { scope: "public" }, rateLimit: authRateLimit },
      schema: {
        operationId: "requestPasswordReset",
        tags: ["platform"],
        summary: "Sends a reset link if the address has an account; answers the same either way",
        body: z.object({ email: emailSchema }),
        response: { 202: z.object({}), ...problems },
      },
    },
    async (request, reply) => {
      const user = await db
        .selectFrom("users")
        .select(["id", "name", "email", "locale"])
        .where(sql`lower(email)`, "=", request.body.email)
        .executeTakeFirst();
      if (user) {
        const { token, hash } = newToken();
        const locale = user.locale === "en" ? "en" : "sv";
        await db.transaction().execute(async (trx) => {
          await trx
            .insertInto("password_reset_tokens")
            .values({
              token_hash: hash,
              user_id: user.id,
              expires_at: new Date(Date.now() + RESET_MINUTES * 60_000),
            })
            .execute();
          await queueEmail(trx, {
            organisationId: null,
            to: user.email,
            subject: translate(locale, "mail.passwordReset.subject"),
            text: translate(locale, "mail.passwordReset.body", {
              name: user.name,
              minutes: RESET_MINUTES,
              link: `${config.publicUrl}/aterstall-losenord?token=${token}`,
            }),
          });
        });
        if (!config.smtpUrl) {
          // Without SMTP nobody can receive the link; show it to whoever runs the server.
          request.log.info(
            { to: user.email },
            `password reset link: ${config.publicUrl}/aterstall-losenord?token=${token}`,
          );
        }
      }
      return reply.code(202).send({});
    },
  );

  app.post(
    "/auth/password-reset/confirm",
    {
      config: { access: { scope: "public" }, rateLimit: authRateLimit },
      schema: {
        operationId: "confirmPasswordReset",
        tags: ["platform"],
        body: z.object({ token: z.string().min(1).max(200), password: newPasswordSchema }),
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const passwordHash = await hashPassword(request.body.password);
      await db.transaction().execute(async (trx) => {
        // Marking the token used in the same statement that checks it makes it single-use under concurrency.
        const used = await trx
          .updateTable("password_reset_tokens")
          .set({ used_at: sql`now()` })
          .where("token_hash", "=", hashToken(request.body.token))
          .where("used_at", "is", null)
          .where("expires_at", ">", sql<Date>`now()`)
          .returning("user_id")
          .executeTakeFirst();
        if (!used) throw new AppError(400, "auth.tokenInvalid");
        await trx
          .updateTable("users")
          .set({ password_hash: passwordHash, updated_at: sql`now()` })
          .where("id", "=", used.user_id)
          .execute();
        await endAllSessionsOf(trx, used.user_id);
        await recordAudit(trx, {
          organisationId: null,
          actorUserId: used.user_id,
          action: "update",
          entityType: "user.password",
          entityId: used.user_id,
        });
      });
      return reply.code(204).send(null);
    },
  );
};

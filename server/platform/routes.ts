import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { sql } from "kysely";
import { z } from "zod";
import { auditRoutes } from "./audit/routes.ts";
import { authRoutes } from "./auth/routes.ts";
import { invitationRoutes } from "./invitations/routes.ts";
import { outboxRoutes } from "./mail/routes.ts";
import { meRoutes } from "./me/routes.ts";
import { memberRoutes } from "./members/routes.ts";
import { organisationRoutes } from "./organisations/routes.ts";
import { unitRoutes } from "./units/routes.ts";

/** The platform's API: health, the OpenAPI document, sign-in, organisations and people. */
export const platformRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/health",
    {
      config: { access: { scope: "public" } },
      schema: {
        operationId: "getHealth",
        tags: ["platform"],
        summary: "Answers 200 when the server and its database work",
        response: { 200: z.object({ status: z.literal("ok"), database: z.literal("ok") }) },
      },
    },
    async () => {
      await sql`select 1`.execute(app.ctx.db);
      return { status: "ok" as const, database: "ok" as const };
    },
  );

  app.get(
    "/openapi.json",
    { config: { access: { scope: "public" } }, schema: { hide: true } },
    async () => app.swagger(),
  );

  await app.register(authRoutes);
  await app.register(meRoutes);
  await app.register(organisationRoutes);
  await app.register(unitRoutes);
  await app.register(memberRoutes);
  await app.register(invitationRoutes);
  await app.register(auditRoutes);
  await app.register(outboxRoutes);
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { organisationParams, problems } from "../http/schemas.ts";

/** "Utgående e-post": the organisation's mail as it stands in the outbox, readable without SMTP. */
export const outboxRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/organisations/:organisationId/outbox",
    {
      config: { access: { scope: "organisation", permission: "outbox.read" } },
      schema: {
        operationId: "listOutbox",
        tags: ["platform"],
        params: organisationParams,
        response: {
          200: z.array(
            z.object({
              id: z.string(),
              to: z.string(),
              subject: z.string(),
              text: z.string(),
              status: z.enum(["pending", "sending", "sent", "failed"]),
              createdAt: z.date(),
              sentAt: z.date().nullable(),
              attempts: z.number().int(),
              lastError: z.string().nullable(),
            }),
          ),
          ...problems,
        },
      },
    },
    async (request) => {
      const rows = await request.tenant
        .selectFrom("outbox_emails")
        .select([
          "outbox_emails.id",
          "outbox_emails.to_address",
          "outbox_emails.subject",
          "outbox_emails.text_body",
          "outbox_emails.status",
          "outbox_emails.created_at",
          "outbox_emails.sent_at",
          "outbox_emails.attempts",
          "outbox_emails.last_error",
        ])
        .orderBy("outbox_emails.created_at", "desc")
        .limit(200)
        .execute();
      return rows.map((r) => ({
        id: r.id,
        to: r.to_address,
        subject: r.subject,
        text: r.text_body,
        status: r.status as "pending" | "sending" | "sent" | "failed",
        createdAt: r.created_at,
        sentAt: r.sent_at,
        attempts: r.attempts,
        lastError: r.last_error,
      }));
    },
  );
};

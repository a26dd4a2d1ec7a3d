import { createReadStream, existsSync, statSync } from "node:fs";
import { join, normalize } from "node:path";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { roomProgress } from "../../../core/learning/progress.ts";
import { roomMinutes } from "../../../core/learning/room.ts";
import { checkVersion, versionSchema } from "../../cycle/common.ts";
import { swedishToday } from "../../cycle/years/service.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import { invalidField, notFound } from "../../platform/http/problem.ts";
import {
  noContent,
  organisationParams,
  problems,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import {
  reportOrganisation,
  reportQuery,
  reportResponses,
  sendReport,
} from "../../reports/http.ts";
import { CONTENT_DIR, roomLibrary } from "../content.ts";
import { buildGuide } from "../guide.ts";
import {
  groupQuery,
  hiddenStepsBody,
  officeSchema,
  ownQuestionBody,
  ownQuestionSchema,
  ownQuestionUpdateBody,
  roomParams,
  roomSchema,
} from "../schemas.ts";
import { adaptedRoom, roomView } from "../service.ts";

const take = { scope: "organisation", permission: "learning.take" } as const;
const manage = { scope: "organisation", permission: "learning.manage" } as const;
const questionParams = organisationParams.extend({ questionId: uuidSchema });

const MEDIA_TYPES: Record<string, string> = {
  ".mp4": "video/mp4",
  ".webm": "video/webm",
  ".vtt": "text/vtt; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
};

/** The office of rooms, a room with the organisation's adjustments, and its discussion guide. */
export const learningRoomRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.get(
    "/organisations/:organisationId/learning/rooms",
    {
      config: { access: take },
      schema: {
        operationId: "learningOffice",
        tags: ["learning"],
        summary: "Every room with the group's progress (all groups, one unit's, or my own)",
        params: organisationParams,
        querystring: groupQuery,
        response: { 200: officeSchema, ...problems },
      },
    },
    async (request) => {
      const { group } = request.query;
      const tenant = request.tenant;
      let query = tenant
        .selectFrom("learning_sessions")
        .select([
          "learning_sessions.id",
          "learning_sessions.room_id",
          "learning_sessions.status",
          "learning_sessions.updated_at",
        ])
        .orderBy("learning_sessions.updated_at", "desc");
      if (group === "me")
        query = query
          .where("learning_sessions.mode", "=", "individual")
          .where("learning_sessions.started_by", "=", request.user!.id);
      else {
        query = query.where("learning_sessions.mode", "=", "group");
        if (group.startsWith("unit:"))
          query = query.where("learning_sessions.unit_id", "=", group.slice(5));
      }
      const sessions = await query.execute();
      const rooms = await Promise.all(
        [...roomLibrary().keys()].map(async (id) => {
          const { room } = await adaptedRoom(tenant, id, request.locale);
          const own = sessions.filter((s) => s.room_id === id);
          return {
            id,
            area: room.area,
            order: room.order,
            title: room.title,
            summary: room.summary,
            minutes: roomMinutes(room),
            stepCount: room.steps.length,
            progress: roomProgress(own),
            lastActivityAt: own[0]?.updated_at.toISOString() ?? null,
            openSessionId: own.find((s) => s.status !== "completed")?.id ?? null,
          };
        }),
      );
      return { rooms };
    },
  );

  app.get(
    "/organisations/:organisationId/learning/rooms/:roomId",
    {
      config: { access: take },
      schema: {
        operationId: "learningRoom",
        tags: ["learning"],
        summary:
          "A room in the user's language, with the organisation's own questions and without its hidden steps",
        params: roomParams,
        response: { 200: roomSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, roomId } = request.params;
      const { room, source, settings } = await adaptedRoom(request.tenant, roomId, request.locale);
      return roomView(room, source, settings, organisationId);
    },
  );

  app.put(
    "/organisations/:organisationId/learning/rooms/:roomId/hidden-steps",
    {
      config: { access: manage },
      schema: {
        operationId: "hideLearningSteps",
        tags: ["learning"],
        summary: "The steps of a room the organisation skips; at least one step stays",
        params: roomParams,
        body: hiddenStepsBody,
        response: { 200: roomSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, roomId } = request.params;
      const files = roomLibrary().get(roomId);
      if (!files) throw notFound();
      const ids = files.sv.steps.map((s) => s.id);
      const hidden = [...new Set(request.body.hiddenSteps)];
      const unknown = hidden.findIndex((id) => !ids.includes(id));
      if (unknown >= 0) throw invalidField(`hiddenSteps.${unknown}`, "learning.stepUnknown");
      if (hidden.length >= ids.length) throw invalidField("hiddenSteps", "learning.keepOneStep");
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const current = await tenant
          .selectFrom("learning_room_settings")
          .selectAll("learning_room_settings")
          .where("learning_room_settings.room_id", "=", roomId)
          .forUpdate()
          .executeTakeFirst();
        checkVersion(current?.version ?? 1, request.body.version);
        if (current)
          await tenant
            .updateTable("learning_room_settings")
            .set({ hidden_steps: hidden, version: current.version + 1, updated_at: new Date() })
            .where("learning_room_settings.room_id", "=", roomId)
            .execute();
        else
          await tenant
            .insertInto("learning_room_settings")
            .values({
              organisation_id: organisationId,
              room_id: roomId,
              hidden_steps: hidden,
              version: 2,
            })
            .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: current ? "update" : "create",
          entityType: "learning_room_settings",
          entityId: roomId,
          before: current ? { hiddenSteps: current.hidden_steps } : null,
          after: { hiddenSteps: hidden },
        });
        const { room, source, settings } = await adaptedRoom(tenant, roomId, request.locale);
        return roomView(room, source, settings, organisationId);
      });
    },
  );

  app.post(
    "/organisations/:organisationId/learning/rooms/:roomId/questions",
    {
      config: { access: manage },
      schema: {
        operationId: "addOwnLearningQuestion",
        tags: ["learning"],
        summary: "Adds the organisation's own question to a discussion step of a room",
        params: roomParams,
        body: ownQuestionBody,
        response: { 201: ownQuestionSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, roomId } = request.params;
      const files = roomLibrary().get(roomId);
      if (!files) throw notFound();
      const step = files.sv.steps.find((s) => s.id === request.body.stepId);
      if (step?.type !== "discussion") throw invalidField("stepId", "learning.notDiscussion");
      const created = await db.transaction().execute(async (trx) => {
        const row = await forOrganisation(trx, organisationId)
          .insertInto("learning_own_questions")
          .values({
            organisation_id: organisationId,
            room_id: roomId,
            step_id: step.id,
            text: request.body.text,
            minutes: request.body.minutes,
            created_by: request.user!.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        const question = ownQuestion(row);
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "learning_own_question",
          entityId: row.id,
          after: { roomId, ...question },
        });
        return question;
      });
      return reply.code(201).send(created);
    },
  );

  app.patch(
    "/organisations/:organisationId/learning/questions/:questionId",
    {
      config: { access: manage },
      schema: {
        operationId: "updateOwnLearningQuestion",
        tags: ["learning"],
        params: questionParams,
        body: ownQuestionUpdateBody,
        response: { 200: ownQuestionSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, questionId } = request.params;
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const current = await lockOwnQuestion(tenant, questionId, request.body.version);
        const row = await tenant
          .updateTable("learning_own_questions")
          .set({
            text: request.body.text ?? current.text,
            minutes: request.body.minutes ?? current.minutes,
            version: current.version + 1,
            updated_at: new Date(),
          })
          .where("learning_own_questions.id", "=", questionId)
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "update",
          entityType: "learning_own_question",
          entityId: questionId,
          before: ownQuestion(current),
          after: ownQuestion(row),
        });
        return ownQuestion(row);
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/learning/questions/:questionId",
    {
      config: { access: manage },
      schema: {
        operationId: "deleteOwnLearningQuestion",
        tags: ["learning"],
        summary: "Removes an own question; notes written on it stay in their sessions",
        params: questionParams,
        querystring: z.object({ version: z.coerce.number().pipe(versionSchema) }),
        response: { 204: noContent, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, questionId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const current = await lockOwnQuestion(tenant, questionId, request.query.version);
        await tenant
          .deleteFrom("learning_own_questions")
          .where("learning_own_questions.id", "=", questionId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "learning_own_question",
          entityId: questionId,
          before: ownQuestion(current),
        });
      });
      return reply.code(204).send(null);
    },
  );

  for (const format of ["docx", "pdf"] as const) {
    app.get(
      `/organisations/:organisationId/learning/rooms/:roomId/guide.${format}`,
      {
        config: { access: take },
        schema: {
          operationId: `learningGuide${format === "docx" ? "Docx" : "Pdf"}`,
          tags: ["learning"],
          summary: `The room's discussion guide for a meeting without a screen, as ${format.toUpperCase()}`,
          params: roomParams,
          querystring: reportQuery,
          response: reportResponses,
        },
      },
      async (request, reply) => {
        const { organisationId, roomId } = request.params;
        const locale = request.query.locale ?? request.locale;
        const { room } = await adaptedRoom(request.tenant, roomId, locale);
        const organisation = await reportOrganisation(db, organisationId);
        const doc = buildGuide(room, {
          locale,
          organisationName: organisation.name,
          orgNumber: organisation.orgNumber,
          date: swedishToday(),
        });
        const name = `${locale === "sv" ? "Samtalsguide" : "Discussion guide"} ${room.title}`;
        return sendReport(reply, doc, format, name);
      },
    );
  }

  // Films, captions and pictures of the rooms (content/media); the same for every member.
  const file = z.any().meta({ type: "string", format: "binary", description: "The file" });
  app.get(
    "/learning/media/*",
    {
      config: { access: { scope: "user" } },
      schema: {
        operationId: "learningMedia",
        tags: ["learning"],
        response: { 200: file, ...problems },
      },
    },
    async (request, reply) => {
      const name = normalize((request.params as { "*": string })["*"]);
      const path = join(CONTENT_DIR, "media", name);
      const type = MEDIA_TYPES[name.slice(name.lastIndexOf("."))];
      if (name.startsWith("..") || !type || !existsSync(path) || !statSync(path).isFile())
        throw notFound();
      return reply.header("content-type", type).send(createReadStream(path));
    },
  );
};

/** The own question, locked for the change; 404 if it is not the organisation's, 409 if stale. */
async function lockOwnQuestion(tenant: TenantDb, questionId: string, version: number) {
  const current = await tenant
    .selectFrom("learning_own_questions")
    .selectAll("learning_own_questions")
    .where("learning_own_questions.id", "=", questionId)
    .forUpdate()
    .executeTakeFirst();
  if (!current) throw notFound();
  checkVersion(current.version, version);
  return current;
}

function ownQuestion(row: {
  id: string;
  step_id: string;
  text: string;
  minutes: number;
  version: number;
}) {
  return {
    id: row.id,
    stepId: row.step_id,
    text: row.text,
    minutes: row.minutes,
    version: row.version,
  };
}

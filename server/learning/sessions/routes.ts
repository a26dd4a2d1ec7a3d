import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { applyTimerAction, pauseAll, type StepTimer } from "../../../core/learning/timer.ts";
import { checkSeenVersion, checkVersion } from "../../cycle/common.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation, type TenantDb } from "../../platform/db/tenant.ts";
import { AppError, invalidField, notFound } from "../../platform/http/problem.ts";
import { organisationParams, problems, uuidSchema } from "../../platform/http/schemas.ts";
import { roomLibrary } from "../content.ts";
import {
  createSessionBody,
  feedbackBody,
  noteBody,
  noteDeleteQuery,
  noteParams,
  noteSchema,
  planItemBody,
  planItemSchema,
  sessionParams,
  sessionSchema,
  sessionSummarySchema,
  timerBody,
  updateSessionBody,
} from "../schemas.ts";
import {
  adaptedRoom,
  findSession,
  noteItem,
  requireOpen,
  sessionRoom,
  sessionSummaries,
  sessionView,
} from "../service.ts";
import { draftIntoPlan } from "./plan.ts";

const take = { scope: "organisation", permission: "learning.take" } as const;

/** Sessions of a room: started, moved through step by step, noted, finished and rated. */
export const learningSessionRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;

  app.post(
    "/organisations/:organisationId/learning/sessions",
    {
      config: { access: take },
      schema: {
        operationId: "startLearningSession",
        tags: ["learning"],
        summary: "Starts a room, for a group on one screen or for one person",
        params: organisationParams,
        body: createSessionBody,
        response: { 201: sessionSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId } = request.params;
      const body = request.body;
      if (!roomLibrary().has(body.roomId)) throw invalidField("roomId", "learning.roomUnknown");
      const group = body.mode === "group";
      if (group && body.participantCount === undefined)
        throw invalidField("participantCount", "learning.participantCount");
      const id = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        if (body.unitId) {
          const unit = await tenant
            .selectFrom("units")
            .select("units.id")
            .where("units.id", "=", body.unitId)
            .executeTakeFirst();
          if (!unit) throw invalidField("unitId", "field.unitNotFound");
        }
        const { room } = await adaptedRoom(tenant, body.roomId, request.locale);
        const row = await tenant
          .insertInto("learning_sessions")
          .values({
            organisation_id: organisationId,
            room_id: body.roomId,
            mode: body.mode,
            unit_id: body.unitId,
            group_name: group ? body.groupName : "",
            participant_count: group ? body.participantCount! : 1,
            participant_names: group ? body.participantNames : "",
            locale: request.locale,
            current_step: room.steps[0]?.id ?? null,
            started_by: request.user!.id,
          })
          .returning(["id", "room_id", "mode", "unit_id", "group_name", "participant_count"])
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "learning_session",
          entityId: row.id,
          after: {
            roomId: row.room_id,
            mode: row.mode,
            unitId: row.unit_id,
            groupName: row.group_name,
            participantCount: row.participant_count,
          },
        });
        return row.id;
      });
      const view = await sessionView(
        request.tenant,
        id,
        request.membership!,
        request.user!.id,
        request.locale,
      );
      return reply.code(201).send(view);
    },
  );

  app.get(
    "/organisations/:organisationId/learning/sessions",
    {
      config: { access: take },
      schema: {
        operationId: "listLearningSessions",
        tags: ["learning"],
        summary: "The group sessions and my own, newest first",
        params: organisationParams,
        querystring: z.object({ roomId: z.string().max(100).optional() }),
        response: { 200: z.object({ sessions: z.array(sessionSummarySchema) }), ...problems },
      },
    },
    async (request) => ({
      sessions: await sessionSummaries(request.tenant, request.locale, request.user!.id, {
        roomId: request.query.roomId,
      }),
    }),
  );

  app.get(
    "/organisations/:organisationId/learning/sessions/:sessionId",
    {
      config: { access: take },
      schema: {
        operationId: "learningSession",
        tags: ["learning"],
        params: sessionParams,
        response: { 200: sessionSchema, ...problems },
      },
    },
    async (request) =>
      sessionView(
        request.tenant,
        request.params.sessionId,
        request.membership!,
        request.user!.id,
        request.locale,
      ),
  );

  app.patch(
    "/organisations/:organisationId/learning/sessions/:sessionId",
    {
      config: { access: take },
      schema: {
        operationId: "updateLearningSession",
        tags: ["learning"],
        summary:
          "Moves to a step, pauses, resumes or finishes the session, or changes who took part",
        params: sessionParams,
        body: updateSessionBody,
        response: { 200: sessionSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, sessionId } = request.params;
      const body = request.body;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const session = await findSession(tenant, sessionId, request.user!.id, true);
        const reopening = body.status !== undefined && body.status !== "completed";
        if (session.status === "completed" && (reopening || body.currentStep !== undefined))
          throw new AppError(409, "learning.sessionCompleted");
        const now = new Date();
        const changes: Record<string, unknown> = {};
        if (body.currentStep !== undefined && body.currentStep !== session.current_step) {
          const room = await sessionRoom(tenant, session, request.locale);
          if (!room.steps.some((s) => s.id === body.currentStep))
            throw invalidField("currentStep", "learning.stepUnknown");
          changes.current_step = body.currentStep;
          changes.timers = JSON.stringify(pauseAll(timersOf(session), now));
        }
        if (body.status !== undefined && body.status !== session.status) {
          changes.status = body.status;
          if (body.status !== "active")
            changes.timers = JSON.stringify(pauseAll(timersOf(session), now));
          changes.completed_at = body.status === "completed" ? now : null;
        }
        if (body.unitId !== undefined && body.unitId !== null) {
          const unit = await tenant
            .selectFrom("units")
            .select("units.id")
            .where("units.id", "=", body.unitId)
            .executeTakeFirst();
          if (!unit) throw invalidField("unitId", "field.unitNotFound");
        }
        if (session.mode === "group") {
          if (body.unitId !== undefined) changes.unit_id = body.unitId;
          if (body.groupName !== undefined) changes.group_name = body.groupName;
          if (body.participantCount !== undefined)
            changes.participant_count = body.participantCount;
          if (body.participantNames !== undefined)
            changes.participant_names = body.participantNames;
        }
        if (Object.keys(changes).length === 0) return;
        await tenant
          .updateTable("learning_sessions")
          .set({ ...changes, version: session.version + 1, updated_at: now })
          .where("learning_sessions.id", "=", sessionId)
          .execute();
        // Moving between steps is not documented work; who took part and the status are.
        const { timers: _t, current_step: _c, ...documented } = changes;
        if (Object.keys(documented).length > 0)
          await recordAudit(trx, {
            organisationId,
            actorUserId: request.user!.id,
            action: "update",
            entityType: "learning_session",
            entityId: sessionId,
            before: Object.fromEntries(
              Object.keys(documented).map((k) => [k, session[k as keyof typeof session]]),
            ),
            after: documented,
          });
      });
      return sessionView(
        request.tenant,
        sessionId,
        request.membership!,
        request.user!.id,
        request.locale,
      );
    },
  );

  app.post(
    "/organisations/:organisationId/learning/sessions/:sessionId/timer",
    {
      config: { access: take },
      schema: {
        operationId: "learningTimer",
        tags: ["learning"],
        summary: "Starts, pauses, extends (2 minutes) or resets a step's clock",
        params: sessionParams,
        body: timerBody,
        response: { 200: sessionSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, sessionId } = request.params;
      const { stepId, action } = request.body;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const session = await findSession(tenant, sessionId, request.user!.id, true);
        requireOpen(session);
        const room = await sessionRoom(tenant, session, request.locale);
        if (!room.steps.some((s) => s.id === stepId))
          throw invalidField("stepId", "learning.stepUnknown");
        const now = new Date();
        const timers = timersOf(session);
        // One clock runs at a time: starting this step's pauses the others.
        const others = action === "start" ? pauseAll(timers, now) : timers;
        const next = { ...others, [stepId]: applyTimerAction(timers[stepId], action, now) };
        await tenant
          .updateTable("learning_sessions")
          .set({ timers: JSON.stringify(next), updated_at: now })
          .where("learning_sessions.id", "=", sessionId)
          .execute();
      });
      return sessionView(
        request.tenant,
        sessionId,
        request.membership!,
        request.user!.id,
        request.locale,
      );
    },
  );

  app.put(
    "/organisations/:organisationId/learning/sessions/:sessionId/notes/:stepId/:itemId",
    {
      config: { access: take },
      schema: {
        operationId: "saveLearningNote",
        tags: ["learning"],
        summary:
          "Saves the note on a question, task field or reflection; a stale version is refused with 409",
        params: noteParams,
        body: noteBody,
        response: { 200: noteSchema, ...problems },
      },
    },
    async (request) => {
      const { organisationId, sessionId, stepId, itemId } = request.params;
      const text = request.body.text.trim();
      if (!text) throw invalidField("text", "learning.noteEmpty");
      return db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const session = await findSession(tenant, sessionId, request.user!.id, true);
        requireOpen(session);
        const item = await noteItem(tenant, session, stepId, itemId);
        if (!item) throw notFound();
        const current = await findNote(tenant, sessionId, stepId, itemId);
        checkSeenVersion(current, request.body.version);
        const now = new Date();
        const row = current
          ? await tenant
              .updateTable("learning_notes")
              .set({
                text,
                prompt: item.prompt,
                version: current.version + 1,
                updated_by: request.user!.id,
                updated_at: now,
              })
              .where("learning_notes.id", "=", current.id)
              .returningAll()
              .executeTakeFirstOrThrow()
          : await tenant
              .insertInto("learning_notes")
              .values({
                organisation_id: organisationId,
                session_id: sessionId,
                step_id: stepId,
                item_id: itemId,
                prompt: item.prompt,
                text,
                updated_by: request.user!.id,
              })
              .returningAll()
              .executeTakeFirstOrThrow();
        await tenant
          .updateTable("learning_sessions")
          .set({ updated_at: now })
          .where("learning_sessions.id", "=", sessionId)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: current ? "update" : "create",
          entityType: "learning_note",
          entityId: row.id,
          before: current ? { text: current.text } : null,
          after: { sessionId, stepId, itemId, text },
        });
        return {
          id: row.id,
          stepId,
          itemId,
          prompt: row.prompt,
          text: row.text,
          version: row.version,
          updatedAt: row.updated_at.toISOString(),
          updatedByName: request.user!.name,
          planItems: [],
        };
      });
    },
  );

  app.delete(
    "/organisations/:organisationId/learning/sessions/:sessionId/notes/:stepId/:itemId",
    {
      config: { access: take },
      schema: {
        operationId: "deleteLearningNote",
        tags: ["learning"],
        summary: "Removes a note (the scribe emptied it); drafts made from it keep their text",
        params: noteParams,
        querystring: noteDeleteQuery,
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, sessionId, stepId, itemId } = request.params;
      await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const session = await findSession(tenant, sessionId, request.user!.id, true);
        requireOpen(session);
        const current = await findNote(tenant, sessionId, stepId, itemId);
        if (!current) throw notFound();
        checkVersion(current.version, request.query.version);
        await tenant
          .deleteFrom("learning_notes")
          .where("learning_notes.id", "=", current.id)
          .execute();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "learning_note",
          entityId: current.id,
          before: { sessionId, stepId, itemId, text: current.text },
        });
      });
      return reply.code(204).send(null);
    },
  );

  app.post(
    "/organisations/:organisationId/learning/sessions/:sessionId/notes/:noteId/plan",
    {
      config: { access: { scope: "organisation", permission: "cycle.manage" } },
      schema: {
        operationId: "draftFromLearningNote",
        tags: ["learning"],
        summary:
          "Makes a note a draft risk or measure in this year's plan, with the session as its source",
        params: sessionParams.extend({ noteId: uuidSchema }),
        body: planItemBody,
        response: { 201: planItemSchema, ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, sessionId, noteId } = request.params;
      const item = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        const session = await findSession(tenant, sessionId, request.user!.id);
        const note = await tenant
          .selectFrom("learning_notes")
          .selectAll("learning_notes")
          .where("learning_notes.id", "=", noteId)
          .where("learning_notes.session_id", "=", session.id)
          .executeTakeFirst();
        if (!note) throw notFound();
        return draftIntoPlan(trx, tenant, {
          session,
          note,
          body: request.body,
          userId: request.user!.id,
          membership: request.membership!,
        });
      });
      return reply.code(201).send(item);
    },
  );

  app.post(
    "/organisations/:organisationId/learning/sessions/:sessionId/feedback",
    {
      config: { access: take },
      schema: {
        operationId: "giveLearningFeedback",
        tags: ["learning"],
        summary:
          "Anonymous rating (1–5) and comment after a completed session, one per participant",
        params: sessionParams,
        body: feedbackBody,
        response: { 201: z.object({ feedbackCount: z.number() }), ...problems },
      },
    },
    async (request, reply) => {
      const { organisationId, sessionId } = request.params;
      const count = await db.transaction().execute(async (trx) => {
        const tenant = forOrganisation(trx, organisationId);
        // Locked so two participants answering at once cannot pass the limit together.
        const session = await findSession(tenant, sessionId, request.user!.id, true);
        if (session.status !== "completed") throw new AppError(409, "learning.feedbackBeforeEnd");
        const given = await tenant
          .selectFrom("learning_feedback")
          .select((eb) => eb.fn.countAll<string>().as("n"))
          .where("learning_feedback.session_id", "=", sessionId)
          .executeTakeFirstOrThrow();
        if (Number(given.n) >= session.participant_count)
          throw new AppError(409, "learning.feedbackFull", { count: session.participant_count });
        // No user and no time of day: the answer cannot be traced to a person.
        await tenant
          .insertInto("learning_feedback")
          .values({
            organisation_id: organisationId,
            session_id: sessionId,
            room_id: session.room_id,
            rating: request.body.rating,
            comment: request.body.comment,
          })
          .execute();
        return Number(given.n) + 1;
      });
      return reply.code(201).send({ feedbackCount: count });
    },
  );
};

/** The note at one place of a session (the session is locked by the caller). */
const findNote = (tenant: TenantDb, sessionId: string, stepId: string, itemId: string) =>
  tenant
    .selectFrom("learning_notes")
    .selectAll("learning_notes")
    .where("learning_notes.session_id", "=", sessionId)
    .where("learning_notes.step_id", "=", stepId)
    .where("learning_notes.item_id", "=", itemId)
    .executeTakeFirst();

const timersOf = (session: { timers: unknown }) =>
  (session.timers ?? {}) as Record<string, StepTimer>;

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { summariseFeedback } from "../../core/learning/progress.ts";
import { organisationParams, problems } from "../platform/http/schemas.ts";
import { evidenceQuery, evidenceSchema } from "./schemas.ts";
import { roomTitles, sessionSummaries } from "./service.ts";

/**
 * Which groups took which rooms in a year, with how many, and what they thought of them:
 * the knowledge-building the yearly documentation can point to. Feedback is shown only per
 * room and only once enough have answered.
 */
export const learningEvidenceRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    "/organisations/:organisationId/learning/evidence",
    {
      config: { access: { scope: "organisation", permission: "learning.readEvidence" } },
      schema: {
        operationId: "learningEvidence",
        tags: ["learning"],
        summary: "The year's sessions per room and unit, with participants and feedback",
        params: organisationParams,
        querystring: evidenceQuery,
        response: { 200: evidenceSchema, ...problems },
      },
    },
    async (request) => {
      const { year } = request.query;
      return learningEvidence(request.tenant, request.locale, request.user!.id, year);
    },
  );
};

export async function learningEvidence(
  tenant: Parameters<typeof sessionSummaries>[0],
  locale: Parameters<typeof sessionSummaries>[1],
  userId: string,
  year: number,
) {
  const sessions = await sessionSummaries(tenant, locale, userId, { year, everyone: true });
  const ids = sessions.map((s) => s.id);
  const feedback = ids.length
    ? await tenant
        .selectFrom("learning_feedback")
        .select([
          "learning_feedback.room_id",
          "learning_feedback.rating",
          "learning_feedback.comment",
          "learning_feedback.given_on",
        ])
        .where("learning_feedback.session_id", "in", ids)
        .orderBy("learning_feedback.given_on", "desc")
        .execute()
    : [];
  const titles = roomTitles(locale);
  const roomIds = [...new Set(sessions.map((s) => s.roomId))];
  const rooms = roomIds.map((roomId) => {
    const own = sessions.filter((s) => s.roomId === roomId && s.status === "completed");
    const answers = feedback.filter((f) => f.room_id === roomId);
    const summary = summariseFeedback(answers.map((a) => a.rating));
    return {
      roomId,
      title: titles.get(roomId) ?? roomId,
      completedSessions: own.length,
      participants: own.reduce((n, s) => n + s.participantCount, 0),
      feedback: summary,
      comments:
        summary.average === null
          ? []
          : answers
              .filter((a) => a.comment.trim())
              .map((a) => ({ text: a.comment, givenOn: a.given_on })),
    };
  });
  return { year, sessions, rooms };
}

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { learningEvidenceRoutes } from "./evidence.ts";
import { learningRoomRoutes } from "./rooms/routes.ts";
import { learningSessionRoutes } from "./sessions/routes.ts";

/** Learning rooms: the office, sessions with notes and feedback, and who took which room. */
export const learningRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(learningRoomRoutes);
  await app.register(learningSessionRoutes);
  await app.register(learningEvidenceRoutes);
};

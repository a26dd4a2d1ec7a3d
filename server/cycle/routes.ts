import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { cooperationRoutes } from "./cooperation/routes.ts";
import { genderBalanceRoutes } from "./gender-balance/routes.ts";
import { harassmentRoutes } from "./harassment/routes.ts";
import { investigationRoutes } from "./investigations/routes.ts";
import { measureRoutes } from "./measures/routes.ts";
import { cycleReportRoutes } from "./report/routes.ts";
import { riskRoutes } from "./risks/routes.ts";
import { wheelRoutes } from "./wheel/routes.ts";
import { workYearRoutes } from "./years/routes.ts";

/** The yearly cycle of active measures: investigate → analyse → act → follow up. */
export const cycleRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(workYearRoutes);
  await app.register(investigationRoutes);
  await app.register(riskRoutes);
  await app.register(measureRoutes);
  await app.register(cycleReportRoutes);
  await app.register(cooperationRoutes);
  await app.register(harassmentRoutes);
  await app.register(genderBalanceRoutes);
  await app.register(wheelRoutes);
};

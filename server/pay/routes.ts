import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { comparisonRoutes } from "./comparisons/routes.ts";
import { importRoutes } from "./import/routes.ts";
import { indicatorRoutes } from "./indicators/routes.ts";
import { jobRoutes } from "./jobs/routes.ts";
import { payMeasureRoutes } from "./measures/routes.ts";
import { regressionRoutes } from "./regression/routes.ts";
import { payReportRoutes } from "./report/routes.ts";
import { statisticsRoutes } from "./statistics/routes.ts";
import { surveyRoutes } from "./surveys/routes.ts";

/** The pay survey (DL 3:8–13) and the EU pay-transparency indicators. */
export const payRoutes: FastifyPluginAsyncZod = async (app) => {
  await app.register(surveyRoutes);
  await app.register(importRoutes);
  await app.register(jobRoutes);
  await app.register(statisticsRoutes);
  await app.register(comparisonRoutes);
  await app.register(payMeasureRoutes);
  await app.register(regressionRoutes);
  await app.register(indicatorRoutes);
  await app.register(payReportRoutes);
};

import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  reportOrganisation,
  reportQuery,
  reportResponses,
  sendReport,
} from "../../reports/http.ts";
import { yearParams } from "../common.ts";
import { swedishToday } from "../years/service.ts";
import { buildBoardSummary, buildYearDocumentation, reportFileName } from "./build.ts";

const distributionEntry = z.string().trim().max(200);
const summaryQuery = reportQuery.extend({
  distribution: z
    .union([distributionEntry, z.array(distributionEntry).max(50)])
    .optional()
    .transform((value) =>
      (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean),
    )
    .describe("Who the summary is sent to; repeat the parameter for each recipient"),
});

/** The year's documentation and the board summary, as Word and as tagged PDF. */
export const cycleReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const read = { scope: "organisation", permission: "cycle.read" } as const;

  for (const format of ["docx", "pdf"] as const) {
    const upper = format === "docx" ? "Docx" : "Pdf";

    app.get(
      `/organisations/:organisationId/years/:year/documentation.${format}`,
      {
        config: { access: read },
        schema: {
          operationId: `downloadYearDocumentation${upper}`,
          tags: ["reports"],
          summary: `The year's documentation of active measures (3 kap. 13 §) as ${format.toUpperCase()}`,
          params: yearParams,
          querystring: reportQuery,
          response: reportResponses,
        },
      },
      async (request, reply) => {
        const { organisationId, year } = request.params;
        const locale = request.query.locale ?? request.locale;
        const organisation = await reportOrganisation(db, organisationId);
        const doc = await buildYearDocumentation(request.tenant, {
          organisation,
          year,
          locale,
          today: swedishToday(),
        });
        return sendReport(
          reply,
          doc,
          format,
          reportFileName("documentation", year, organisation.name, locale),
        );
      },
    );

    app.get(
      `/organisations/:organisationId/years/:year/summary.${format}`,
      {
        config: { access: read },
        schema: {
          operationId: `downloadBoardSummary${upper}`,
          tags: ["reports"],
          summary: `A one- to two-page summary of the year for the board, as ${format.toUpperCase()}`,
          params: yearParams,
          querystring: summaryQuery,
          response: reportResponses,
        },
      },
      async (request, reply) => {
        const { organisationId, year } = request.params;
        const locale = request.query.locale ?? request.locale;
        const organisation = await reportOrganisation(db, organisationId);
        const doc = await buildBoardSummary(request.tenant, {
          organisation,
          year,
          locale,
          today: swedishToday(),
          distribution: request.query.distribution,
        });
        return sendReport(
          reply,
          doc,
          format,
          reportFileName("summary", year, organisation.name, locale),
        );
      },
    );
  }
};

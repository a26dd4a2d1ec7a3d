import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { yearParams } from "../../cycle/common.ts";
import { swedishToday } from "../../cycle/years/service.ts";
import {
  reportOrganisation,
  reportQuery,
  reportResponses,
  sendReport,
} from "../../reports/http.ts";
import { buildIndicatorReport, buildPaySurveyReport, payReportFileName } from "./build.ts";
import { loadIndicatorReport, loadPaySurveyReport } from "./data.ts";

/**
 * The year's pay survey report and EU indicator report, as Word and as tagged PDF. They are
 * organisation-wide, so only those who may see the whole survey download them (admin, HR and
 * union representatives designated for the pay survey); the documents themselves hold
 * aggregates only, with small groups suppressed.
 */
export const payReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const access = { scope: "organisation", permission: "pay.readIndividual" } as const;
  const base = "/organisations/:organisationId/pay/surveys/:year";

  for (const format of ["docx", "pdf"] as const) {
    const upper = format === "docx" ? "Docx" : "Pdf";

    app.get(
      `${base}/report.${format}`,
      {
        config: { access },
        schema: {
          operationId: `downloadPaySurveyReport${upper}`,
          tags: ["reports"],
          summary: `The year's pay survey and analysis (DL 3:8–14): method, job evaluation, the three comparisons with charts, analyses, pay adjustments with cost and timetable, last year's evaluation and cooperation, as ${format.toUpperCase()}`,
          params: yearParams,
          querystring: reportQuery,
          response: reportResponses,
        },
      },
      async (request, reply) => {
        const { organisationId, year } = request.params;
        const locale = request.query.locale ?? request.locale;
        const organisation = await reportOrganisation(db, organisationId);
        const data = await loadPaySurveyReport(db, request.tenant, year, locale);
        const doc = buildPaySurveyReport(data, { organisation, locale, today: swedishToday() });
        return sendReport(
          reply,
          doc,
          format,
          payReportFileName("survey", year, organisation.name, locale),
        );
      },
    );

    app.get(
      `${base}/indicator-report.${format}`,
      {
        config: { access },
        schema: {
          operationId: `downloadPayIndicatorReport${upper}`,
          tags: ["reports"],
          summary: `The EU pay-transparency indicators (2023/970 Art. 9(1)(a)–(g)) on annual and hourly pay, year over year, with the 5 % joint-pay-assessment flag per category and the reporting duty, as ${format.toUpperCase()}`,
          params: yearParams,
          querystring: reportQuery,
          response: reportResponses,
        },
      },
      async (request, reply) => {
        const { organisationId, year } = request.params;
        const locale = request.query.locale ?? request.locale;
        const organisation = await reportOrganisation(db, organisationId);
        const data = await loadIndicatorReport(request.tenant, year);
        const doc = buildIndicatorReport(data, { organisation, locale, today: swedishToday() });
        return sendReport(
          reply,
          doc,
          format,
          payReportFileName("indicators", year, organisation.name, locale),
        );
      },
    );
  }
};

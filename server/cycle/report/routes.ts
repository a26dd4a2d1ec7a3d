import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import { AppError, notFound, problemSchema } from "../../platform/http/problem.ts";
import { localeSchema, problems } from "../../platform/http/schemas.ts";
import {
  contentDisposition,
  PdfUnavailableError,
  type ReportDocument,
  renderDocx,
  renderPdf,
} from "../../reports/index.ts";
import { yearParams } from "../common.ts";
import { swedishToday } from "../years/service.ts";
import { buildBoardSummary, buildYearDocumentation, reportFileName } from "./build.ts";

const FORMATS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;
type Format = keyof typeof FORMATS;

const documentQuery = z.object({
  locale: localeSchema.optional().describe("Overrides Accept-Language"),
});

const distributionEntry = z.string().trim().max(200);
const summaryQuery = documentQuery.extend({
  distribution: z
    .union([distributionEntry, z.array(distributionEntry).max(50)])
    .optional()
    .transform((value) =>
      (value === undefined ? [] : Array.isArray(value) ? value : [value]).filter(Boolean),
    )
    .describe("Who the summary is sent to; repeat the parameter for each recipient"),
});

/** The file itself; Fastify sends a Buffer as it is, without a serializer. */
const file = z.any().meta({ type: "string", format: "binary", description: "The document" });
const responses = { 200: file, ...problems, 503: problemSchema };

/** The year's documentation and the board summary, as Word and as tagged PDF. */
export const cycleReportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const read = { scope: "organisation", permission: "cycle.read" } as const;

  async function organisationOf(organisationId: string) {
    // organisations is not an organisation-owned table: its row is the organisation itself.
    const row = await db
      .selectFrom("organisations")
      .select(["name", "org_number"])
      .where("id", "=", organisationId)
      .executeTakeFirst();
    if (!row) throw notFound();
    return { name: row.name, orgNumber: row.org_number };
  }

  async function render(doc: ReportDocument, format: Format): Promise<Buffer> {
    if (format === "docx") return renderDocx(doc);
    try {
      return await renderPdf(doc);
    } catch (error) {
      if (error instanceof PdfUnavailableError) throw new AppError(503, "cycle.pdfUnavailable");
      throw error;
    }
  }

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
          querystring: documentQuery,
          response: responses,
        },
      },
      async (request, reply) => {
        const { organisationId, year } = request.params;
        const locale = request.query.locale ?? request.locale;
        const organisation = await organisationOf(organisationId);
        const doc = await buildYearDocumentation(request.tenant, {
          organisation,
          year,
          locale,
          today: swedishToday(),
        });
        const body = await render(doc, format);
        return reply
          .header("content-type", FORMATS[format])
          .header(
            "content-disposition",
            contentDisposition(
              `${reportFileName("documentation", year, organisation.name, locale)}.${format}`,
            ),
          )
          .header("cache-control", "no-store")
          .send(body);
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
          response: responses,
        },
      },
      async (request, reply) => {
        const { organisationId, year } = request.params;
        const locale = request.query.locale ?? request.locale;
        const organisation = await organisationOf(organisationId);
        const doc = await buildBoardSummary(request.tenant, {
          organisation,
          year,
          locale,
          today: swedishToday(),
          distribution: request.query.distribution,
        });
        const body = await render(doc, format);
        return reply
          .header("content-type", FORMATS[format])
          .header(
            "content-disposition",
            contentDisposition(
              `${reportFileName("summary", year, organisation.name, locale)}.${format}`,
            ),
          )
          .header("cache-control", "no-store")
          .send(body);
      },
    );
  }
};

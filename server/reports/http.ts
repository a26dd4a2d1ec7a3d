import type { FastifyReply } from "fastify";
import { z } from "zod";
import type { Db } from "../platform/db/database.ts";
import { AppError, notFound, problemSchema } from "../platform/http/problem.ts";
import { localeSchema, problems } from "../platform/http/schemas.ts";
import type { ReportDocument } from "./document.ts";
import { renderDocx } from "./docx.ts";
import { contentDisposition } from "./index.ts";
import { PdfUnavailableError, renderPdf } from "./pdf.ts";

/** Serving a report over HTTP: the same formats, query, responses and headers everywhere. */
export const REPORT_FORMATS = {
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
  pdf: "application/pdf",
} as const;
export type ReportFormat = keyof typeof REPORT_FORMATS;

export const reportQuery = z.object({
  locale: localeSchema.optional().describe("Overrides Accept-Language"),
});

/** The file itself; Fastify sends a Buffer as it is, without a serializer. */
const file = z.any().meta({ type: "string", format: "binary", description: "The document" });
export const reportResponses = { 200: file, ...problems, 503: problemSchema };

/** The organisation as a report's title page names it. */
export interface ReportOrganisation {
  name: string;
  orgNumber: string;
}

/** The organisation's name and number for a report's title page. */
export async function reportOrganisation(
  db: Db,
  organisationId: string,
): Promise<ReportOrganisation> {
  // organisations is not an organisation-owned table: its row is the organisation itself.
  const row = await db
    .selectFrom("organisations")
    .select(["name", "org_number"])
    .where("id", "=", organisationId)
    .executeTakeFirst();
  if (!row) throw notFound();
  return { name: row.name, orgNumber: row.org_number };
}

/** Renders and sends the document; 503 with a reason when PDF has no Chromium to render with. */
export async function sendReport(
  reply: FastifyReply,
  doc: ReportDocument,
  format: ReportFormat,
  fileName: string,
) {
  let body: Buffer;
  try {
    body = format === "docx" ? await renderDocx(doc) : await renderPdf(doc);
  } catch (error) {
    if (error instanceof PdfUnavailableError) throw new AppError(503, "cycle.pdfUnavailable");
    throw error;
  }
  return reply
    .header("content-type", REPORT_FORMATS[format])
    .header("content-disposition", contentDisposition(`${fileName}.${format}`))
    .header("cache-control", "no-store")
    .send(body);
}

import { Readable } from "node:stream";
import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { z } from "zod";
import {
  type ColumnMapping,
  checkMapping,
  PAYROLL_FIELDS,
  suggestMapping,
} from "../../../core/pay/payroll.ts";
import { maskPersonnummer } from "../../../core/pay/personnummer.ts";
import { isoDate } from "../../cycle/common.ts";
import { recordAudit } from "../../platform/audit/audit.ts";
import { forOrganisation } from "../../platform/db/tenant.ts";
import { AppError, type FieldProblem, notFound } from "../../platform/http/problem.ts";
import {
  organisationParams,
  problems,
  requiredText,
  uuidSchema,
} from "../../platform/http/schemas.ts";
import type { MessageKey } from "../../platform/i18n.ts";
import { prepareCheckWorker } from "./checker.ts";
import { importProgress, importRunning, startImport } from "./job.ts";
import { FIELD_LABELS } from "./problems.ts";
import { cellText, FileReadError, readRows, SPLIT_MIN_BYTES } from "./read.ts";
import { findUpload, type StoredUpload, storeUpload } from "./uploads.ts";

const manage = { scope: "organisation", permission: "pay.manage" } as const;
const PREVIEW_ROWS = 10;

const mappingSchema = z.partialRecord(z.enum(PAYROLL_FIELDS), z.string().min(1).max(200));
const sexValuesSchema = z.object({
  female: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
  male: z.array(z.string().trim().min(1).max(40)).min(1).max(20),
});

const uploadSchema = z
  .object({
    id: z.string(),
    fileName: z.string(),
    size: z.number(),
    format: z.enum(["csv", "xlsx"]),
    encoding: z.string().nullable(),
    delimiter: z.string().nullable(),
    sheets: z.array(z.string()),
    sheet: z.string().nullable(),
    headers: z.array(z.string()),
    /** The first rows as text; anything shaped like a personnummer is masked. */
    preview: z.array(z.array(z.string())),
    suggestedMapping: mappingSchema,
    /** The survey's fields in the caller's language, grouped as the mapping form shows them. */
    fields: z.array(
      z.object({
        field: z.enum(PAYROLL_FIELDS),
        label: z.string(),
        hint: z.string(),
        group: z.enum(["required", "person", "job", "pay", "absence"]),
        required: z.boolean(),
      }),
    ),
  })
  .meta({ id: "PayUpload" });

/** How the mapping form groups the fields; the first group holds what an import needs. */
const FIELD_GROUP: Record<
  (typeof PAYROLL_FIELDS)[number],
  "required" | "person" | "job" | "pay" | "absence"
> = {
  employeeKey: "required",
  sex: "required",
  personnummer: "required",
  job: "required",
  extent: "required",
  baseSalary: "required",
  birthYear: "person",
  unit: "person",
  category: "person",
  employmentType: "person",
  manager: "person",
  hireDate: "person",
  educationYears: "person",
  jobTitle: "job",
  jobCode: "job",
  weeklyHours: "job",
  fixedSupplements: "pay",
  variablePay: "pay",
  parentalLeaveDays: "absence",
  sickLeaveDays: "absence",
};
const MUST_MAP = new Set(["sex", "job", "extent", "baseSalary"]);

function importFields(locale: "sv" | "en") {
  const order = ["required", "person", "job", "pay", "absence"];
  return [...PAYROLL_FIELDS]
    .sort((a, b) => order.indexOf(FIELD_GROUP[a]) - order.indexOf(FIELD_GROUP[b]))
    .map((field) => ({
      field,
      label: FIELD_LABELS[field][locale],
      hint: FIELD_LABELS[field].hint[locale],
      group: FIELD_GROUP[field],
      required: MUST_MAP.has(field),
    }));
}

const progressSchema = z
  .object({
    id: z.string(),
    status: z.enum(["reading", "saving", "done", "failed"]),
    percent: z.number(),
    rowsRead: z.number(),
    problems: z.array(z.object({ row: z.number(), column: z.string(), message: z.string() })),
    problemCount: z.number(),
    fileProblem: z.string().nullable(),
    result: z
      .object({
        year: z.number(),
        employees: z.number(),
        women: z.number(),
        men: z.number(),
        unmatchedUnits: z.array(z.string()),
        generatedKeys: z.boolean(),
      })
      .nullable(),
  })
  .meta({ id: "PayImportProgress" });

const templateSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    mapping: mappingSchema,
    sexValues: sexValuesSchema.nullable(),
    version: z.number(),
  })
  .meta({ id: "PayImportTemplate" });

const importBody = z.object({
  uploadId: uuidSchema,
  year: z.number().int().min(2000).max(2100),
  snapshotDate: isoDate,
  mapping: mappingSchema,
  sexValues: sexValuesSchema.optional(),
  sheet: z.string().max(200).optional(),
});

const templateBody = z.object({
  name: requiredText(100),
  mapping: mappingSchema,
  sexValues: sexValuesSchema.optional(),
});

/** Importing a payroll export: upload, look and map, import with progress; saved mappings. */
export const importRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db, config } = app.ctx;

  // The upload is the file itself as the request body, streamed to disk (never parsed as JSON).
  app.addContentTypeParser(
    [
      "application/octet-stream",
      "text/csv",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ],
    (_request, payload, done) => done(null, payload),
  );

  async function uploadView(upload: StoredUpload, locale: "sv" | "en", sheet?: string) {
    const facts = upload.facts;
    const chosen =
      facts.format === "xlsx" ? (sheet ?? (await firstSheetWithRows(upload))) : undefined;
    const rows: string[][] = [];
    try {
      for await (const event of readRows(upload.path, facts, chosen)) {
        rows.push(event.cells.map((cell) => maskPersonnummer(cellText(cell))));
        if (rows.length > PREVIEW_ROWS) break;
      }
    } catch (error) {
      if (error instanceof FileReadError) throw fileProblem(error);
      throw error;
    }
    const headers = (rows[0] ?? []).map((h) => h.trim());
    // Two columns with one heading cannot be told apart in the mapping.
    const twice = headers.find((h, i) => h !== "" && headers.indexOf(h) !== i);
    if (twice !== undefined)
      throw fileProblem(new FileReadError("file.duplicateHeading", { heading: twice }));
    return {
      id: upload.id,
      fileName: upload.fileName,
      size: upload.size,
      format: facts.format,
      encoding: facts.format === "csv" ? facts.encoding : null,
      delimiter: facts.format === "csv" ? facts.delimiter : null,
      sheets: facts.format === "xlsx" ? facts.sheets : [],
      sheet: chosen ?? null,
      headers,
      preview: rows.slice(1),
      suggestedMapping: suggestMapping(headers),
      fields: importFields(locale),
    };
  }

  /** The first sheet with a heading and at least one row (exports often start with a cover sheet). */
  async function firstSheetWithRows(upload: StoredUpload): Promise<string> {
    if (upload.facts.format !== "xlsx") throw new Error("not a workbook");
    for (const sheet of upload.facts.sheets) {
      let count = 0;
      for await (const _event of readRows(upload.path, upload.facts, sheet))
        if (++count >= 2) return sheet;
    }
    return upload.facts.sheets[0]!;
  }

  app.post(
    "/organisations/:organisationId/pay/uploads",
    {
      config: { access: manage },
      // The limit is checked while streaming (config.maxUploadBytes), not by the JSON parser.
      bodyLimit: Number.MAX_SAFE_INTEGER,
      schema: {
        operationId: "uploadPayrollFile",
        tags: ["pay"],
        summary: "Upload a payroll export (CSV or XLSX as the request body) and see its first rows",
        params: organisationParams,
        headers: z.object({ "x-file-name": z.string().max(500).optional() }),
        response: { 201: uploadSchema, ...problems },
      },
    },
    async (request, reply) => {
      const rawName = request.headers["x-file-name"];
      let fileName = "lönefil";
      try {
        if (rawName) fileName = decodeURIComponent(rawName).slice(0, 200);
      } catch {
        // a name that is not valid URI encoding is not worth refusing the file for
      }
      if (!(request.body instanceof Readable)) throw new AppError(415, "pay.import.notFile");
      // The import that follows reads the file in a worker thread: start it while the user maps
      // the columns.
      void prepareCheckWorker();
      let upload: StoredUpload;
      try {
        upload = await storeUpload(request.body as Readable, {
          uploadDir: config.uploadDir,
          maxBytes: config.maxUploadBytes,
          organisationId: request.tenant.organisationId,
          userId: request.user!.id,
          fileName,
        });
      } catch (error) {
        if (error instanceof FileReadError) throw fileProblem(error);
        throw error;
      }
      // A file that large is checked by two workers at once.
      if (upload.size >= SPLIT_MIN_BYTES) void prepareCheckWorker(2);
      return reply.code(201).send(await uploadView(upload, request.locale));
    },
  );

  app.get(
    "/organisations/:organisationId/pay/uploads/:uploadId",
    {
      config: { access: manage },
      schema: {
        operationId: "getPayrollUpload",
        tags: ["pay"],
        summary: "An uploaded file's first rows, of another sheet of a workbook",
        params: organisationParams.extend({ uploadId: uuidSchema }),
        querystring: z.object({ sheet: z.string().max(200).optional() }),
        response: { 200: uploadSchema, ...problems },
      },
    },
    async (request) => {
      const upload = findUpload(request.params.uploadId, request.tenant.organisationId);
      if (!upload) throw new AppError(404, "pay.import.uploadGone");
      const sheet = request.query.sheet;
      if (
        sheet !== undefined &&
        (upload.facts.format !== "xlsx" || !upload.facts.sheets.includes(sheet))
      )
        throw fileProblem(new FileReadError("file.noSheet", { sheet }));
      return uploadView(upload, request.locale, sheet);
    },
  );

  app.post(
    "/organisations/:organisationId/pay/imports",
    {
      config: { access: manage },
      schema: {
        operationId: "startPayImport",
        tags: ["pay"],
        summary:
          "Import an uploaded file into a year's survey with a column mapping (all or nothing)",
        params: organisationParams,
        body: importBody,
        response: { 202: progressSchema, ...problems },
      },
    },
    async (request, reply) => {
      const body = request.body;
      const organisationId = request.tenant.organisationId;
      const upload = findUpload(body.uploadId, organisationId);
      if (!upload) throw new AppError(404, "pay.import.uploadGone");
      if (Number(body.snapshotDate.slice(0, 4)) !== body.year)
        throw new AppError(422, "problem.validation", {}, [
          { path: "snapshotDate", key: "pay.import.snapshotYear", params: { year: body.year } },
        ]);
      const view = await uploadView(upload, request.locale, body.sheet);
      const mapping = body.mapping as ColumnMapping;
      const mappingProblems = checkMapping(mapping, view.headers);
      if (mappingProblems.length > 0)
        throw new AppError(
          422,
          "pay.import.mapping",
          {},
          mappingProblems.map((problem): FieldProblem => {
            const label = (field: string) =>
              FIELD_LABELS[field as keyof typeof FIELD_LABELS][request.locale];
            const or = request.locale === "sv" ? " eller " : " or ";
            if (problem.code === "mapping.required")
              return {
                path: `mapping.${problem.fields[0]}`,
                key: "pay.import.mapping.required",
                params: { fields: problem.fields.map(label).join(or) },
              };
            if (problem.code === "mapping.unknownColumn")
              return {
                path: `mapping.${problem.field}`,
                key: "pay.import.mapping.unknownColumn",
                params: { column: problem.column },
              };
            return {
              path: `mapping.${problem.fields[0]}`,
              key: "pay.import.mapping.columnTwice",
              params: { column: problem.column, fields: problem.fields.map(label).join(", ") },
            };
          }),
        );
      if (importRunning(organisationId)) throw new AppError(409, "pay.import.running");
      const progress = startImport({
        db,
        organisationId,
        userId: request.user!.id,
        upload,
        year: body.year,
        snapshotDate: body.snapshotDate,
        mapping,
        ...(body.sexValues ? { sexValues: body.sexValues } : {}),
        ...(view.sheet ? { sheet: view.sheet } : {}),
        locale: request.locale,
      });
      return reply.code(202).send(present(progress));
    },
  );

  app.get(
    "/organisations/:organisationId/pay/imports/:importId",
    {
      config: { access: manage },
      schema: {
        operationId: "getPayImport",
        tags: ["pay"],
        summary: "How an import is going: progress, problems by row and column, the result",
        params: organisationParams.extend({ importId: uuidSchema }),
        response: { 200: progressSchema, ...problems },
      },
    },
    async (request) => {
      const progress = importProgress(request.params.importId, request.tenant.organisationId);
      if (!progress) throw notFound();
      return present(progress);
    },
  );

  app.get(
    "/organisations/:organisationId/pay/import-templates",
    {
      config: { access: manage },
      schema: {
        operationId: "listPayImportTemplates",
        tags: ["pay"],
        summary: "The organisation's saved column mappings",
        params: organisationParams,
        response: { 200: z.object({ templates: z.array(templateSchema) }), ...problems },
      },
    },
    async (request) => {
      const rows = await request.tenant
        .selectFrom("pay_import_templates")
        .selectAll("pay_import_templates")
        .orderBy("pay_import_templates.name")
        .execute();
      return { templates: rows.map(presentTemplate) };
    },
  );

  app.post(
    "/organisations/:organisationId/pay/import-templates",
    {
      config: { access: manage },
      schema: {
        operationId: "createPayImportTemplate",
        tags: ["pay"],
        summary: "Save a column mapping under a name, to use for next year's export",
        params: organisationParams,
        body: templateBody,
        response: { 201: templateSchema, ...problems },
      },
    },
    async (request, reply) => {
      const organisationId = request.tenant.organisationId;
      const { name, mapping, sexValues } = request.body;
      const taken = await request.tenant
        .selectFrom("pay_import_templates")
        .select("pay_import_templates.id")
        .where((eb) => eb(eb.fn("lower", ["pay_import_templates.name"]), "=", name.toLowerCase()))
        .executeTakeFirst();
      if (taken)
        throw new AppError(422, "problem.validation", {}, [
          { path: "name", key: "pay.import.templateExists" },
        ]);
      const row = await db.transaction().execute(async (trx) => {
        const created = await trx
          .insertInto("pay_import_templates")
          .values({
            organisation_id: organisationId,
            name,
            mapping: JSON.stringify({ columns: mapping, sexValues: sexValues ?? null }),
            created_by: request.user!.id,
          })
          .returningAll()
          .executeTakeFirstOrThrow();
        await recordAudit(trx, {
          organisationId,
          actorUserId: request.user!.id,
          action: "create",
          entityType: "pay_import_template",
          entityId: created.id,
          after: { name, mapping, sexValues: sexValues ?? null },
        });
        return created;
      });
      return reply.code(201).send(presentTemplate(row));
    },
  );

  app.delete(
    "/organisations/:organisationId/pay/import-templates/:templateId",
    {
      config: { access: manage },
      schema: {
        operationId: "deletePayImportTemplate",
        tags: ["pay"],
        summary: "Delete a saved column mapping",
        params: organisationParams.extend({ templateId: uuidSchema }),
        response: { 204: z.null(), ...problems },
      },
    },
    async (request, reply) => {
      await db.transaction().execute(async (trx) => {
        const row = await forOrganisation(trx, request.tenant.organisationId)
          .deleteFrom("pay_import_templates")
          .where("pay_import_templates.id", "=", request.params.templateId)
          .returningAll()
          .executeTakeFirst();
        if (!row) throw notFound();
        await recordAudit(trx, {
          organisationId: request.tenant.organisationId,
          actorUserId: request.user!.id,
          action: "delete",
          entityType: "pay_import_template",
          entityId: row.id,
          before: { name: row.name, mapping: row.mapping },
        });
      });
      return reply.code(204).send(null);
    },
  );
};

/** A problem with the whole file: 422 on the field `file`, the message naming what to do. */
function fileProblem(error: FileReadError) {
  return new AppError(422, "problem.validation", {}, [
    { path: "file", key: `pay.${error.problem}` as MessageKey, params: error.params },
  ]);
}

function present(progress: ReturnType<typeof startImport>) {
  const { organisationId: _hidden, ...view } = progress;
  return view;
}

function presentTemplate(row: { id: string; name: string; mapping: unknown; version: number }) {
  const stored = row.mapping as {
    columns: ColumnMapping;
    sexValues: { female: string[]; male: string[] } | null;
  };
  return {
    id: row.id,
    name: row.name,
    mapping: stored.columns,
    sexValues: stored.sexValues,
    version: row.version,
  };
}

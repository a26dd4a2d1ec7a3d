import type { FastifyPluginAsyncZod } from "fastify-type-provider-zod";
import { MEASURE_STATUS_LABELS } from "../../core/cycle/labels.ts";
import type { MeasureStatus } from "../../core/cycle/vocabulary.ts";
import {
  type AnswerValue,
  answerKey,
  isAnswered,
  prefill,
  type TableRow,
} from "../../core/workbooks/answers.ts";
import { timeplanMilestones, timeplanPart } from "../../core/workbooks/timeplan.ts";
import type { Workbook, WorkbookItem } from "../../core/workbooks/workbook.ts";
import { swedishToday } from "../cycle/years/service.ts";
import type { TenantDb } from "../platform/db/tenant.ts";
import { AppError } from "../platform/http/problem.ts";
import { reportOrganisation, reportQuery, reportResponses, sendReport } from "../reports/http.ts";
import {
  formatDate,
  type ReportBlock,
  type ReportDocument,
  type ReportLocale,
} from "../reports/index.ts";
import { workbookLibrary } from "./content.ts";
import { runParams } from "./schemas.ts";
import { activityMeasures, answerMap, findRun, runAnswers } from "./service.ts";

/**
 * A run's implementation plan and time plan as a document, through the report renderer: the
 * plan's items with their answers (or what earlier answers fill them with), the time plan,
 * and the measures the plan's activities became. A workbook without a plan gives its
 * questions' answers part by part instead.
 */

const TEXTS = {
  sv: {
    title: "Genomförandeplan",
    workbook: "Arbetsbok",
    status: "Status",
    active: "Pågår",
    finished: (date: string) => `Klar ${date}`,
    draft: "Utkast – arbetsboken är inte klar. Svaren kan fortfarande ändras.",
    notAnswered: "Inget svar ännu.",
    noRows: "Inga rader ännu.",
    milestone: "Milstolpe",
    date: "Datum",
    noDate: "Inget datum",
    measures: "Aktiviteter som har blivit åtgärder",
    measure: "Åtgärd",
    year: "År",
    noMeasures: "Ingen aktivitet i planen har blivit en åtgärd i handlingsplanen ännu.",
    timeplanCaption: "Milstolpar och datum",
    measuresCaption: "Åtgärder i handlingsplanen och deras status",
    fileName: (run: string) => `Genomförandeplan – ${run}`,
  },
  en: {
    title: "Implementation plan",
    workbook: "Workbook",
    status: "Status",
    active: "In progress",
    finished: (date: string) => `Finished ${date}`,
    draft: "Draft – the workbook is not finished. The answers may still change.",
    notAnswered: "Not answered yet.",
    noRows: "No rows yet.",
    milestone: "Milestone",
    date: "Date",
    noDate: "No date",
    measures: "Activities that have become measures",
    measure: "Measure",
    year: "Year",
    noMeasures: "No activity of the plan has become a measure in the action plan yet.",
    timeplanCaption: "Milestones and dates",
    measuresCaption: "Measures in the action plan and their status",
    fileName: (run: string) => `Implementation plan – ${run}`,
  },
} as const;

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** One question and its answer as blocks: text as paragraphs, lists as lists, tables as tables. */
function itemBlocks(
  item: WorkbookItem,
  value: AnswerValue | undefined,
  locale: ReportLocale,
  level: 1 | 2,
): ReportBlock[] {
  const t = TEXTS[locale];
  const heading: ReportBlock = { type: "heading", level, text: item.label };
  const date = (iso: string) => (ISO_DATE.test(iso) ? formatDate(iso, locale) : iso);
  if (item.type === "table") {
    const columns = item.columns ?? [];
    const rows = ((value ?? []) as TableRow[])
      .filter((row) => Object.values(row.cells).some((cell) => cell.trim()))
      .map((row) =>
        columns.map((column) => {
          const cell = (row.cells[column.id] ?? "").trim();
          return column.kind === "date" && cell ? date(cell) : cell;
        }),
      );
    return [
      heading,
      {
        type: "table",
        caption: item.label,
        columns: columns.map((c) => ({ header: c.label, width: c.kind === "text" ? 2 : 1 })),
        rows,
        emptyText: t.noRows,
      },
    ];
  }
  if (!isAnswered(value))
    return [heading, { type: "paragraph", text: t.notAnswered, style: "muted" }];
  switch (item.type) {
    case "text":
      return [
        heading,
        ...(value as string)
          .split(/\n\s*\n/)
          .map((p) => p.trim())
          .filter(Boolean)
          .map((text): ReportBlock => ({ type: "paragraph", text })),
      ];
    case "date":
      return [heading, { type: "paragraph", text: date(value as string) }];
    case "list":
      return [
        heading,
        { type: "list", items: (value as string[]).map((v) => v.trim()).filter(Boolean) },
      ];
    case "checklist": {
      const labels = new Map((item.options ?? []).map((o) => [o.id, o.label]));
      return [
        heading,
        { type: "list", items: (value as string[]).map((id) => labels.get(id) ?? id) },
      ];
    }
  }
}

export interface PlanDocumentOptions {
  organisation: { name: string; orgNumber: string };
  runId: string;
  locale: ReportLocale;
  /** ISO date the document speaks for (today in Sweden). */
  today: string;
}

/** The run's implementation plan and time plan as a report document. */
export async function buildPlanDocument(
  tenant: TenantDb,
  options: PlanDocumentOptions,
): Promise<ReportDocument> {
  const { locale, runId } = options;
  const t = TEXTS[locale];
  const run = await findRun(tenant, runId);
  const workbook: Workbook | undefined = workbookLibrary().get(run.workbook_id)?.[locale];
  if (!workbook) throw new AppError(409, "workbook.unknown");
  const answers = answerMap(await runAnswers(tenant, runId));
  const blocks: ReportBlock[] = [];

  if (run.status !== "finished") blocks.push({ type: "paragraph", text: t.draft, style: "muted" });
  blocks.push({
    type: "facts",
    items: [
      { label: t.workbook, value: workbook.title },
      {
        label: t.status,
        value: run.finished_at
          ? t.finished(
              formatDate(
                run.finished_at.toLocaleDateString("sv-SE", { timeZone: "Europe/Stockholm" }),
                locale,
              ),
            )
          : t.active,
      },
    ],
  });

  const plan = workbook.parts.find((p) => p.kind === "plan");
  const value = (partId: string, item: WorkbookItem) =>
    answers.get(answerKey(partId, item.id)) ?? prefill(workbook, item, answers);
  if (plan) {
    // A plan part named like the document ("Genomförandeplan") needs no heading of its own.
    const own = plan.title !== t.title;
    if (own) blocks.push({ type: "heading", level: 1, text: plan.title });
    for (const item of plan.items)
      blocks.push(...itemBlocks(item, value(plan.id, item), locale, own ? 2 : 1));
  } else {
    for (const part of workbook.parts.filter((p) => p.kind === "questions")) {
      blocks.push({ type: "heading", level: 1, text: part.title });
      for (const item of part.items)
        blocks.push(...itemBlocks(item, value(part.id, item), locale, 2));
    }
  }

  const timeplan = timeplanPart(workbook);
  if (timeplan) {
    blocks.push(
      { type: "heading", level: 1, text: timeplan.title },
      {
        type: "table",
        caption: t.timeplanCaption,
        columns: [
          { header: t.milestone, width: 3 },
          { header: t.date, width: 1 },
        ],
        rows: timeplanMilestones(timeplan, answers).map((m) => [
          m.label,
          m.date ? formatDate(m.date, locale) : t.noDate,
        ]),
      },
    );
  }

  if (plan?.items.some((i) => i.activities)) {
    const measures = await activityMeasures(tenant, runId);
    blocks.push(
      { type: "heading", level: 1, text: t.measures },
      {
        type: "table",
        caption: t.measuresCaption,
        columns: [
          { header: t.measure, width: 3 },
          { header: t.year, width: 1 },
          { header: t.status, width: 1 },
        ],
        rows: measures.map((m) => [
          m.title,
          String(m.year),
          MEASURE_STATUS_LABELS[m.status as MeasureStatus]?.[locale] ?? m.status,
        ]),
        emptyText: t.noMeasures,
      },
    );
  }

  return {
    title: t.title,
    subtitle: run.title,
    organisationName: options.organisation.name,
    orgNumber: options.organisation.orgNumber,
    date: options.today,
    locale,
    blocks,
  };
}

export const exportRoutes: FastifyPluginAsyncZod = async (app) => {
  const { db } = app.ctx;
  const edit = { scope: "organisation", permission: "workbooks.edit" } as const;

  for (const format of ["docx", "pdf"] as const) {
    app.get(
      `/organisations/:organisationId/workbooks/runs/:runId/plan.${format}`,
      {
        config: { access: edit },
        schema: {
          operationId: `downloadWorkbookPlan${format === "docx" ? "Docx" : "Pdf"}`,
          tags: ["workbooks"],
          summary: `The run's implementation plan and time plan as ${format.toUpperCase()}`,
          params: runParams,
          querystring: reportQuery,
          response: reportResponses,
        },
      },
      async (request, reply) => {
        const { organisationId, runId } = request.params;
        const locale = request.query.locale ?? request.locale;
        const doc = await buildPlanDocument(request.tenant, {
          organisation: await reportOrganisation(db, organisationId),
          runId,
          locale,
          today: swedishToday(),
        });
        return sendReport(reply, doc, format, TEXTS[locale].fileName(doc.subtitle!));
      },
    );
  }
};

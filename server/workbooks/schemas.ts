import { z } from "zod";
import { SUPPORT_AUDIENCES } from "../../core/workbooks/support.ts";
import { ITEM_TYPES, PART_KINDS } from "../../core/workbooks/workbook.ts";
import { optionalText, versionSchema } from "../cycle/common.ts";
import { organisationParams, requiredText, uuidSchema } from "../platform/http/schemas.ts";

/** The workbooks' API (docs/api-workbooks.md). */

export const runParams = organisationParams.extend({ runId: uuidSchema });
export const answerParams = runParams.extend({
  partId: z
    .string()
    .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
    .max(100),
  id: z
    .string()
    .regex(/^[a-z0-9]+([-_][a-z0-9]+)*$/)
    .max(100),
});

export const runSummarySchema = z.object({
  id: z.string(),
  workbookId: z.string(),
  workbookTitle: z.string().nullable(),
  title: z.string(),
  unitId: z.string().nullable(),
  status: z.enum(["active", "finished"]),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
  version: z.number(),
});

export const workbookListSchema = z
  .object({
    workbooks: z.array(
      z.object({
        id: z.string(),
        title: z.string(),
        summary: z.string(),
        minutes: z.number(),
        parts: z.number(),
      }),
    ),
    runs: z.array(runSummarySchema),
  })
  .meta({ id: "WorkbookList" });

const answerValue = z.union([
  z.string(),
  z.array(z.string()),
  z.array(z.object({ id: z.string(), cells: z.record(z.string(), z.string()) })),
]);

export const answerSchema = z
  .object({
    key: z.string(),
    value: answerValue,
    version: z.number(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
  })
  .meta({ id: "WorkbookAnswer" });

export const runSchema = runSummarySchema
  .extend({
    workbook: z
      .object({
        title: z.string(),
        summary: z.string(),
        fillsYear: z.boolean(),
        parts: z.array(
          z.object({
            id: z.string(),
            title: z.string(),
            kind: z.enum(PART_KINDS),
            html: z.string(),
            items: z.array(
              z.object({
                id: z.string(),
                type: z.enum(ITEM_TYPES),
                label: z.string(),
                help: z.string().nullable(),
                required: z.boolean(),
                columns: z.array(z.object({ id: z.string(), label: z.string(), kind: z.string() })),
                options: z.array(z.object({ id: z.string(), label: z.string() })),
                activities: z.boolean(),
                /** For plan items without a saved answer: what the earlier answers fill in. */
                prefill: answerValue.nullable(),
              }),
            ),
            milestones: z.array(z.object({ id: z.string(), label: z.string() })),
          }),
        ),
      })
      .nullable(),
    answers: z.array(answerSchema),
    /** What stands in the way of finishing: answer keys with a message. */
    problems: z.array(z.object({ key: z.string(), message: z.string() })),
    /** The plan's activities that are measures in the action plan, with their status there. */
    planMeasures: z.array(
      z.object({
        item: z.string(),
        rowId: z.string(),
        measureId: z.string(),
        year: z.number(),
        title: z.string(),
        status: z.string(),
      }),
    ),
  })
  .meta({ id: "WorkbookRun" });

export const createRunBody = z.object({
  workbookId: z.string().max(100),
  title: requiredText(200),
  unitId: uuidSchema.nullable().default(null),
});

export const answerBody = z.object({
  value: z.unknown(),
  /** The version last seen; null for a first answer. A stale one is refused with 409. */
  version: versionSchema.nullable(),
});

export const historySchema = z.object({
  history: z.array(
    z.object({
      at: z.string(),
      actorName: z.string().nullable(),
      key: z.string(),
      action: z.string(),
    }),
  ),
});

export const supportContactSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    audience: z.enum(SUPPORT_AUDIENCES),
    description: z.string(),
    phone: z.string(),
    email: z.string(),
    url: z.string(),
    /** Place on the page among the contacts (lower first). */
    position: z.number(),
    version: z.number(),
  })
  .meta({ id: "SupportContact" });
export const nationalSupportViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    organiser: z.string(),
    audience: z.enum(SUPPORT_AUDIENCES),
    description: z.string(),
    phone: z.string().nullable(),
    hours: z.string(),
    url: z.string(),
    /** The public page that confirmed the entry, and the day it was checked (YYYY-MM-DD). */
    source: z.object({ url: z.string(), title: z.string(), checked: z.string() }),
  })
  .meta({ id: "NationalSupport" });
export const supportPageSchema = z
  .object({
    contacts: z.array(supportContactSchema),
    /** National helplines and services in the request's language (content/support). */
    national: z.array(nationalSupportViewSchema),
  })
  .meta({ id: "SupportPage" });
const supportContactFields = {
  name: requiredText(200),
  audience: z.enum(SUPPORT_AUDIENCES),
  description: optionalText(1000),
  phone: z
    .string()
    .trim()
    .max(40)
    .regex(/^[0-9 +()-]*$/, { error: "field.phone" }),
  email: z.union([z.literal(""), z.email({ error: "field.email.invalid" })]),
  url: z.union([z.literal(""), z.url({ protocol: /^https?$/, error: "field.url" })]),
};
export const supportContactBody = z.object({
  ...supportContactFields,
  description: supportContactFields.description.default(""),
  phone: supportContactFields.phone.default(""),
  email: supportContactFields.email.default(""),
  url: supportContactFields.url.default(""),
});
/** A change: only the fields sent are changed (no defaults, so nothing is blanked by omission). */
export const supportContactPatch = z
  .object(supportContactFields)
  .partial()
  .extend({ version: versionSchema });
export const supportMoveBody = z.object({ direction: z.enum(["up", "down"]) });

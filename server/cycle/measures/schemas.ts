import { z } from "zod";
import { MAX_TIMES_PER_YEAR } from "../../../core/cycle/schedule.ts";
import { EVALUATION_EFFECTS, MEASURE_STATUSES } from "../../../core/cycle/vocabulary.ts";
import { learningSourceSchema } from "../../learning/source.ts";
import { requiredText, uuidSchema } from "../../platform/http/schemas.ts";
import { areaSchema, isoDate, optionalText, versionSchema } from "../common.ts";

export const scheduleSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("date"), dueOn: isoDate }),
  z.object({ kind: z.literal("yearly"), month: z.number().int().min(1).max(12) }),
  z.object({
    kind: z.literal("times_per_year"),
    times: z.number().int().min(2, { error: "field.timesPerYear" }).max(MAX_TIMES_PER_YEAR, {
      error: "field.timesPerYear",
    }),
  }),
  z.object({ kind: z.literal("continuous") }),
]);

export const evaluationSchema = z.object({
  effect: z.enum(EVALUATION_EFFECTS),
  comment: optionalText().default(""),
});

const fields = {
  area: areaSchema,
  title: requiredText(),
  description: optionalText(),
  unitId: uuidSchema.nullable(),
  responsibleMemberId: uuidSchema.nullable(),
  responsibleTitle: optionalText(200).nullable(),
  schedule: scheduleSchema,
  startOn: isoDate.nullable(),
  followUpMethod: optionalText(2000),
  followUpOn: isoDate.nullable(),
  status: z.enum(MEASURE_STATUSES),
  costEstimate: z.number().int().min(0).max(1_000_000_000).nullable(),
  riskIds: z.array(uuidSchema),
  genderBalanceGroupId: uuidSchema.nullable(),
};

export const createMeasureBody = z.object({
  ...fields,
  description: fields.description.default(""),
  unitId: fields.unitId.default(null),
  responsibleMemberId: fields.responsibleMemberId.default(null),
  responsibleTitle: fields.responsibleTitle.default(null),
  startOn: fields.startOn.default(null),
  followUpMethod: fields.followUpMethod.default(""),
  followUpOn: fields.followUpOn.default(null),
  status: fields.status.default("planned"),
  costEstimate: fields.costEstimate.default(null),
  riskIds: fields.riskIds.default([]),
  genderBalanceGroupId: fields.genderBalanceGroupId.default(null),
});

export const updateMeasureBody = z
  .object(fields)
  .partial()
  .extend({ version: versionSchema, evaluation: evaluationSchema.nullable().optional() });

export const measureSchema = z
  .object({
    id: z.string(),
    year: z.number(),
    area: z.string(),
    title: z.string(),
    description: z.string(),
    unitId: z.string().nullable(),
    responsibleMemberId: z.string().nullable(),
    responsibleName: z.string().nullable(),
    responsibleTitle: z.string().nullable(),
    schedule: scheduleSchema,
    startOn: z.string().nullable(),
    followUpMethod: z.string(),
    followUpOn: z.string().nullable(),
    status: z.enum(MEASURE_STATUSES),
    costEstimate: z.number().nullable(),
    evaluation: z
      .object({
        effect: z.enum(EVALUATION_EFFECTS),
        comment: z.string(),
        evaluatedAt: z.string(),
        evaluatedBy: z.string().nullable(),
      })
      .nullable(),
    completedAt: z.string().nullable(),
    libraryKey: z.string().nullable(),
    riskIds: z.array(z.string()),
    genderBalanceGroupId: z.string().nullable(),
    carriedOverFrom: z.object({ id: z.string(), year: z.number() }).nullable(),
    carriedOverTo: z.object({ id: z.string(), year: z.number() }).nullable(),
    learningSource: learningSourceSchema,
    /** The workbook run the measure was made from (an activity of its plan), or null. */
    workbookSource: z
      .object({ runId: z.string(), title: z.string(), workbookTitle: z.string().nullable() })
      .nullable(),
    commentCount: z.number(),
    canEdit: z.boolean(),
    version: z.number(),
  })
  .meta({ id: "Measure" });

export const commentSchema = z
  .object({
    id: z.string(),
    measureId: z.string(),
    year: z.number(),
    authorName: z.string().nullable(),
    authorRole: z.string().nullable(),
    body: z.string(),
    createdAt: z.string(),
  })
  .meta({ id: "MeasureComment" });

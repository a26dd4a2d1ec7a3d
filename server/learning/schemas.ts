import { z } from "zod";
import { AREAS } from "../../core/cycle/vocabulary.ts";
import { MAX_PARTICIPANTS, MIN_PARTICIPANTS } from "../../core/learning/progress.ts";
import { STEP_TYPES, TASK_FIELD_KINDS } from "../../core/learning/room.ts";
import { TIMER_ACTIONS } from "../../core/learning/timer.ts";
import { isoDate, optionalText, versionSchema } from "../cycle/common.ts";
import { organisationParams, requiredText, uuidSchema } from "../platform/http/schemas.ts";

/** The learning rooms' API: inputs and outputs (documented in docs/api-learning.md). */

export const roomIdSchema = z
  .string()
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)
  .max(100);
export const roomParams = organisationParams.extend({ roomId: roomIdSchema });
export const sessionParams = organisationParams.extend({ sessionId: uuidSchema });
export const noteParams = sessionParams.extend({
  stepId: roomIdSchema,
  itemId: z.string().min(1).max(100),
});

export const PROGRESS = ["not_started", "in_progress", "done"] as const;
export const SESSION_MODES = ["group", "individual"] as const;
export const SESSION_STATUSES = ["active", "paused", "completed"] as const;

/** Whose progress the office shows: all groups, one unit's groups, or my own sessions. */
export const groupQuery = z.object({
  group: z
    .union([z.enum(["organisation", "me"]), z.string().regex(/^unit:[0-9a-f-]{36}$/)])
    .default("organisation"),
});

export const officeSchema = z
  .object({
    rooms: z.array(
      z.object({
        id: z.string(),
        area: z.enum(AREAS).nullable(),
        order: z.number(),
        title: z.string(),
        summary: z.string(),
        minutes: z.number(),
        stepCount: z.number(),
        progress: z.enum(PROGRESS),
        lastActivityAt: z.string().nullable(),
        /** The latest session of the group that is not completed, to resume. */
        openSessionId: z.string().nullable(),
      }),
    ),
  })
  .meta({ id: "LearningOffice" });

export const ownQuestionSchema = z.object({
  id: z.string(),
  stepId: z.string(),
  text: z.string(),
  minutes: z.number(),
  version: z.number(),
});

export const roomSchema = z
  .object({
    id: z.string(),
    area: z.enum(AREAS).nullable(),
    order: z.number(),
    title: z.string(),
    summary: z.string(),
    minutes: z.number(),
    steps: z.array(
      z.object({
        id: z.string(),
        type: z.enum(STEP_TYPES),
        title: z.string(),
        minutes: z.number(),
        /** The step's text as HTML (our own content). */
        html: z.string(),
        video: z
          .object({ src: z.string(), captions: z.string(), transcriptHtml: z.string() })
          .nullable(),
        /** For a step without a film: the scene, told in words. */
        illustration: z.object({ alt: z.string() }).nullable(),
        sources: z.array(z.object({ title: z.string(), url: z.string() })),
        questions: z.array(
          z.object({ id: z.string(), text: z.string(), minutes: z.number(), own: z.boolean() }),
        ),
        fields: z.array(
          z.object({ id: z.string(), kind: z.enum(TASK_FIELD_KINDS), label: z.string() }),
        ),
      }),
    ),
    /** The organisation's own additions (the steps it hides, the questions it added). */
    adjustments: z.object({
      hiddenSteps: z.array(z.object({ id: z.string(), title: z.string() })),
      /** Every step of the shared room in its order, shown or hidden, for choosing what to hide. */
      allSteps: z.array(z.object({ id: z.string(), title: z.string() })),
      ownQuestions: z.array(ownQuestionSchema),
      /** Steps an own question can be added to. */
      discussionSteps: z.array(z.object({ id: z.string(), title: z.string() })),
      version: z.number(),
    }),
  })
  .meta({ id: "LearningRoom" });

export const hiddenStepsBody = z.object({
  hiddenSteps: z.array(roomIdSchema).max(50),
  version: versionSchema,
});
export const ownQuestionBody = z.object({
  stepId: roomIdSchema,
  text: requiredText(500),
  minutes: z.number().int().min(1).max(30),
});
export const ownQuestionUpdateBody = z.object({
  text: requiredText(500).optional(),
  minutes: z.number().int().min(1).max(30).optional(),
  version: versionSchema,
});

const participantCount = z
  .number({ error: "learning.participantCount" })
  .int({ error: "learning.participantCount" })
  .min(MIN_PARTICIPANTS, { error: "learning.participantCount" })
  .max(MAX_PARTICIPANTS, { error: "learning.participantCount" });

export const createSessionBody = z.object({
  roomId: roomIdSchema,
  mode: z.enum(SESSION_MODES),
  unitId: uuidSchema.nullable().default(null),
  groupName: optionalText(200).default(""),
  participantCount: participantCount.optional(),
  participantNames: optionalText(2000).default(""),
});

export const updateSessionBody = z.object({
  currentStep: roomIdSchema.optional(),
  unitId: uuidSchema.nullable().optional(),
  groupName: optionalText(200).optional(),
  participantCount: participantCount.optional(),
  participantNames: optionalText(2000).optional(),
  status: z.enum(SESSION_STATUSES).optional(),
});

export const timerBody = z.object({ stepId: roomIdSchema, action: z.enum(TIMER_ACTIONS) });

export const timerSchema = z.object({
  elapsedSeconds: z.number(),
  running: z.boolean(),
  extraMinutes: z.number(),
  savedAt: z.string(),
});

export const noteSchema = z
  .object({
    id: z.string(),
    stepId: z.string(),
    itemId: z.string(),
    prompt: z.string(),
    text: z.string(),
    version: z.number(),
    updatedAt: z.string(),
    updatedByName: z.string().nullable(),
    /** The draft risks and measures made from the note. */
    planItems: z.array(
      z.object({
        kind: z.enum(["risk", "measure"]),
        id: z.string(),
        year: z.number(),
        title: z.string(),
      }),
    ),
  })
  .meta({ id: "LearningNote" });

export const sessionSummarySchema = z.object({
  id: z.string(),
  roomId: z.string(),
  /** null when the room has been removed from the content. */
  roomTitle: z.string().nullable(),
  mode: z.enum(SESSION_MODES),
  unitId: z.string().nullable(),
  unitName: z.string().nullable(),
  groupName: z.string(),
  participantCount: z.number(),
  status: z.enum(SESSION_STATUSES),
  startedAt: z.string(),
  startedByName: z.string().nullable(),
  completedAt: z.string().nullable(),
  noteCount: z.number(),
});

export const sessionSchema = sessionSummarySchema
  .extend({
    roomAvailable: z.boolean(),
    participantNames: z.string(),
    locale: z.enum(["sv", "en"]),
    currentStep: z.string().nullable(),
    /** Each step's clock as it stands at serverNow. */
    timers: z.record(z.string(), timerSchema),
    serverNow: z.string(),
    notes: z.array(noteSchema),
    feedbackCount: z.number(),
    /** The year notes become drafts in: this calendar year's, if it is started. */
    plan: z.object({
      year: z.number(),
      started: z.boolean(),
      /** The year's documentation is completed: no more drafts go into it. */
      closed: z.boolean(),
      /** The user may draft risks and measures (HR and admins). */
      mayDraft: z.boolean(),
    }),
    version: z.number(),
  })
  .meta({ id: "LearningSession" });

export const noteBody = z.object({
  text: z.string().max(10_000),
  /** The version the scribe last saw; null for a new note. */
  version: versionSchema.nullable(),
});
export const noteDeleteQuery = z.object({ version: z.coerce.number().int().min(1) });

export const planItemBody = z.object({
  kind: z.enum(["risk", "measure"]),
  title: requiredText(200),
  description: optionalText(5000).default(""),
  area: z.enum(AREAS),
  /** Measures: who is responsible, as a title or name (3 kap. 3 §). */
  responsibleTitle: optionalText(200).default(""),
  /** Measures: when it should be done. */
  dueOn: isoDate.nullable().default(null),
});
export const planItemSchema = z.object({
  kind: z.enum(["risk", "measure"]),
  id: z.string(),
  year: z.number(),
  title: z.string(),
});

export const feedbackBody = z.object({
  rating: z.number({ error: "learning.rating" }).int().min(1, { error: "learning.rating" }).max(5, {
    error: "learning.rating",
  }),
  comment: optionalText(2000).default(""),
});

export const feedbackSummarySchema = z.object({
  count: z.number(),
  average: z.number().nullable(),
  distribution: z.array(z.number()).nullable(),
  suppressed: z.boolean(),
});

export const evidenceQuery = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const evidenceSchema = z
  .object({
    year: z.number(),
    sessions: z.array(sessionSummarySchema),
    rooms: z.array(
      z.object({
        roomId: z.string(),
        title: z.string(),
        completedSessions: z.number(),
        participants: z.number(),
        feedback: feedbackSummarySchema,
        /** Shown only once enough have answered; no names, only the day. */
        comments: z.array(z.object({ text: z.string(), givenOn: z.string() })),
      }),
    ),
  })
  .meta({ id: "LearningEvidence" });

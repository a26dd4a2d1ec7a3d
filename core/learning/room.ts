import { parse as parseYaml } from "yaml";
import { z } from "zod";
import { AREAS } from "../cycle/vocabulary.ts";

/**
 * A learning room as written in content/rooms/<id>/<sv|en>.md: YAML front matter with the
 * room and the structure of its steps, then a Markdown section per step, each opened by a
 * `<!-- step: <id> -->` line. Swedish and English files have the same structure; only the
 * words differ. Pure: parsing and checking, no file access.
 */

export const STEP_TYPES = [
  "film",
  "situation",
  "facts",
  "discussion",
  "reflection",
  "summary",
  "task",
] as const;
export type StepType = (typeof STEP_TYPES)[number];

/** What a practical task asks the group to write down; risk and measure become drafts in the plan. */
export const TASK_FIELD_KINDS = ["risk", "measure", "responsible", "when", "text"] as const;

const id = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, "ids are kebab-case");
const minutes = z.number().int().min(1).max(60);
const text = z.string().trim().min(1);

const stepSchema = z
  .object({
    id,
    type: z.enum(STEP_TYPES),
    title: text,
    minutes,
    /** A film: the video file, its WebVTT captions and the full transcript (all in content/media). */
    video: z
      .object({ src: text, captions: text.regex(/\.vtt$/), transcript: text })
      .nullable()
      .optional(),
    /** For a film step without a film, and for situations: what the drawing shows, for everyone. */
    illustration: z.object({ alt: text }).optional(),
    sources: z.array(z.object({ title: text, url: z.url({ protocol: /^https$/ }) })).optional(),
    questions: z.array(z.object({ id, text, minutes })).optional(),
    fields: z.array(z.object({ id, kind: z.enum(TASK_FIELD_KINDS), label: text })).optional(),
  })
  .superRefine((step, ctx) => {
    const need = (ok: boolean, message: string) => {
      if (!ok) ctx.addIssue({ code: "custom", message: `${step.id}: ${message}` });
    };
    if (step.type === "discussion") {
      need((step.questions?.length ?? 0) > 0, "a discussion has questions");
      const sum = (step.questions ?? []).reduce((n, q) => n + q.minutes, 0);
      need(
        sum === step.minutes,
        `the questions' minutes (${sum}) add up to the step's (${step.minutes})`,
      );
    }
    if (step.type === "task")
      need(
        (step.fields ?? []).some((f) => f.kind === "risk" || f.kind === "measure"),
        "a practical task asks for a risk or a measure",
      );
    if (step.type === "facts") need((step.sources?.length ?? 0) > 0, "facts name their sources");
    if (step.type === "film")
      need(
        step.video != null || step.illustration !== undefined,
        "a film step without a film is illustrated",
      );
  });

export const roomSchema = z.object({
  id,
  /** The area of 3 kap. 5 § (or harassment); none for the introduction. */
  area: z.enum(AREAS).nullable(),
  order: z.number().int().min(0),
  title: text,
  /** One or two sentences on the room's door. */
  summary: text,
  steps: z.array(stepSchema).min(1),
});

export type Room = z.infer<typeof roomSchema> & {
  /** The Markdown of each step, by step id. */
  bodies: Record<string, string>;
};
export type Step = Room["steps"][number];

export class RoomFormatError extends Error {}

const STEP_MARKER = /^<!--\s*step:\s*([a-z0-9-]+)\s*-->\s*$/;

/** Parses one room file; throws RoomFormatError naming what is wrong. */
export function parseRoom(source: string): Room {
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(source.replace(/\r\n/g, "\n"));
  if (!match) throw new RoomFormatError("the file starts with front matter between --- lines");
  const parsed = roomSchema.safeParse(parseYaml(match[1]!));
  if (!parsed.success)
    throw new RoomFormatError(
      parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; "),
    );
  const bodies: Record<string, string> = {};
  let current: string | null = null;
  for (const line of match[2]!.split("\n")) {
    const marker = STEP_MARKER.exec(line);
    if (marker) {
      current = marker[1]!;
      if (current in bodies) throw new RoomFormatError(`step ${current} has two sections`);
      bodies[current] = "";
    } else if (current) bodies[current] += `${line}\n`;
    else if (line.trim()) throw new RoomFormatError("text before the first <!-- step: … --> line");
  }
  const room = {
    ...parsed.data,
    bodies: Object.fromEntries(Object.entries(bodies).map(([k, v]) => [k, v.trim()])),
  };
  const ids = room.steps.map((s) => s.id);
  if (new Set(ids).size !== ids.length) throw new RoomFormatError("step ids are unique");
  if (Object.keys(room.bodies).join(",") !== ids.join(","))
    throw new RoomFormatError(
      `the sections (${Object.keys(room.bodies).join(", ")}) follow the steps (${ids.join(", ")})`,
    );
  for (const step of room.steps)
    if (!room.bodies[step.id]) throw new RoomFormatError(`step ${step.id} has no text`);
  return room;
}

/** The room's length: the sum of its steps' minutes. */
export const roomMinutes = (room: Pick<Room, "steps">) =>
  room.steps.reduce((n, step) => n + step.minutes, 0);

/** The structure two language versions must share: ids, types, minutes, questions and fields. */
export function roomShape(room: Room) {
  return {
    id: room.id,
    area: room.area,
    order: room.order,
    steps: room.steps.map((s) => ({
      id: s.id,
      type: s.type,
      minutes: s.minutes,
      video: s.video ? { src: s.video.src, captions: "vtt" } : null,
      illustrated: s.illustration !== undefined,
      sources: s.sources?.map((x) => x.url) ?? [],
      questions: s.questions?.map((q) => [q.id, q.minutes]) ?? [],
      fields: s.fields?.map((f) => [f.id, f.kind]) ?? [],
    })),
  };
}

import type { Room, Step } from "./room.ts";

/**
 * What an organisation has changed in a shared room without touching the content files:
 * steps it hides and discussion questions of its own. Applied when a room is shown, run,
 * printed or checked, so every view of the room agrees.
 */
export interface OwnQuestion {
  id: string;
  stepId: string;
  text: string;
  minutes: number;
}
export interface RoomSettings {
  hiddenSteps: readonly string[];
  ownQuestions: readonly OwnQuestion[];
}

export interface AdaptedQuestion {
  id: string;
  text: string;
  minutes: number;
  /** Written by the organisation, not part of the shared room. */
  own: boolean;
}
export type AdaptedStep = Omit<Step, "questions"> & { questions?: AdaptedQuestion[] };
export type AdaptedRoom = Omit<Room, "steps"> & { steps: AdaptedStep[] };

/** Own questions are named apart from the content's so the two can never collide. */
export const ownQuestionItemId = (id: string) => `own-${id}`;

export function adaptRoom(room: Room, settings: RoomSettings): AdaptedRoom {
  const hidden = new Set(settings.hiddenSteps);
  const steps = room.steps
    .filter((step) => !hidden.has(step.id))
    .map((step): AdaptedStep => {
      if (step.type !== "discussion") return { ...step, questions: undefined };
      const own = settings.ownQuestions
        .filter((q) => q.stepId === step.id)
        .map((q) => ({ id: ownQuestionItemId(q.id), text: q.text, minutes: q.minutes, own: true }));
      const questions = [...(step.questions ?? []).map((q) => ({ ...q, own: false })), ...own];
      return {
        ...step,
        questions,
        minutes: questions.reduce((n, q) => n + q.minutes, 0),
      };
    });
  return { ...room, steps };
}

/** A thing the group or person can write a note on. */
export interface NoteItem {
  stepId: string;
  itemId: string;
  prompt: string;
  /** What a note here can become in the plan. */
  kind: "question" | "field" | "reflection";
  fieldKind?: string;
}

/** The id of the single note a reflection step takes. */
export const REFLECTION_ITEM = "reflection";

/** Every place a note can be written in the room: questions, task fields and reflections. */
export function noteItems(room: AdaptedRoom): NoteItem[] {
  return room.steps.flatMap((step): NoteItem[] => {
    if (step.type === "discussion")
      return (step.questions ?? []).map((q) => ({
        stepId: step.id,
        itemId: q.id,
        prompt: q.text,
        kind: "question",
      }));
    if (step.type === "task")
      return (step.fields ?? []).map((f) => ({
        stepId: step.id,
        itemId: f.id,
        prompt: f.label,
        kind: "field",
        fieldKind: f.kind,
      }));
    if (step.type === "reflection")
      return [{ stepId: step.id, itemId: REFLECTION_ITEM, prompt: step.title, kind: "reflection" }];
    return [];
  });
}

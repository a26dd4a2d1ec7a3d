import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { adaptRoom, noteItems, ownQuestionItemId } from "./adapt.ts";
import { MIN_FEEDBACK_RESPONSES, roomProgress, summariseFeedback } from "./progress.ts";
import { parseRoom, roomMinutes } from "./room.ts";
import { applyTimerAction, pauseAll, remainingSeconds, timerAt } from "./timer.ts";

const room = parseRoom(
  readFileSync(new URL("../../content/rooms/arbetsforhallanden/sv.md", import.meta.url), "utf8"),
);

describe("an organisation's own additions", () => {
  it("hides steps and adds own questions to a discussion, with the minutes following", () => {
    const discussion = room.steps.find((s) => s.type === "discussion")!;
    const situation = room.steps.find((s) => s.type === "situation")!;
    const adapted = adaptRoom(room, {
      hiddenSteps: [situation.id],
      ownQuestions: [
        { id: "abc", stepId: discussion.id, text: "Hur är det i lagret?", minutes: 3 },
      ],
    });
    expect(adapted.steps.map((s) => s.id)).not.toContain(situation.id);
    const step = adapted.steps.find((s) => s.id === discussion.id)!;
    expect(step.questions!.at(-1)).toEqual({
      id: ownQuestionItemId("abc"),
      text: "Hur är det i lagret?",
      minutes: 3,
      own: true,
    });
    expect(step.minutes).toBe(discussion.minutes + 3);
    expect(roomMinutes(adapted)).toBe(roomMinutes(room) - situation.minutes + 3);
  });

  it("lists every question and task field as a place for a note", () => {
    const items = noteItems(adaptRoom(room, { hiddenSteps: [], ownQuestions: [] }));
    const questions = room.steps.flatMap((s) => s.questions ?? []);
    const fields = room.steps.flatMap((s) => s.fields ?? []);
    expect(items.filter((i) => i.kind === "question")).toHaveLength(questions.length);
    expect(items.filter((i) => i.kind === "field").map((i) => i.fieldKind)).toEqual(
      fields.map((f) => f.kind),
    );
  });
});

describe("the step timer", () => {
  const t0 = new Date("2026-11-23T10:00:00Z");
  const at = (s: number) => new Date(t0.getTime() + s * 1000);

  it("counts while running, stops on pause and carries on from there", () => {
    let timer = applyTimerAction(undefined, "start", t0);
    expect(timerAt(timer, at(90)).elapsedSeconds).toBe(90);
    timer = applyTimerAction(timer, "pause", at(90));
    expect(timerAt(timer, at(600)).elapsedSeconds).toBe(90);
    timer = applyTimerAction(timer, "start", at(600));
    expect(timerAt(timer, at(630)).elapsedSeconds).toBe(120);
  });

  it("gives two more minutes per extension and shows the time left, also past zero", () => {
    let timer = applyTimerAction(undefined, "start", t0);
    timer = applyTimerAction(timer, "extend", at(60));
    expect(remainingSeconds(4, timerAt(timer, at(60)))).toBe(6 * 60 - 60);
    expect(remainingSeconds(4, timerAt(timer, at(7 * 60)))).toBe(-60);
  });

  it("pauses every running clock when the group moves on", () => {
    const running = applyTimerAction(undefined, "start", t0);
    const paused = pauseAll({ a: running }, at(30));
    expect(paused.a).toMatchObject({ running: false, elapsedSeconds: 30 });
  });
});

describe("progress and feedback", () => {
  it("a room is done once a session is completed, in progress while one is open", () => {
    expect(roomProgress([])).toBe("not_started");
    expect(roomProgress([{ status: "paused" }])).toBe("in_progress");
    expect(roomProgress([{ status: "paused" }, { status: "completed" }])).toBe("done");
  });

  it("hides the ratings until enough have answered, then shows average and spread", () => {
    const few = summariseFeedback([5, 1].slice(0, MIN_FEEDBACK_RESPONSES - 1));
    expect(few).toMatchObject({ average: null, distribution: null, suppressed: true });
    expect(summariseFeedback([5, 4, 4, 2])).toEqual({
      count: 4,
      average: 3.8,
      distribution: [0, 1, 0, 2, 1],
      suppressed: false,
    });
  });
});

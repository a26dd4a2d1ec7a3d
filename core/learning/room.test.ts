import { describe, expect, it } from "vitest";
import { parseRoom, roomMinutes } from "./room.ts";

const file = (steps: string, body: string) => `---
id: prov
area: working_conditions
order: 1
title: Provrum
summary: Ett rum för test.
steps:
${steps}
---
${body}`;

const discussion = `  - id: samtal
    type: discussion
    title: Samtal
    minutes: 7
    questions:
      - { id: q1, text: Vad ser ni?, minutes: 3 }
      - { id: q2, text: Varför?, minutes: 4 }`;

describe("parseRoom", () => {
  it("reads the steps and each step's text", () => {
    const room = parseRoom(file(discussion, "<!-- step: samtal -->\nPrata om det.\n"));
    expect(room.steps[0]).toMatchObject({ id: "samtal", type: "discussion", minutes: 7 });
    expect(room.bodies).toEqual({ samtal: "Prata om det." });
    expect(roomMinutes(room)).toBe(7);
  });

  it("names what is wrong", () => {
    expect(() => parseRoom("Ingen front matter")).toThrow(/front matter/);
    expect(() => parseRoom(file(discussion, "Text först\n<!-- step: samtal -->\nx"))).toThrow(
      /before the first/,
    );
    expect(() => parseRoom(file(discussion, "<!-- step: annat -->\nx"))).toThrow(
      /follow the steps/,
    );
    expect(() => parseRoom(file(discussion, "<!-- step: samtal -->\n"))).toThrow(/no text/);
    expect(() =>
      parseRoom(file(discussion.replace("minutes: 7", "minutes: 9"), "<!-- step: samtal -->\nx")),
    ).toThrow(/add up/);
    const task = `  - id: uppgift
    type: task
    title: Uppgift
    minutes: 5
    fields:
      - { id: vem, kind: responsible, label: Vem }`;
    expect(() => parseRoom(file(task, "<!-- step: uppgift -->\nx"))).toThrow(/risk or a measure/);
    const facts = `  - id: fakta
    type: facts
    title: Fakta
    minutes: 5
    sources:
      - { title: Lagen, url: "http://example.com" }`;
    expect(() => parseRoom(file(facts, "<!-- step: fakta -->\nx"))).toThrow(/sources/);
  });
});

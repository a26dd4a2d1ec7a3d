import { describe, expect, it } from "vitest";
import { closesAtOf, context, STATES, sampleEvent } from "./fixtures.test-helper.ts";
import { renderEventList } from "./list-page.ts";
import { textOf } from "./test-support.test-helper.ts";

describe("the list of upcoming events", () => {
  it("shows each event's title as a link, its dates, place and state in words", () => {
    const two = sampleEvent();
    const one = sampleEvent({
      title: "Lönekartläggning <steg för steg>",
      days: [{ date: "2027-02-10", start: "13:00", end: "16:00" }],
      registrationCloses: "2027-02-01T12:00",
      place: "Länsstyrelsen, Kungsgatan 13, Malmö",
      placeLater: false,
    });
    const markup = renderEventList({
      ...context(),
      events: [
        { event: one, state: STATES.open!, closesAt: closesAtOf(one), url: "/e/x/2" },
        { event: two, state: STATES.fullyBooked!, closesAt: closesAtOf(two), url: "/e/x/1" },
      ],
    });
    expect(markup).toContain('<a href="/e/x/2">Lönekartläggning &lt;steg för steg&gt;</a>');
    expect(markup).toContain('<a href="/e/x/1">Aktiva åtgärder i praktiken</a>');
    const text = textOf(markup);
    expect(text).toContain("10 februari 2027 Plats: Länsstyrelsen, Kungsgatan 13, Malmö");
    expect(text).toContain("Öppen för anmälan – 12 platser kvar.");
    expect(text).toContain("15 mars 2027 och 4 maj 2027 Plats: Plats meddelas senare (Malmö)");
    expect(text).toContain("Fulltecknad.");
    expect(markup.match(/<h1[\s>]/g)).toHaveLength(1);
    expect(markup).toContain("<title>Kommande utbildningar – Länsstyrelsen Skåne – Aktiva</title>");
  });

  it("says so when there are no upcoming events", () => {
    const sv = textOf(renderEventList({ ...context(), events: [] }));
    expect(sv).toContain("Just nu finns inga kommande utbildningar.");
    const en = textOf(renderEventList({ ...context("en"), events: [] }));
    expect(en).toContain("There are no upcoming events right now.");
  });
});

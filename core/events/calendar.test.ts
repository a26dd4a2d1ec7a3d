import { describe, expect, it } from "vitest";
import { calendarInvite, calendarUid, type InviteInput } from "./calendar.ts";

const input: InviteInput = {
  method: "request",
  event: {
    id: "e42",
    title: "Aktiva åtgärder i praktiken",
    days: [
      {
        date: "2027-03-16",
        start: "08:45",
        end: "16:00",
        programme: [
          { start: "09:00", end: "09:15", title: "Introduktion", speaker: "", kind: "session" },
          {
            start: "10:00",
            end: "10:45",
            title: "Från grund till utvärdering",
            speaker: "Malmö mot Diskriminering",
            kind: "session",
          },
        ],
      },
      { date: "2027-05-04", start: "08:45", end: "16:00", programme: [] },
    ],
    place: "Malmö",
    placeLater: true,
    onlineUrl: "",
    contact: { name: "Sara Lind", email: "sara.lind@example.se", phone: "" },
  },
  url: "https://aktiva.example.se/e/e42",
  domain: "aktiva.example.se",
  sequence: 0,
  attendee: { name: "Ali Hassan", email: "ali.hassan@malmo.se" },
  registrationUrl: "https://aktiva.example.se/r/abc123",
  now: new Date("2027-02-01T10:00:00Z"),
};

/** The calendar's lines with folded continuation lines joined back. */
const lines = (ics: string) => ics.replace(/\r\n /g, "").split("\r\n");
const vevents = (ics: string) => ics.split("BEGIN:VEVENT").slice(1);

describe("the calendar invite", () => {
  const ics = calendarInvite(input);

  it("is iCalendar with CRLF line ends and folded lines of at most 75 octets", () => {
    expect(ics.startsWith("BEGIN:VCALENDAR\r\nVERSION:2.0\r\n")).toBe(true);
    expect(ics.endsWith("END:VCALENDAR\r\n")).toBe(true);
    expect(ics.replace(/\r\n/g, "")).not.toMatch(/[\r\n]/);
    for (const line of ics.split("\r\n")) {
      expect(Buffer.byteLength(line, "utf8")).toBeLessThanOrEqual(75);
    }
  });

  it("is a REQUEST with one VEVENT per day and stable UIDs", () => {
    expect(lines(ics)).toContain("METHOD:REQUEST");
    expect(vevents(ics)).toHaveLength(2);
    expect(lines(ics)).toContain("UID:event-e42-day-1@aktiva.example.se");
    expect(lines(ics)).toContain("UID:event-e42-day-2@aktiva.example.se");
    expect(calendarUid("e42", 1, "aktiva.example.se")).toBe("event-e42-day-2@aktiva.example.se");
    expect(lines(ics).filter((l) => l === "SEQUENCE:0")).toHaveLength(2);
  });

  it("writes a winter day at UTC+1 and a summer day at UTC+2", () => {
    const [winter, summer] = vevents(ics).map(lines);
    expect(winter).toContain("DTSTART:20270316T074500Z");
    expect(winter).toContain("DTEND:20270316T150000Z");
    expect(summer).toContain("DTSTART:20270504T064500Z");
    expect(summer).toContain("DTEND:20270504T140000Z");
  });

  it("says what, where and who: summary, short programme, place, URL and organiser", () => {
    const [first] = vevents(ics).map(lines);
    expect(first).toContain("SUMMARY:Aktiva åtgärder i praktiken (dag 1 av 2)");
    expect(first).toContain("LOCATION:Plats meddelas senare (Malmö)");
    expect(first).toContain("URL;VALUE=URI:https://aktiva.example.se/e/e42");
    expect(first).toContain('ORGANIZER;CN="Sara Lind":mailto:sara.lind@example.se');
    const description = first!.find((l) => l.startsWith("DESCRIPTION:"))!;
    expect(description).toContain("tisdag 16 mars 2027\\, 08.45–16.00");
    expect(description).toContain(
      "10.00–10.45 Från grund till utvärdering (Malmö mot Diskriminering)",
    );
    expect(description).toContain(
      "Se eller avboka din anmälan: https://aktiva.example.se/r/abc123",
    );
    expect(first!.some((l) => l.startsWith("ATTENDEE;") && l.includes("ali.hassan@malmo.se"))).toBe(
      true,
    );
  });

  it("carries the SEQUENCE it is given, for an updated place or time", () => {
    const updated = calendarInvite({
      ...input,
      sequence: 3,
      event: { ...input.event, place: "Moriska paviljongen, Malmö", placeLater: false },
    });
    expect(lines(updated).filter((l) => l === "SEQUENCE:3")).toHaveLength(2);
    expect(lines(updated)).toContain("LOCATION:Moriska paviljongen\\, Malmö");
  });

  it("cancels with METHOD:CANCEL, STATUS:CANCELLED and the same UIDs", () => {
    const cancelled = calendarInvite({ ...input, method: "cancel", sequence: 4, locale: "en" });
    const all = lines(cancelled);
    expect(all).toContain("METHOD:CANCEL");
    expect(all.filter((l) => l === "STATUS:CANCELLED")).toHaveLength(2);
    expect(all).toContain("UID:event-e42-day-1@aktiva.example.se");
    expect(all).toContain("SUMMARY:CANCELLED: Aktiva åtgärder i praktiken (day 1 of 2)");
    expect(cancelled).not.toContain("abc123");
  });

  it("puts the online link as the location of an online-only event", () => {
    const online = calendarInvite({
      ...input,
      event: {
        ...input.event,
        place: "",
        placeLater: false,
        onlineUrl: "https://meet.example.se/x",
      },
    });
    expect(lines(online)).toContain("LOCATION:https://meet.example.se/x");
  });
});

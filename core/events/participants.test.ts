import { describe, expect, it } from "vitest";
import { toCsv } from "../platform/csv.ts";
import type { Question } from "./event.ts";
import {
  attendanceByOrganisation,
  attendanceSummary,
  neutraliseCell,
  type Participant,
  participantRows,
} from "./participants.ts";

const questions: Question[] = [
  { id: "first", label: "Första gången?", kind: "yesNo", required: true, options: [] },
];

const person = (p: Partial<Participant> & Pick<Participant, "name">): Participant => ({
  email: `${p.name.toLowerCase().replace(/\W/g, "")}@example.se`,
  organisation: "Malmö stad",
  role: "",
  status: "confirmed",
  registeredAt: new Date("2027-01-12T08:05:00Z"),
  checkedInAt: null,
  answers: {},
  diet: "",
  accessibility: "",
  ...p,
});

const people: Participant[] = [
  person({ name: "Bo Ek", status: "waitlisted", registeredAt: new Date("2027-01-13T09:00:00Z") }),
  person({
    name: "Ali Hassan",
    role: "HR-strateg",
    answers: { first: "yes" },
    diet: "Vegetarisk",
    checkedInAt: new Date("2027-03-16T07:40:00Z"),
  }),
  person({ name: "Eva Lund", status: "cancelled" }),
  person({ name: '=HYPERLINK("http://x")', organisation: "Lunds kommun" }),
];

describe("the participant list", () => {
  it("has Swedish and English headers, own questions included", () => {
    expect(participantRows([], questions, { locale: "sv" })[0]).toEqual([
      "Namn",
      "E-postadress",
      "Organisation",
      "Roll eller befattning",
      "Status",
      "Anmäld",
      "Närvarande",
      "Första gången?",
      "Kost",
      "Tillgänglighet",
    ]);
    expect(participantRows([], questions, { locale: "en" })[0]!.slice(0, 7)).toEqual([
      "Name",
      "E-mail address",
      "Organisation",
      "Role or position",
      "Status",
      "Registered",
      "Checked in",
    ]);
  });

  it("lists seats before the waitlist, leaves out cancellations, writes Stockholm times", () => {
    const rows = participantRows(people, questions, { locale: "sv" }).slice(1);
    expect(rows.map((r) => r[0])).toEqual(["Ali Hassan", '=HYPERLINK("http://x")', "Bo Ek"]);
    expect(rows[0]).toEqual([
      "Ali Hassan",
      "alihassan@example.se",
      "Malmö stad",
      "HR-strateg",
      "Bekräftad plats",
      "2027-01-12 09:05",
      "2027-03-16 08:40",
      "Ja",
      "Vegetarisk",
      "",
    ]);
    expect(rows[2]![4]).toBe("Väntelista");
    const all = participantRows(people, questions, { locale: "en", includeCancelled: true });
    expect(all.at(-1)![4]).toBe("Cancelled");
  });

  it("exports as CSV with the formula in a name neutralised", () => {
    const csv = toCsv(participantRows(people, questions, { locale: "sv" }));
    expect(csv).toContain(`\r\n"'=HYPERLINK(""http://x"")";`);
  });

  it("neutralises XLSX cells by the same rule as the CSV export", () => {
    for (const value of ["=1+1", "+46 70", "-2", "@SUM(A1)", "\tx", "\rx", "Åsa", "1-2", ""]) {
      const inCsv = toCsv([[value]])
        .slice(1, -2)
        .replace(/^"|"$/g, "");
      expect(neutraliseCell(value)).toBe(inCsv);
    }
    expect(neutraliseCell("=cmd")).toBe("'=cmd");
    expect(neutraliseCell("Malmö")).toBe("Malmö");
  });
});

describe("attendance as evidence", () => {
  const list = [
    person({ name: "A", organisation: "Malmö stad", checkedInAt: new Date() }),
    person({ name: "B", organisation: " malmö  stad", checkedInAt: new Date() }),
    person({ name: "C", organisation: "Malmö stad" }),
    person({ name: "D", organisation: "Länsstyrelsen Skåne", checkedInAt: new Date() }),
    person({ name: "E", organisation: "Lunds kommun" }),
    person({ name: "F", organisation: "Lunds kommun", status: "waitlisted" }),
  ];

  it("counts registered and attended per organisation, nothing per person", () => {
    expect(attendanceByOrganisation(list)).toEqual([
      { organisation: "Malmö stad", registered: 3, attended: 2 },
      { organisation: "Länsstyrelsen Skåne", registered: 1, attended: 1 },
      { organisation: "Lunds kommun", registered: 1, attended: 0 },
    ]);
  });

  it("sums it up in one sentence", () => {
    expect(attendanceSummary(attendanceByOrganisation(list))).toEqual({
      sv: "3 av 5 anmälda deltog, från 2 organisationer.",
      en: "3 of 5 registered took part, from 2 organisations.",
    });
  });
});

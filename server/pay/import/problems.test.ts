import { describe, expect, it } from "vitest";
import {
  type MappingProblem,
  PAYROLL_FIELDS,
  type RowProblem,
  type RowProblemCode,
} from "../../../core/pay/payroll.ts";
import { LOCALES } from "../../platform/i18n.ts";
import { describeMappingProblem, describeRowProblem, FIELD_LABELS } from "./problems.ts";

const NBSP = "\u00a0";

/** Every row problem code with a field and value it can come with. */
const EXAMPLES: Record<RowProblemCode, Omit<RowProblem, "row" | "column" | "code">> = {
  "row.missing": { field: "baseSalary" },
  "row.number": { field: "baseSalary", value: "ca 30 000" },
  "row.negative": { field: "baseSalary", value: "-100" },
  "row.extentRange": { field: "extent", value: "120" },
  "row.hoursRange": { field: "weeklyHours", value: "90" },
  "row.integerRange": { field: "sickLeaveDays", value: "400" },
  "row.sex": { field: "sex", value: "X" },
  "row.sexConflict": { field: "sex", value: "K" },
  "row.personnummer": { field: "personnummer" },
  "row.date": { field: "hireDate", value: "43525" },
  "row.dateAfterSnapshot": { field: "hireDate", value: "2026-10-01" },
  "row.boolean": { field: "manager", value: "kanske" },
  "row.employmentType": { field: "employmentType", value: "Projekt" },
  "row.birthYearRange": { field: "birthYear", value: "1850" },
  "row.educationRange": { field: "educationYears", value: "45" },
  "row.duplicateKey": { field: "employeeKey", value: "A00017", firstRow: 9 },
  "row.cellError": { field: "baseSalary", value: "#N/A" },
  "row.tooLong": { field: "unit", value: "x".repeat(60) },
};

describe("describeRowProblem", () => {
  it("names the row and the column heading for every code, in Swedish and English", () => {
    for (const [code, example] of Object.entries(EXAMPLES)) {
      const problem = { ...example, code, row: 70001, column: "Lön (kr)" } as RowProblem;
      const sv = describeRowProblem(problem, "sv");
      const en = describeRowProblem(problem, "en");
      expect(sv, code).toMatch(new RegExp(`^Rad 70${NBSP}001, kolumn ”Lön \\(kr\\)”: \\S`));
      expect(en, code).toMatch(/^Row 70,001, column “Lön \(kr\)”: \S/);
      for (const text of [sv, en]) {
        expect(text, code).not.toMatch(/undefined|null|\{\{/);
        expect(text, code).toMatch(/\.$/);
      }
      expect(sv, code).not.toBe(en);
    }
  });

  it("shows the cell's value when there is one", () => {
    for (const [code, example] of Object.entries(EXAMPLES)) {
      if (example.value === undefined) continue;
      const problem = { ...example, code, row: 5, column: "C" } as RowProblem;
      for (const locale of LOCALES) {
        expect(describeRowProblem(problem, locale), `${code} ${locale}`).toContain(example.value);
      }
    }
  });

  it("reads as plain Swedish", () => {
    expect(
      describeRowProblem(
        {
          row: 70001,
          column: "Grundlön",
          field: "baseSalary",
          code: "row.negative",
          value: "-100",
        },
        "sv",
      ),
    ).toBe(
      `Rad 70${NBSP}001, kolumn ”Grundlön”: ”-100” är negativt. Lönen kan inte vara mindre än 0.`,
    );
    expect(
      describeRowProblem(
        {
          row: 12,
          column: "Anst.nr",
          field: "employeeKey",
          code: "row.duplicateKey",
          value: "A00017",
          firstRow: 9,
        },
        "sv",
      ),
    ).toBe(
      "Rad 12, kolumn ”Anst.nr”: A00017 finns redan på rad 9. Varje anställd ska finnas på en rad.",
    );
  });

  it("groups the first row of a duplicate too", () => {
    const problem: RowProblem = {
      row: 1_200_000,
      column: "Anst.nr",
      field: "employeeKey",
      code: "row.duplicateKey",
      value: "A1",
      firstRow: 1_000_002,
    };
    expect(describeRowProblem(problem, "sv")).toContain(`rad 1${NBSP}000${NBSP}002.`);
    expect(describeRowProblem(problem, "en")).toContain("row 1,000,002.");
  });

  it("tells a personnummer that is wrong from one that gives an impossible birth year", () => {
    const base = { row: 3, column: "Pnr", field: "personnummer" as const };
    const invalid = describeRowProblem({ ...base, code: "row.personnummer" }, "sv");
    const tooYoung = describeRowProblem({ ...base, code: "row.birthYearRange" }, "sv");
    expect(invalid).toContain("kontrollsiffran");
    expect(tooYoung).toContain("födelseår");
    expect(tooYoung).not.toContain("Värdet");
  });
});

describe("describeMappingProblem", () => {
  const label = (locale: "sv" | "en") => (f: (typeof PAYROLL_FIELDS)[number]) =>
    FIELD_LABELS[f][locale];
  const problems: MappingProblem[] = [
    { code: "mapping.required", fields: ["baseSalary"] },
    { code: "mapping.required", fields: ["job", "jobTitle", "jobCode"] },
    { code: "mapping.unknownColumn", field: "unit", column: "Enhet 2" },
    { code: "mapping.columnTwice", column: "Befattning", fields: ["jobTitle", "jobCode"] },
  ];

  it("names the fields and columns concerned, in Swedish and English", () => {
    for (const problem of problems) {
      for (const locale of LOCALES) {
        const text = describeMappingProblem(problem, locale, label(locale));
        const fields = "fields" in problem ? problem.fields : [problem.field];
        for (const f of fields) expect(text).toContain(FIELD_LABELS[f][locale]);
        if ("column" in problem) expect(text).toContain(problem.column);
      }
    }
  });

  it("lists alternatives with or, and a column used twice with both … and", () => {
    expect(describeMappingProblem(problems[1]!, "sv", label("sv"))).toBe(
      "Välj en kolumn för Arbete (lika arbete), Befattning eller Yrkeskod (BESTA, SSYK). Minst en av dem behövs för lönekartläggningen.",
    );
    expect(describeMappingProblem(problems[3]!, "en", label("en"))).toBe(
      "The column “Befattning” is chosen for both Job title and Occupation code (BESTA, SSYK). A column can only be used for one thing.",
    );
  });
});

describe("FIELD_LABELS", () => {
  it("names every field with a hint in both languages", () => {
    for (const field of PAYROLL_FIELDS) {
      const { sv, en, hint } = FIELD_LABELS[field];
      for (const text of [sv, en, hint.sv, hint.en]) expect(text.trim(), field).not.toBe("");
    }
    expect(FIELD_LABELS.personnummer.hint.sv).toContain("Sparas aldrig");
  });
});

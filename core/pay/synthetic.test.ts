import Papa from "papaparse";
import { describe, expect, it } from "vitest";
import { type JobSummary, womenDominatedComparisons } from "./equal-work.ts";
import { checkMapping, createRowReader, suggestMapping } from "./payroll.ts";
import { FEMALE, MALE } from "./stats.ts";
import { generateEmployer, nextYear, type SyntheticEmployee, toCsv } from "./synthetic.ts";

const employer = generateEmployer({ employees: 20_000, seed: 42, year: 2025 });
const people = employer.employees;
const share = (test: (e: SyntheticEmployee) => boolean) =>
  people.filter(test).length / people.length;

describe("generateEmployer", () => {
  it("gives the same employer for the same seed and another for another seed", () => {
    const small = (seed: number) => generateEmployer({ employees: 2000, seed, year: 2025 });
    expect(small(42)).toEqual(small(42));
    expect(small(42).employees).toEqual(people.slice(0, 2000));
    expect(small(43).employees.map((e) => e.baseSalary)).not.toEqual(
      small(42).employees.map((e) => e.baseSalary),
    );
  });

  it("numbers the employees A00001, A00002, …", () => {
    expect(people.slice(0, 3).map((e) => e.employeeId)).toEqual(["A00001", "A00002", "A00003"]);
    expect(new Set(people.map((e) => e.employeeId)).size).toBe(people.length);
  });

  it("has 25–40 Swedish jobs, some women-dominated and some men-dominated", () => {
    const { jobs } = employer;
    expect(jobs.length).toBeGreaterThanOrEqual(25);
    expect(jobs.length).toBeLessThanOrEqual(40);
    expect(jobs.map((j) => j.name)).toEqual(
      expect.arrayContaining(["Undersköterska", "Förskollärare", "Lärare åk 7–9", "Drifttekniker"]),
    );
    const observed = jobs.map((job) => {
      const inJob = people.filter((e) => e.job === job.name);
      return inJob.filter((e) => e.sex === FEMALE).length / inJob.length;
    });
    expect(observed.filter((s) => s >= 0.8).length).toBeGreaterThanOrEqual(5);
    expect(observed.filter((s) => s <= 0.2).length).toBeGreaterThanOrEqual(4);
    jobs.forEach((job, i) => {
      expect(Math.abs(observed[i]! - job.womenShare), job.name).toBeLessThan(0.1);
    });
  });

  it("has the shares it is designed for: ~20 % part-time, ~12 % temporary, ~8 % managers", () => {
    expect(share((e) => e.extent < 100)).toBeGreaterThan(0.16);
    expect(share((e) => e.extent < 100)).toBeLessThan(0.24);
    expect(share((e) => e.employmentType === "temporary")).toBeGreaterThan(0.09);
    expect(share((e) => e.employmentType === "temporary")).toBeLessThan(0.15);
    expect(share((e) => e.manager)).toBeGreaterThan(0.06);
    expect(share((e) => e.manager)).toBeLessThan(0.1);
  });

  it("gives women more parental leave than men", () => {
    const mean = (sex: number) => {
      const group = people.filter((e) => e.sex === sex);
      return group.reduce((sum, e) => sum + e.parentalLeaveDays, 0) / group.length;
    };
    expect(mean(FEMALE)).toBeGreaterThan(2 * mean(MALE));
    expect(mean(MALE)).toBeGreaterThan(0);
  });

  it("keeps ages, hire dates and leave consistent with the snapshot", () => {
    const age = (e: SyntheticEmployee) => 2025 - e.birthYear!;
    expect(people.filter((e) => age(e) < 20 || age(e) > 67)).toEqual([]);
    expect(people.filter((e) => !(e.hireDate! <= "2025-09-30"))).toEqual([]);
    expect(people.filter((e) => Number(e.hireDate!.slice(0, 4)) - e.birthYear! < 17)).toEqual([]);
    expect(people.filter((e) => e.parentalLeaveDays + e.sickLeaveDays > 366)).toEqual([]);
    expect(people.filter((e) => Math.abs(e.weeklyHours! - (40 * e.extent) / 100) > 0.005)).toEqual(
      [],
    );
  });

  it("pays more with experience within a job", () => {
    const nurses = people.filter((e) => e.job === "Sjuksköterska" && e.extent === 100);
    const byTenure = (e: SyntheticEmployee) => 2025 - Number(e.hireDate!.slice(0, 4));
    const mean = (group: SyntheticEmployee[]) =>
      group.reduce((sum, e) => sum + e.baseSalary, 0) / group.length;
    expect(mean(nurses.filter((e) => byTenure(e) >= 15))).toBeGreaterThan(
      1.05 * mean(nurses.filter((e) => byTenure(e) <= 2)),
    );
  });

  it("pays women-dominated jobs less than men-dominated jobs of equal value (bands of 10)", () => {
    const jobs: JobSummary<string>[] = employer.jobs.map((job) => {
      const inJob = people.filter((e) => e.job === job.name);
      const fte = inJob.reduce((sum, e) => sum + (e.baseSalary * 100) / e.extent, 0);
      return {
        id: job.name,
        value: job.value,
        women: inJob.filter((e) => e.sex === FEMALE).length,
        men: inJob.filter((e) => e.sex === MALE).length,
        meanPay: fte / inJob.length,
      };
    });
    const comparisons = womenDominatedComparisons(jobs, {
      bandOf: (job) => Math.floor(job.value / 10),
    });
    const pairs = comparisons.flatMap((c) => c.equivalent.map((e) => `${c.job} < ${e.job}`));
    expect(pairs).toEqual(
      expect.arrayContaining([
        "Förskollärare < Drifttekniker",
        "Undersköterska < Fastighetsskötare",
        "Socialsekreterare < VA-ingenjör",
        "Enhetschef äldreomsorg < Driftchef",
      ]),
    );
  });

  it("spreads people over the given units", () => {
    const units = ["Norr", "Söder"];
    const small = generateEmployer({ employees: 500, seed: 1, year: 2025, units });
    expect(new Set(small.employees.map((e) => e.unit))).toEqual(new Set(units));
  });

  it("takes the snapshot date into account", () => {
    const early = generateEmployer({
      employees: 500,
      seed: 1,
      year: 2025,
      snapshotDate: "2025-03-31",
    });
    expect(early.employees.every((e) => e.hireDate! <= "2025-03-31")).toBe(true);
    expect(() =>
      generateEmployer({ employees: 1, seed: 1, year: 2025, snapshotDate: "2024-12-31" }),
    ).toThrow(RangeError);
  });
});

describe("nextYear", () => {
  const later = nextYear(employer, { seed: 7, year: 2026 });
  const before = new Map(people.map((e) => [e.employeeId, e]));
  const stayers = later.employees.filter((e) => before.has(e.employeeId));
  const joiners = later.employees.filter((e) => !before.has(e.employeeId));

  it("keeps most people, about as many join as leave, with new ids", () => {
    expect(stayers.length / people.length).toBeGreaterThan(0.85);
    expect(stayers.length / people.length).toBeLessThan(0.95);
    expect(later.employees.length).toBe(people.length);
    expect(joiners.every((e) => Number(e.employeeId.slice(1)) > people.length)).toBe(true);
    expect(new Set(later.employees.map((e) => e.employeeId)).size).toBe(later.employees.length);
  });

  it("raises the pay of those who stay by 2–4 % and keeps who they are", () => {
    const raise = (e: SyntheticEmployee) => e.baseSalary / before.get(e.employeeId)!.baseSalary;
    expect(stayers.filter((e) => raise(e) < 1.0195 || raise(e) > 1.0405)).toEqual([]);
    const identity = (e: SyntheticEmployee) => [
      e.employeeId,
      e.sex,
      e.birthYear,
      e.job,
      e.hireDate,
    ];
    expect(stayers.map(identity)).toEqual(stayers.map((e) => identity(before.get(e.employeeId)!)));
    expect(later.jobs[0]!.basePay).toBeGreaterThan(employer.jobs[0]!.basePay);
  });

  it("hires newcomers during the year before the new snapshot", () => {
    expect(joiners.length).toBeGreaterThan(0);
    expect(
      joiners.filter((e) => !(e.hireDate! > "2025-09-30" && e.hireDate! <= "2026-09-30")),
    ).toEqual([]);
    expect(later.employees.filter((e) => 2026 - e.birthYear! > 67)).toEqual([]);
  });

  it("is deterministic by seed", () => {
    const small = { jobs: employer.jobs, employees: people.slice(0, 2000) };
    expect(nextYear(small, { seed: 7, year: 2026 })).toEqual(
      nextYear(small, { seed: 7, year: 2026 }),
    );
  });
});

describe("toCsv", () => {
  it("writes headings the import recognises and rows it reads back unchanged", () => {
    const sample = people.slice(0, 1500);
    for (const options of [
      {},
      { delimiter: "," as const },
      { delimiter: "," as const, decimalComma: true },
    ]) {
      const csv = toCsv(sample, options);
      const rows = Papa.parse<string[]>(csv, {
        delimiter: options.delimiter ?? ";",
        skipEmptyLines: true,
      }).data;
      const headers = rows[0]!;
      const mapping = suggestMapping(headers);
      expect(checkMapping(mapping, headers)).toEqual([]);
      expect(Object.keys(mapping)).toHaveLength(headers.length);
      const read = createRowReader({ mapping, headers, snapshotDate: "2025-09-30" });
      rows.slice(1).forEach((cells, i) => {
        expect(read(cells, i + 2)).toEqual({ record: sample[i] });
      });
    }
  });

  it("writes sex as K/M and decimals with a comma by default", () => {
    const csv = toCsv([{ ...people[0]!, sex: FEMALE, extent: 62.5 }]);
    const [heading, row] = csv.split("\r\n");
    expect(heading).toContain("Anställningsnummer;Kön;");
    expect(row).toMatch(/^A00001;K;/);
    expect(row).toContain(";62,5;");
  });
});

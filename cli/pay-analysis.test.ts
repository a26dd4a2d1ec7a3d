import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import ExcelJS from "exceljs";
import { afterAll, describe, expect, it } from "vitest";
import { payAnalysis } from "./pay-analysis.ts";

const data = (name: string) => fileURLToPath(new URL(`../../shared/data/${name}`, import.meta.url));
const CPS = data("cps1985.csv");
const LOGIB = data("logib_imprimerie.csv");
const CPS_MODEL = "log(wage) ~ education + experience + experience^2 + gender + occupation";
const temp = mkdtempSync(join(tmpdir(), "aktiva-pay-cli-"));
afterAll(() => rmSync(temp, { recursive: true, force: true }));

describe("aktiva pay-analysis", () => {
  it("prints the gaps, quartiles, EU indicators and the regression of cps1985 as JSON", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "cli/aktiva.ts",
        "pay-analysis",
        CPS,
        "--map",
        "sex=gender",
        "--map",
        "pay=wage",
        "--model",
        CPS_MODEL,
        "--json",
      ],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" } },
    );
    expect(run.status, run.stderr).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result).toMatchObject({ rows: 534, excluded: 0, women: 245, men: 289 });
    // Raw gap: mean wage men 9.995 and women 7.879 (checked with Python csv on the file).
    expect(result.eu.meanGap.male).toBeCloseTo(9.995, 3);
    expect(result.eu.meanGap.female).toBeCloseTo(7.879, 3);
    expect(result.eu.meanGap.gapPercent).toBeCloseTo(21.2, 1);
    expect(result.eu.quartiles.map((q: { size: number }) => q.size)).toEqual([133, 134, 133, 134]);
    // The female coefficient is minus statsmodels' gender[male] (core/pay/regression.test.ts).
    expect(result.regression.female.delta).toBeCloseTo(-0.23000917920367334, 9);
    expect(result.regression.female.se).toBeCloseTo(0.04160015307870786, 9);
    expect(result.regression.fit.df).toBe(524);
    expect(result.regression.fit.rSquared).toBeCloseTo(0.3407635171734934, 9);
    const names = result.regression.fit.coefficients.map((c: { name: string }) => c.name);
    expect(names).toContain("experience^2");
    expect(names).toContain("occupation[worker]");
  }, 60_000);

  it("runs on the Logib demo firm with sex coded 2 = female, and prints Swedish text", () => {
    const run = spawnSync(
      process.execPath,
      [
        "--import",
        "tsx",
        "cli/aktiva.ts",
        "pay-analysis",
        LOGIB,
        "--map",
        "pay=basic_wage",
        "--female",
        "2",
        "--male",
        "1",
        "--model",
        "log(basic_wage) ~ years_of_service + age + age^2 + skill_level + sex",
      ],
      { encoding: "utf8", env: { ...process.env, DATABASE_URL: "" } },
    );
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toContain("(138 kvinnor, 180 män)");
    expect(run.stdout).toMatch(/kvinna: -?\d+\.\d{6} \(se \d+\.\d{6}\), Kennedy/);
    expect(run.stdout).toContain("test mot toleransgränsen 5 %");
  }, 60_000);

  it("reads semicolons, decimal commas and Windows-1252, and counts the rows it leaves out", async () => {
    const file = join(temp, "lon.csv");
    const lines = ["Kön;Månadslön;Befattning"];
    for (let i = 0; i < 60; i++)
      lines.push(`${i % 2 ? "Kvinna" : "Man"};${30000 + i * 100},50;Undersköterska`);
    lines.push("Okänt;31000;Undersköterska", "Man;-5;Undersköterska", "Kvinna;;Undersköterska");
    writeFileSync(file, Buffer.from(lines.join("\r\n"), "latin1"));
    const result = await payAnalysis({ file, map: { sex: "Kön", pay: "Månadslön" } });
    expect(result).toMatchObject({ rows: 63, excluded: 3, women: 30, men: 30 });
    // Men are rows 0, 2, … 58 (mean 29), women 1, 3, … 59 (mean 30): 30 000 + 100·i + 0,50.
    expect(result.eu.meanGap.male).toBeCloseTo(32900.5, 6);
    expect(result.eu.meanGap.female).toBeCloseTo(33000.5, 6);
    expect("fit" in result.regression).toBe(true);
  });

  it("names a missing column and a model that cannot be estimated", async () => {
    await expect(payAnalysis({ file: CPS })).rejects.toThrow("Kolumnen sex (sex) finns inte i");
    const small = join(temp, "small.csv");
    writeFileSync(small, "sex,pay\nK,100\nM,120\n");
    const result = await payAnalysis({ file: small });
    expect(result.regression).toMatchObject({ error: { code: "pay.regression.tooFew" } });
  });

  it("reads the sheet named by --sheet of a workbook, and names the sheets when it is not there", async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet("Om filen").addRow(["Export 2026-09-30"]);
    const sheet = book.addWorksheet("Löner");
    sheet.addRow(["Kön", "Månadslön"]);
    for (let i = 0; i < 60; i++) sheet.addRow([i % 2 ? "K" : "M", 30000 + i * 100]);
    const file = join(temp, "loner.xlsx");
    await book.xlsx.writeFile(file);
    const result = await payAnalysis({
      file,
      sheet: "Löner",
      map: { sex: "Kön", pay: "Månadslön" },
    });
    expect(result).toMatchObject({ rows: 60, excluded: 0, women: 30, men: 30 });
    const run = spawnSync(
      process.execPath,
      ["--import", "tsx", "cli/aktiva.ts", "pay-analysis", file, "--sheet", "Lön", "--json"],
      { encoding: "utf8" },
    );
    expect(run.status).toBe(1);
    expect(run.stderr).toContain("Bladen är: Om filen, Löner");
  }, 60_000);
});

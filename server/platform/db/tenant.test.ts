import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { expect, it } from "vitest";
import { TENANT_TABLES } from "./tenant.ts";

const SERVER = join(import.meta.dirname, "../..");

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === "test" ? [] : sourceFiles(path);
    return entry.name.endsWith(".ts") && !entry.name.endsWith(".test.ts") ? [path] : [];
  });
}

/**
 * Organisation-owned tables are read, changed and deleted only through forOrganisation(),
 * which adds the organisation to every query. A direct query must say why it is safe with a
 * `// tenant-checked: …` comment on the same line. (Inserts always name organisation_id.)
 */
it("queries tenant tables only through forOrganisation()", () => {
  const tables = TENANT_TABLES.join("|");
  const direct = new RegExp(
    `(\\w+|\\))\\.(selectFrom|updateTable|deleteFrom)\\("(${tables})"\\)(.*)$`,
  );
  const offenders: string[] = [];
  for (const file of sourceFiles(SERVER)) {
    if (file.endsWith(join("db", "tenant.ts")) || file.includes(join("platform", "seed"))) continue;
    // Join method chains split over lines, so the receiver is on the same line as the call.
    const lines = readFileSync(file, "utf8")
      .replace(/\n\s*\./g, ".")
      .split("\n");
    for (const line of lines) {
      const match = direct.exec(line);
      if (!match) continue;
      const scoped =
        /(tenant|scoped)$/.test(match[1]!) || /forOrganisation\([^)]*\)\.\w+\("/.test(line);
      if (!scoped && !line.includes("// tenant-checked:"))
        offenders.push(`${relative(SERVER, file)}: ${line.trim().slice(0, 120)}`);
    }
  }
  expect(offenders).toEqual([]);
});

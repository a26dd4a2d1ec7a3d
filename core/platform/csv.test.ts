import { expect, it } from "vitest";
import { toCsv } from "./csv.ts";

it("writes semicolon CSV with BOM, quotes where needed and defuses formulas", () => {
  const csv = toCsv([
    ["Namn", "Anteckning"],
    ["Åsa Öberg", 'säger "hej"; sedan'],
    ["=HYPERLINK(1)", "+46 70"],
  ]);
  expect(csv).toBe(
    '\uFEFFNamn;Anteckning\r\nÅsa Öberg;"säger ""hej""; sedan"\r\n\'=HYPERLINK(1);\'+46 70\r\n',
  );
});

import { describe, expect, it } from "vitest";
import { luhnCheckDigit } from "../platform/organisation-number.ts";
import { parsePersonnummer } from "./personnummer.ts";
import { FEMALE, MALE } from "./stats.ts";

/** A made-up number in Skatteverket's test style: date, birth number, then the Luhn digit. */
function number(yymmdd: string, birthNumber: string): string {
  return `${yymmdd}${birthNumber}${luhnCheckDigit(yymmdd + birthNumber)}`;
}

const ON = "2025-09-30";

describe("parsePersonnummer", () => {
  const tenDigits = number("850312", "238"); // ninth digit 8: woman

  it("reads every accepted way of writing the same number", () => {
    const facts = { birthYear: 1985, sex: FEMALE };
    expect(parsePersonnummer(tenDigits, ON)).toEqual(facts);
    expect(parsePersonnummer(`${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`, ON)).toEqual(facts);
    expect(parsePersonnummer(`19${tenDigits}`, ON)).toEqual(facts);
    expect(parsePersonnummer(`19${tenDigits.slice(0, 6)}-${tenDigits.slice(6)}`, ON)).toEqual(
      facts,
    );
    expect(parsePersonnummer(`  ${tenDigits}  `, ON)).toEqual(facts);
  });

  it("gives legal sex from the ninth digit: odd is a man, even a woman", () => {
    expect(parsePersonnummer(number("900101", "017"), ON)?.sex).toBe(MALE);
    expect(parsePersonnummer(number("900101", "024"), ON)?.sex).toBe(FEMALE);
    expect(parsePersonnummer(number("900101", "390"), ON)?.sex).toBe(FEMALE);
  });

  it("refuses a wrong check digit", () => {
    const wrong = `${tenDigits.slice(0, 9)}${(Number(tenDigits[9]) + 1) % 10}`;
    expect(parsePersonnummer(wrong, ON)).toBeNull();
    expect(parsePersonnummer(`19${wrong}`, ON)).toBeNull();
  });

  it("takes the short form's century from the snapshot date", () => {
    const young = number("051120", "456");
    expect(parsePersonnummer(young, "2025-09-30")?.birthYear).toBe(2005);
    expect(parsePersonnummer(young, "2004-09-30")?.birthYear).toBe(1905);
    // Born in the snapshot year itself still counts as this century.
    expect(parsePersonnummer(number("250101", "456"), "2025-09-30")?.birthYear).toBe(2025);
    expect(parsePersonnummer(number("260101", "456"), "2025-09-30")?.birthYear).toBe(1926);
  });

  it("reads + as a hundred years older", () => {
    const n = number("230514", "123");
    expect(parsePersonnummer(`${n.slice(0, 6)}+${n.slice(6)}`, ON)?.birthYear).toBe(1923);
    expect(parsePersonnummer(`${n.slice(0, 6)}-${n.slice(6)}`, ON)?.birthYear).toBe(2023);
  });

  it("accepts a samordningsnummer (day + 60)", () => {
    expect(parsePersonnummer(number("870374", "451"), ON)).toEqual({ birthYear: 1987, sex: MALE });
    expect(parsePersonnummer(number("870392", "451"), ON)).toBeNull(); // day 32
  });

  it("refuses dates that do not exist, even with a correct check digit", () => {
    expect(parsePersonnummer(number("851301", "234"), ON)).toBeNull(); // month 13
    expect(parsePersonnummer(number("850001", "234"), ON)).toBeNull(); // month 0
    expect(parsePersonnummer(number("850100", "234"), ON)).toBeNull(); // day 0
    expect(parsePersonnummer(number("850431", "234"), ON)).toBeNull(); // 31 April
    expect(parsePersonnummer(number("850229", "234"), ON)).toBeNull(); // 1985 no leap year
    expect(parsePersonnummer(number("840229", "234"), ON)?.birthYear).toBe(1984);
    // 1900 was not a leap year, 2000 was: the century decides.
    const feb29 = number("000229", "234");
    expect(parsePersonnummer(`20${feb29}`, ON)?.birthYear).toBe(2000);
    expect(parsePersonnummer(`19${feb29}`, ON)).toBeNull();
  });

  it("refuses other shapes", () => {
    for (const text of [
      "",
      tenDigits.slice(0, 9),
      `${tenDigits}1`,
      `${tenDigits.slice(0, 6)}/${tenDigits.slice(6)}`,
      `19${tenDigits.slice(0, 6)}+${tenDigits.slice(6)}`,
      `${tenDigits.slice(0, 5)}x${tenDigits.slice(6)}`,
      "ABCDEFGHIJ",
    ]) {
      expect(parsePersonnummer(text, ON), text).toBeNull();
    }
  });
});

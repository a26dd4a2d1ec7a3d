import { describe, expect, it } from "vitest";
import { parseOrganisationNumber } from "./organisation-number.ts";

describe("organisationsnummer", () => {
  it.each([
    ["212000-0142", "212000-0142"], // a municipality's number
    ["2021005489", "202100-5489"], // without the hyphen
    ["16202100-5489", "202100-5489"], // with the century prefix 16 used for legal entities
    [" 556036-0793 ", "556036-0793"],
  ])("accepts %s", (input, normalised) => {
    expect(parseOrganisationNumber(input)).toEqual({ ok: true, value: normalised });
  });

  it("refuses a wrong check digit", () => {
    expect(parseOrganisationNumber("212000-0143")).toEqual({ ok: false, problem: "checkDigit" });
  });

  it("refuses a personnummer (month digits below 20)", () => {
    expect(parseOrganisationNumber("811218-9876")).toEqual({
      ok: false,
      problem: "notLegalEntity",
    });
  });

  it.each(["", "12345", "ABCDEF-1234", "212000-01421"])("refuses the malformed %j", (input) => {
    expect(parseOrganisationNumber(input)).toEqual({ ok: false, problem: "format" });
  });
});

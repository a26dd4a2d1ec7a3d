import { expect, it } from "vitest";
import { documentationDuty } from "./documentation-duty.ts";

it("follows DL 3:13-14: under 10 none, 10-24 the pay survey, 25 or more everything", () => {
  expect([null, 0, 9, 10, 24, 25, 1212].map(documentationDuty)).toEqual([
    "unknown",
    "none",
    "none",
    "pay_survey",
    "pay_survey",
    "full",
    "full",
  ]);
});

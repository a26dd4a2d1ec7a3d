import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type NationalSupport, parseNationalSupport } from "../../core/workbooks/support.ts";
import { CONTENT_DIR } from "../learning/content.ts";

/** The national helplines of content/support/national.yaml, read once. */
export function loadNationalSupport(
  file = join(CONTENT_DIR, "support", "national.yaml"),
): NationalSupport[] {
  return parseNationalSupport(readFileSync(file, "utf8"));
}

let national: NationalSupport[] | undefined;
export const nationalSupport = (): NationalSupport[] => {
  national ??= loadNationalSupport();
  return national;
};

import { formatInteger } from "../../../core/platform/format.ts";
import { type Locale, translate } from "../../platform/i18n.ts";
import type { FileProblem } from "./read.ts";

/** The message for a problem with the whole file, in the user's language. */
export function describeFileProblem(
  problem: FileProblem,
  params: Record<string, string | number>,
  locale: Locale,
): string {
  const shown = Object.fromEntries(
    Object.entries(params).map(([name, value]) => [
      name,
      typeof value === "number" ? formatInteger(value, locale) : value,
    ]),
  );
  return translate(locale, `pay.${problem}`, shown);
}

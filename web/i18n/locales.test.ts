import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";

/**
 * Every namespace has a Swedish and an English file with the same keys, and no text is empty:
 * a key missing in one language would show the other language's text (or the key) on screen.
 */
const web = fileURLToPath(new URL("..", import.meta.url));
const FOLDERS = [
  join(web, "i18n", "locales"),
  join(web, "cycle", "locales"),
  join(web, "learning", "locales"),
  join(web, "workbooks", "locales"),
  join(web, "pay", "locales"),
  join(web, "events", "locales"),
];

interface Pair {
  name: string;
  sv: string;
  en: string;
}

/** `sv.json` + `en.json`, and `x.sv.json` + `x.en.json`, in each folder. */
function pairs(): { pairs: Pair[]; unpaired: string[] } {
  const found: Pair[] = [];
  const unpaired: string[] = [];
  for (const folder of FOLDERS) {
    const files = readdirSync(folder).filter((file) => file.endsWith(".json"));
    const namespaces = new Map<string, { sv?: string; en?: string }>();
    for (const file of files) {
      const match = /^(?:(.+)\.)?(sv|en)\.json$/.exec(file);
      if (!match) {
        unpaired.push(relative(web, join(folder, file)));
        continue;
      }
      const name = match[1] ?? "";
      const entry = namespaces.get(name) ?? {};
      entry[match[2] as "sv" | "en"] = join(folder, file);
      namespaces.set(name, entry);
    }
    for (const [name, entry] of namespaces) {
      if (entry.sv && entry.en) {
        const label = relative(web, join(folder, name ? `${name}.*.json` : "{sv,en}.json"));
        found.push({ name: label, sv: entry.sv, en: entry.en });
      } else {
        unpaired.push(relative(web, entry.sv ?? entry.en ?? name));
      }
    }
  }
  return { pairs: found, unpaired };
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };

/** Every leaf as "a.b.c" with its value; list items (texts read as arrays) as "a.b.0". */
function leaves(value: Json, prefix = ""): Map<string, Json> {
  const out = new Map<string, Json>();
  if (value !== null && typeof value === "object") {
    for (const [key, child] of Object.entries(value)) {
      for (const [path, leaf] of leaves(child, prefix ? `${prefix}.${key}` : key)) {
        out.set(path, leaf);
      }
    }
  } else {
    out.set(prefix, value);
  }
  return out;
}

const read = (file: string) => leaves(JSON.parse(readFileSync(file, "utf8")) as Json);
const found = pairs();

describe("locale files", () => {
  it("come in Swedish and English pairs", () => {
    expect(found.pairs.length).toBeGreaterThan(0);
    expect(found.unpaired).toEqual([]);
  });

  for (const pair of found.pairs) {
    describe(pair.name, () => {
      const sv = read(pair.sv);
      const en = read(pair.en);

      it("have the same keys in both languages", () => {
        expect(
          [...en.keys()].filter((key) => !sv.has(key)),
          "only in English",
        ).toEqual([]);
        expect(
          [...sv.keys()].filter((key) => !en.has(key)),
          "only in Swedish",
        ).toEqual([]);
      });

      it("have no empty texts", () => {
        const empty = (texts: Map<string, Json>) =>
          [...texts]
            .filter(([, value]) => typeof value !== "string" || value.trim() === "")
            .map(([key]) => key);
        expect(empty(sv), "empty in Swedish").toEqual([]);
        expect(empty(en), "empty in English").toEqual([]);
      });
    });
  }
});

import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { Marked } from "marked";
import { parseRoom, type Room } from "../../core/learning/room.ts";
import type { Locale } from "../platform/i18n.ts";

/**
 * The learning rooms, read once from content/rooms when the server starts. A room that is
 * later removed from the files is simply missing here; sessions of it keep their notes.
 */
export const CONTENT_DIR = join(import.meta.dirname, "..", "..", "content");

export type RoomLibrary = ReadonlyMap<string, Record<Locale, Room>>;

export function loadRooms(dir = join(CONTENT_DIR, "rooms")): RoomLibrary {
  const rooms = new Map<string, Record<Locale, Room>>();
  if (!existsSync(dir)) return rooms;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const read = (locale: Locale) =>
      parseRoom(readFileSync(join(dir, entry.name, `${locale}.md`), "utf8"));
    rooms.set(entry.name, { sv: read("sv"), en: read("en") });
  }
  return new Map([...rooms].sort(([, a], [, b]) => a.sv.order - b.sv.order));
}

let library: RoomLibrary | undefined;
/** The rooms of content/rooms, loaded on first use. */
export const roomLibrary = (): RoomLibrary => {
  library ??= loadRooms();
  return library;
};

/**
 * A step's Markdown as HTML for the web page. The text is our own content from the
 * repository, not user input. Links between rooms (`room:<id>`) become links in the app;
 * links out open in the same tab but say where they go.
 */
export function stepHtml(markdown: string, roomHref: (roomId: string) => string): string {
  const marked = new Marked({
    gfm: true,
    renderer: {
      link({ href, tokens }) {
        const text = this.parser.parseInline(tokens);
        const target = href.startsWith("room:") ? roomHref(href.slice(5)) : href;
        return `<a href="${escapeAttribute(target)}">${text}</a>`;
      },
      // Headings inside a step sit below the step's own heading (h2) on the page.
      heading({ tokens, depth }) {
        const level = Math.min(6, Math.max(3, depth));
        return `<h${level}>${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
    },
  });
  return marked.parse(markdown, { async: false });
}

const escapeAttribute = (value: string) =>
  value.replace(/&/g, "&amp;").replace(/"/g, "&quot;").replace(/</g, "&lt;");

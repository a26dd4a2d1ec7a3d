/** Small readers of rendered HTML for the tests: what a person would see, found by id. */

const ENTITIES: Record<string, string> = {
  "&amp;": "&",
  "&lt;": "<",
  "&gt;": ">",
  "&quot;": '"',
  "&#39;": "'",
};

/** The visible text of a piece of HTML, tags removed, entities decoded, spaces collapsed. */
export function textOf(markup: string): string {
  return markup
    .replace(/<style[\s\S]*?<\/style>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/&(amp|lt|gt|quot|#39);/g, (e) => ENTITIES[e]!)
    .replace(/\s+/g, " ")
    .trim();
}

/** The opening tag of the element with this id. */
export function tagWithId(markup: string, id: string): string {
  const match = new RegExp(`<[a-z]+[^>]*\\sid="${id}"[^>]*>`).exec(markup);
  if (!match) throw new Error(`No element with id ${id}`);
  return match[0];
}

/** The first element with this class, with its content up to the matching closing div. */
export function blockAround(markup: string, id: string): string {
  const at = markup.indexOf(`id="${id}"`);
  if (at < 0) throw new Error(`No element with id ${id}`);
  const start = Math.max(
    markup.lastIndexOf('<div class="field', at),
    markup.lastIndexOf("<fieldset", at),
  );
  const end = markup.indexOf("</div>\n", markup.indexOf(`id="${id}"`, start)) + 6;
  return markup.slice(start, end);
}

/** The main content, without the shell. */
export const mainOf = (markup: string): string =>
  markup.slice(markup.indexOf("<main"), markup.indexOf("</main>"));

/** The text of the element with this id (one without nested elements of its own kind). */
export function elementText(markup: string, id: string): string {
  const open = tagWithId(markup, id);
  const name = /^<([a-z]+)/.exec(open)![1]!;
  const start = markup.indexOf(open) + open.length;
  return textOf(markup.slice(start, markup.indexOf(`</${name}>`, start)));
}

import { escapeHtml } from "../../reports/html.ts";

/**
 * The XSS boundary of the public event pages: a tagged template that escapes every interpolated
 * value unless it is already markup made by another `html` call. Every text from organisers and
 * visitors reaches the page through it, so a title like `<script>` is shown, never run.
 *
 *   html`<h1>${event.title}</h1>`                  escaped text
 *   html`<ul>${items.map((i) => html`<li>${i}</li>`)}</ul>`   arrays are joined
 *   html`${ok ? html`<p>…</p>` : null}`             null, undefined and false render nothing
 */

/** Text with the five characters that matter in HTML content and quoted attributes escaped. */
export { escapeHtml };

/** Markup that is already safe: made by `html`, or a constant of this module's own code. */
export class SafeHtml {
  readonly #value: string;
  constructor(value: string) {
    this.#value = value;
  }
  toString(): string {
    return this.#value;
  }
}

/** What may be interpolated. Objects other than SafeHtml are refused by the type. */
export type HtmlValue =
  | SafeHtml
  | string
  | number
  | null
  | undefined
  | false
  | readonly HtmlValue[];

function render(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return "";
  if (value instanceof SafeHtml) return value.toString();
  if (Array.isArray(value)) return value.map(render).join("");
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0]!;
  values.forEach((value, i) => {
    out += render(value) + strings[i + 1]!;
  });
  return new SafeHtml(out);
}

/**
 * Trusts a string as markup. Only for constants written in this folder (the stylesheet); never
 * for anything that came from a request or the database.
 */
export const trustedConstant = (markup: string): SafeHtml => new SafeHtml(markup);

/** Text with its line breaks kept: paragraphs at blank lines, <br> at single line breaks. */
export function paragraphs(text: string): SafeHtml {
  const blocks = text
    .replace(/\r\n?/g, "\n")
    .split(/\n\s*\n/)
    .map((block) => block.trim())
    .filter((block) => block !== "");
  return html`${blocks.map(
    (block) =>
      html`<p>${block.split("\n").map((line, i) => (i === 0 ? line : html`<br>${line}`))}</p>`,
  )}`;
}

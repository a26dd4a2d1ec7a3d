import { createHash } from "node:crypto";
import type { Message } from "../../../core/events/problems.ts";
import { html, type SafeHtml, trustedConstant } from "./html.ts";
import type { Locale, PageContext } from "./views.ts";

/**
 * The document shell of the public event pages: language, title, one small stylesheet, a header
 * with the organisation, a skip link, main and footer. No script: every page works without
 * JavaScript.
 */

/** Picks the text for the page's language. */
export const pick = (locale: Locale, message: Message): string => message[locale];

/** Swedish or English text inline: t(locale, "Namn", "Name"). */
export const t = (locale: Locale, sv: string, en: string): string => (locale === "sv" ? sv : en);

/**
 * The one stylesheet, inline so a page is a single response. Colours, type and spacing are the
 * values of web/ui/tokens.css (contrast ≥ 4.5:1 on white and on the soft backgrounds).
 * No external fonts, no style attributes anywhere (the CSP allows this sheet by hash or nonce).
 */
export const PAGE_CSS = `
:root {
  --bg: #ffffff; --surface: #f4f6f8; --text: #1b2a38; --muted: #4a5867;
  --border: #c9d1d9; --border-strong: #5d6b79; --accent: #005f6b; --accent-hover: #00444d;
  --accent-soft: #e3f1f2; --link: #005f6b; --visited: #5b2f82; --focus: #16378a;
  --danger: #a01d14; --danger-hover: #7c140d; --danger-soft: #fcebea;
  --success: #1a6530; --success-soft: #e7f4ea; --info: #1f4a8a; --info-soft: #e8f0fb;
  --warning: #7a4b00; --warning-soft: #fdf3dc;
  --font: system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, "Noto Sans",
    "Liberation Sans", sans-serif;
  --bold: 650; --sm: 0.889rem; --lg: 1.222rem; --xl: 1.556rem; --xxl: 2rem;
  --s1: 0.25rem; --s2: 0.5rem; --s3: 0.75rem; --s4: 1rem; --s5: 1.5rem; --s6: 2rem; --s7: 3rem;
  --radius: 4px; --control: 2.75rem; --reading: 44rem;
}
*, *::before, *::after { box-sizing: border-box; }
html { font-size: 112.5%; -webkit-text-size-adjust: 100%; text-size-adjust: 100%; }
body {
  margin: 0; font-family: var(--font); font-size: 1rem; line-height: 1.55;
  color: var(--text); background: var(--bg); overflow-wrap: break-word;
}
.wrap { max-width: 50rem; margin: 0 auto; padding: 0 var(--s4); }
h1, h2, h3 { line-height: 1.25; font-weight: var(--bold); margin: 0 0 var(--s4); hyphens: auto; }
h1 { font-size: var(--xxl); }
h2 { font-size: var(--xl); margin-top: var(--s6); }
h3 { font-size: var(--lg); margin-top: var(--s5); }
@media (max-width: 30rem) { h1 { font-size: 1.667rem; } h2 { font-size: 1.333rem; } }
p, ul, ol, dl { margin: 0 0 var(--s4); max-width: var(--reading); }
a { color: var(--link); text-decoration: underline; text-underline-offset: 0.15em; }
a:visited { color: var(--visited); }
a:hover { color: var(--accent-hover); text-decoration-thickness: 2px; }
:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
[tabindex="-1"]:focus:not(:focus-visible) { outline: none; }
.error-summary:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.skip-link {
  position: absolute; left: var(--s2); top: -100rem; z-index: 1; padding: var(--s2) var(--s4);
  background: var(--bg); color: var(--link); font-weight: var(--bold);
}
.skip-link:focus { top: var(--s2); }
.site-header { background: var(--surface); border-bottom: 4px solid var(--accent); }
.site-header .wrap {
  display: flex; flex-wrap: wrap; gap: var(--s2) var(--s4); align-items: center;
  justify-content: space-between; padding-block: var(--s3);
}
.site-header__org { font-size: var(--lg); font-weight: var(--bold); color: var(--text); }
.site-header__org:visited { color: var(--text); }
main { display: block; padding-block: var(--s6) var(--s7); }
main:focus { outline: none; }
.site-footer { border-top: 1px solid var(--border); background: var(--surface); }
.site-footer .wrap { padding-block: var(--s5); }
.site-footer p { margin: 0 0 var(--s2); }
.lead { font-size: var(--lg); }
.muted { color: var(--muted); }
.visually-hidden {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px; overflow: hidden;
  clip: rect(0 0 0 0); clip-path: inset(50%); white-space: nowrap; border: 0;
}
.box {
  border-left: 6px solid var(--info); background: var(--info-soft); border-radius: var(--radius);
  padding: var(--s3) var(--s4); margin: 0 0 var(--s5); max-width: var(--reading);
}
.box > :last-child { margin-bottom: 0; }
.box__title { font-size: var(--lg); font-weight: var(--bold); margin: 0 0 var(--s2); }
.box--success { border-color: var(--success); background: var(--success-soft); }
.box--warning { border-color: var(--warning); background: var(--warning-soft); }
.box--error { border-color: var(--danger); background: var(--danger-soft); }
.box--neutral { border-color: var(--border-strong); background: var(--surface); }
.facts {
  display: grid; grid-template-columns: minmax(8rem, max-content) 1fr; gap: var(--s2) var(--s5);
}
.facts dt { font-weight: var(--bold); }
.facts dd { margin: 0; }
.facts ul { margin: 0; padding: 0; list-style: none; }
@media (max-width: 30rem) {
  .facts { grid-template-columns: 1fr; gap: 0; }
  .facts dd { margin-bottom: var(--s3); }
}
.programme { list-style: none; padding: 0; max-width: none; border-top: 1px solid var(--border); }
.programme li {
  display: grid; grid-template-columns: 8rem 1fr; gap: var(--s1) var(--s4);
  padding: var(--s2) var(--s2); border-bottom: 1px solid var(--border);
}
.programme__time { font-variant-numeric: tabular-nums; font-weight: var(--bold); }
.programme__speaker { display: block; color: var(--muted); }
.programme__break { background: var(--surface); }
.tag {
  display: inline-block; font-size: var(--sm); font-weight: var(--bold); line-height: 1.3;
  padding: 0 var(--s2); margin-right: var(--s2); border: 1px solid var(--border-strong);
  border-radius: var(--radius); background: var(--bg);
}
@media (max-width: 30rem) { .programme li { grid-template-columns: 1fr; gap: 0; } }
.event-list { list-style: none; padding: 0; max-width: none; }
.event-list > li { border-top: 1px solid var(--border); padding-block: var(--s4); }
.event-list h2 { font-size: var(--lg); margin: 0 0 var(--s2); }
.event-list p { margin: 0 0 var(--s1); }
form { margin: 0 0 var(--s5); }
.form { max-width: var(--reading); }
.field, .fieldset { margin: 0 0 var(--s5); }
.field { display: flex; flex-direction: column; gap: var(--s1); }
.field__label, .fieldset__legend { font-weight: var(--bold); }
.fieldset { border: 0; padding: 0; min-width: 0; }
.fieldset__legend { padding: 0; margin-bottom: var(--s2); font-size: 1rem; }
/* A floated legend sits inside the fieldset, so the red mark of an invalid group runs beside it. */
.fieldset > .fieldset__legend { float: left; width: 100%; }
.fieldset > .fieldset__legend + * { clear: left; }
.fieldset > .hint { margin-bottom: var(--s3); }
.fieldset--group > .fieldset__legend { font-size: var(--lg); }
.req, .opt { font-weight: 400; color: var(--muted); }
.hint { color: var(--muted); font-size: var(--sm); margin: 0; }
.error { color: var(--danger); font-weight: var(--bold); margin: 0; }
.input {
  font: inherit; color: var(--text); background: var(--bg); min-height: var(--control);
  padding: var(--s2) var(--s3); border: 2px solid var(--border-strong); border-radius: var(--radius);
  width: 100%; max-width: 32rem;
}
textarea.input { min-height: 5rem; resize: vertical; }
.input:focus { outline: 3px solid var(--focus); outline-offset: 2px; }
.field--invalid, .fieldset--invalid { border-left: 4px solid var(--danger); padding-left: var(--s3); }
.field--invalid .input { border-color: var(--danger); border-width: 3px; }
.choices { display: flex; flex-direction: column; gap: var(--s1); }
.choices--row { flex-direction: row; flex-wrap: wrap; gap: var(--s1) var(--s5); }
@media (max-width: 40rem) { .choices--scale { flex-direction: column; } }
.choice { display: flex; align-items: flex-start; gap: var(--s3); padding-block: var(--s1); }
.choice input {
  flex: none; width: 1.5rem; height: 1.5rem; margin: 0.05rem 0 0; accent-color: var(--accent);
}
.choice input:focus-visible { outline: 3px solid var(--focus); outline-offset: 2px; }
.consent-text { border-left: 4px solid var(--border-strong); padding-left: var(--s3); }
.hp { position: absolute; left: -10000px; top: auto; width: 1px; height: 1px; overflow: hidden; }
.button {
  display: inline-flex; align-items: center; justify-content: center; font: inherit;
  font-weight: var(--bold); min-height: var(--control); padding: var(--s2) var(--s5);
  border: 2px solid var(--accent); border-radius: var(--radius); background: var(--accent);
  color: #ffffff; cursor: pointer; text-align: center; max-width: 100%;
}
.button:hover { background: var(--accent-hover); border-color: var(--accent-hover); }
.button--danger { background: var(--danger); border-color: var(--danger); }
.button--danger:hover { background: var(--danger-hover); border-color: var(--danger-hover); }
.error-summary {
  border: 4px solid var(--danger); border-radius: var(--radius); padding: var(--s4);
  margin: 0 0 var(--s5); max-width: var(--reading);
}
.error-summary h2 { font-size: var(--lg); margin: 0 0 var(--s3); }
.error-summary ul { margin: 0; padding-left: var(--s5); }
.error-summary a { color: var(--danger); font-weight: var(--bold); }
`;

/** The stylesheet's CSP source: add it to `style-src` of the routes that send these pages. */
export const PAGE_STYLE_HASH = `'sha256-${createHash("sha256").update(PAGE_CSS).digest("base64")}'`;

export interface LayoutOptions {
  /** The page's own name, the first part of the document title. */
  title: string;
  /** The form on the page came back with problems: the document title says so first. */
  hasErrors?: boolean;
  main: SafeHtml;
}

/** The complete HTML document. */
export function renderLayout(ctx: PageContext, options: LayoutOptions): string {
  const { locale, organisation } = ctx;
  const other: Locale = locale === "sv" ? "en" : "sv";
  const errorPrefix = options.hasErrors ? t(locale, "Fel: ", "Error: ") : "";
  const title = `${errorPrefix}${options.title} – ${organisation.name} – Aktiva`;
  const page = html`<!doctype html>
<html lang="${locale}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${title}</title>
<style${ctx.styleNonce ? html` nonce="${ctx.styleNonce}"` : ""}>${trustedConstant(PAGE_CSS)}</style>
</head>
<body>
<a class="skip-link" href="#main">${t(locale, "Hoppa till innehållet", "Skip to content")}</a>
<header class="site-header">
<div class="wrap">
<a class="site-header__org" href="${organisation.eventsUrl}">${organisation.name}</a>
<a href="${ctx.languageUrl}" lang="${other}" hreflang="${other}">${other === "en" ? "In English" : "På svenska"}</a>
</div>
</header>
<main id="main" tabindex="-1">
<div class="wrap">
${options.main}
</div>
</main>
<footer class="site-footer">
<div class="wrap">
<p>${t(locale, "Drivs med Aktiva", "Runs on Aktiva")}</p>
<p><a href="${organisation.eventsUrl}">${t(locale, `Alla utbildningar från ${organisation.name}`, `All events from ${organisation.name}`)}</a></p>
</div>
</footer>
</body>
</html>
`;
  return page.toString();
}

import { accessSync, constants } from "node:fs";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import {
  documentDate,
  labels,
  languageTag,
  organisationLine,
  type ReportDocument,
} from "./document.ts";
import { escapeHtml, FONT_STACK, PAGE_MARGIN, renderHtml } from "./html.ts";

/** No Chromium to print with: the HTTP layer answers 503 and the DOCX is still there. */
export class PdfUnavailableError extends Error {
  override readonly name = "PdfUnavailableError";
}

/** Debian's package by default; CHROMIUM_PATH points elsewhere. */
export const chromiumPath = () => process.env.CHROMIUM_PATH || "/usr/bin/chromium";

/** Whether there is a Chromium to start (not that it will start: renderPdf says so if not). */
export function pdfAvailable(): boolean {
  try {
    accessSync(chromiumPath(), constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

// One browser for the whole process, started on the first PDF: a launch costs about ten
// renders. One context per language, and in it a few pages kept for reuse: opening a page
// costs about 0.4 s, half of a print. A page holds nothing between renders that matters:
// scripts are off, a report loads nothing from anywhere and setContent replaces it all.
let browser: Promise<Browser> | undefined;
const contexts = new Map<string, Promise<BrowserContext>>();
const idlePages = new Map<string, Page[]>();
const MAX_IDLE_PAGES = 2;
const inFlight = new Set<Promise<unknown>>();

function sharedBrowser(): Promise<Browser> {
  if (browser) return browser;
  const path = chromiumPath();
  if (!pdfAvailable()) {
    return Promise.reject(
      new PdfUnavailableError(
        `PDF cannot be made: no Chromium at ${path}. Install Debian's chromium package or set CHROMIUM_PATH.`,
      ),
    );
  }
  const launching: Promise<Browser> = chromium
    .launch({
      executablePath: path,
      args: [
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    })
    .then(
      (started) => {
        // A crashed browser is started again on the next render instead of failing them all.
        started.on("disconnected", () => {
          if (browser === launching) {
            browser = undefined;
            contexts.clear();
            idlePages.clear();
          }
        });
        return started;
      },
      (error: unknown) => {
        if (browser === launching) browser = undefined;
        throw new PdfUnavailableError(`PDF cannot be made: Chromium at ${path} did not start.`, {
          cause: error,
        });
      },
    );
  browser = launching;
  return launching;
}

const templateStyle = `font-family: ${FONT_STACK}; font-size: 8pt; color: #595959; width: 100%; padding: 0 ${PAGE_MARGIN.side}; box-sizing: border-box; -webkit-print-color-adjust: exact;`;

/** Chromium draws these in the page margins; pageNumber and totalPages are filled in by it. */
function headerFooter(doc: ReportDocument) {
  const text = labels(doc.locale);
  return {
    headerTemplate: `<div style="${templateStyle} padding-top: 10mm;"><div style="border-bottom: 0.5pt solid #8c8c8c; padding-bottom: 1.5mm;">${escapeHtml(organisationLine(doc))}</div></div>`,
    footerTemplate: `<div style="${templateStyle} padding-bottom: 9mm;"><div style="border-top: 0.5pt solid #8c8c8c; padding-top: 1.5mm; display: flex; justify-content: space-between;"><span>${escapeHtml(documentDate(doc))}</span><span>${text.page} <span class="pageNumber"></span> ${text.of} <span class="totalPages"></span></span></div></div>`,
  };
}

function contextFor(locale: string): Promise<BrowserContext> {
  let context = contexts.get(locale);
  if (!context) {
    context = sharedBrowser().then((b) =>
      // The page is static; without scripts nothing in a report can run.
      b.newContext({ javaScriptEnabled: false, locale }),
    );
    contexts.set(locale, context);
    context.catch(() => contexts.delete(locale));
  }
  return context;
}

/**
 * The report as a tagged PDF (headings, lists and tables carry their structure, with an
 * outline from the headings), printed from renderHtml by Chromium. Safe to call concurrently.
 * Throws PdfUnavailableError when there is no Chromium to print with.
 */
export async function renderPdf(doc: ReportDocument): Promise<Buffer> {
  const html = renderHtml(doc);
  const work = (async () => {
    const locale = languageTag(doc.locale);
    const idle = idlePages.get(locale) ?? [];
    idlePages.set(locale, idle);
    const page = idle.pop() ?? (await (await contextFor(locale)).newPage());
    let reusable = false;
    try {
      await page.setContent(html, { waitUntil: "load" });
      const pdf = await page.pdf({
        format: "A4",
        tagged: true,
        outline: true,
        printBackground: true,
        displayHeaderFooter: true,
        ...headerFooter(doc),
        margin: {
          top: PAGE_MARGIN.top,
          bottom: PAGE_MARGIN.bottom,
          left: PAGE_MARGIN.side,
          right: PAGE_MARGIN.side,
        },
      });
      reusable = true;
      return pdf;
    } finally {
      if (reusable && idle.length < MAX_IDLE_PAGES && !page.isClosed()) idle.push(page);
      else await page.close().catch(() => {});
    }
  })();
  inFlight.add(work);
  try {
    return await work;
  } finally {
    inFlight.delete(work);
  }
}

/** Lets the renders under way finish, then closes the browser; the next render starts a new one. */
export async function closePdfRenderer(): Promise<void> {
  const current = browser;
  browser = undefined;
  contexts.clear();
  idlePages.clear();
  await Promise.allSettled([...inFlight]);
  if (current) await current.then((b) => b.close()).catch(() => {});
}

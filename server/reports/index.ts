/**
 * Reports: modules build a ReportDocument and get it back as DOCX or as a tagged PDF, in one
 * look for all of Aktiva's documents.
 */
export {
  formatAmount,
  formatDate,
  type ReportBlock,
  type ReportDocument,
  type ReportLocale,
} from "./document.ts";
export { renderDocx } from "./docx.ts";
export { renderHtml } from "./html.ts";
export { closePdfRenderer, PdfUnavailableError, pdfAvailable, renderPdf } from "./pdf.ts";

/**
 * A Content-Disposition header for downloading a report: `filename*` carries the real name
 * ("Lönekartläggning 2026.pdf") for every current browser, `filename` a plain-ASCII stand-in
 * ("Lonekartlaggning 2026.pdf") for old clients. Characters that could end the header or name
 * a path are replaced.
 */
export function contentDisposition(filename: string): string {
  const safe =
    filename
      .normalize("NFC")
      // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what this removes
      .replace(/[\u0000-\u001f\u007f-\u009f/\\:*?"<>|]/g, "_")
      .trim() || "rapport";
  const ascii = safe
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x20-\x7e]|%/g, "_");
  // RFC 8187: encodeURIComponent leaves ' ( ) * alone, which attr-char does not allow.
  const encoded = encodeURIComponent(safe).replace(
    /['()*]/g,
    (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}

/**
 * CSV as Swedish Excel opens it: semicolon-separated, UTF-8 with a byte-order mark, CRLF.
 * Cells that start with = + - @ are prefixed with ' so a spreadsheet never runs them as formulas.
 */
export function toCsv(rows: readonly (readonly string[])[]): string {
  const cell = (value: string) => {
    const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
    return /[";\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  return `\uFEFF${rows.map((row) => row.map(cell).join(";")).join("\r\n")}\r\n`;
}

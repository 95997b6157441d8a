import { csvField } from "@propgov/core";
import { caseExportColumns, type ExportedCase } from "../services/cases/export.js";

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const formatters = new Map<string, Intl.DateTimeFormat>();
function formatterFor(timeZone: string) {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat("en-CA", {
      timeZone,
      hourCycle: "h23",
      year: "numeric",
      month: "2-digit",
      day: "2-digit",
      hour: "2-digit",
      minute: "2-digit",
    });
    if (formatters.size > 32) formatters.clear();
    formatters.set(timeZone, f);
  }
  return f;
}

/** `YYYY-MM-DD HH:mm`, the wall clock in the county's zone. */
export function wallClock(at: Date, timeZone: string): string {
  const p: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) p[part.type] = part.value;
  return `${p.year}-${p.month}-${p.day} ${p.hour}:${p.minute}`;
}

/** A spreadsheet would run text starting with these as a formula: it is prefixed with `'`. */
const guard = (text: string) => (/^[=+\-@\t\r]/.test(text) ? `'${text}` : text);

/**
 * The cases as CSV: UTF-8 with a byte order mark (Excel opens it as UTF-8), CRLF line ends, RFC 4180
 * quoting, the Chinese header row, times as `YYYY-MM-DD HH:mm` in the county's zone, and text a
 * spreadsheet would read as a formula prefixed with `'`.
 */
export function renderCasesCsv(rows: readonly ExportedCase[], timeZone: string): string {
  const lines = [caseExportColumns.map((c) => csvField(c.header)).join(",")];
  for (const row of rows) {
    lines.push(
      caseExportColumns
        .map((c) => {
          const v = c.value(row);
          if (v === null) return "";
          if (v instanceof Date) return wallClock(v, timeZone);
          return csvField(typeof v === "number" ? v : guard(v));
        })
        .join(","),
    );
  }
  return `\uFEFF${lines.join("\r\n")}\r\n`;
}

/** A wall-clock time as the Date Excel shows it (Excel dates carry no zone). */
function excelDate(at: Date, timeZone: string): Date {
  const [d = "", t = ""] = wallClock(at, timeZone).split(" ");
  return new Date(`${d}T${t}:00.000Z`);
}

/**
 * The cases as an Excel workbook (exceljs, loaded on first use): one sheet 案件, the Chinese header
 * row bold and frozen with an auto filter, times as real date cells (`yyyy-mm-dd hh:mm`, the
 * county's wall clock), text cells as text (a formula is never written).
 */
export async function renderCasesXlsx(
  rows: readonly ExportedCase[],
  timeZone: string,
  meta: { title: string; created: Date },
): Promise<Uint8Array<ArrayBuffer>> {
  const { default: ExcelJS } = await import("exceljs");
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "propgov";
  workbook.title = meta.title;
  workbook.created = meta.created;
  const sheet = workbook.addWorksheet("案件", { views: [{ state: "frozen", ySplit: 1 }] });
  sheet.columns = caseExportColumns.map((c) => ({ header: c.header, key: c.key, width: c.width }));
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) {
    const values: Record<string, string | number | Date | null> = {};
    for (const c of caseExportColumns) {
      const v = c.value(row);
      values[c.key] = v instanceof Date ? excelDate(v, timeZone) : v;
    }
    sheet.addRow(values);
  }
  caseExportColumns.forEach((c, i) => {
    if (c.time) sheet.getColumn(i + 1).numFmt = "yyyy-mm-dd hh:mm";
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: caseExportColumns.length } };
  const buffer = await workbook.xlsx.writeBuffer();
  // exceljs declares a Buffer (in Node it gives one): its bytes, copied over an ArrayBuffer of their own.
  return new Uint8Array(buffer);
}

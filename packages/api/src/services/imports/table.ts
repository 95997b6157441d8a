import { AppError } from "@propgov/core";
import { CsvSyntaxError, parseCsv } from "../csv.js";
import { IMPORT_MAX_ROWS, type ImportColumn, type ImportReport, type ImportRowError } from "./report.js";

export interface Table {
  /** Header of each column as written, and the field it maps to (null: an ignored blank column). */
  columns: { header: string; field: string | null }[];
  /** Data rows that are not blank, with their spreadsheet row numbers. */
  rows: { row: number; cells: Map<string, string>; extra: boolean }[];
  headerOf: Map<string, string>;
}

/** A problem of the whole file: 422, with the report as an extension so clients read one shape. */
function fileProblem(detail: string, errors: ImportRowError[], rows = 0): AppError {
  const report: ImportReport = { rows, valid: 0, errors, committed: false, created: [] };
  return new AppError("unprocessable", detail, {
    errors: errors.map((e) => ({ path: "body", message: `Row ${e.row}: ${e.message}` })),
    extensions: { report },
  });
}

const normaliseHeader = (h: string) =>
  h
    .trim()
    .replace(/^\*+|\*+$/g, "")
    .trim()
    .toLowerCase();

/** Reads the CSV into rows of cells keyed by field; problems of the file as a whole throw 422. */
export function readTable(text: string, spec: readonly ImportColumn[]): Table {
  let records: string[][];
  try {
    records = parseCsv(text, { maxRecords: IMPORT_MAX_ROWS + 1 });
  } catch (error) {
    if (error instanceof CsvSyntaxError) {
      const tooMany = error.message.startsWith("More than");
      const message = tooMany
        ? `More than ${IMPORT_MAX_ROWS} data rows: split the file.`
        : `Not a readable CSV file: ${error.message}`;
      throw fileProblem(message, [{ row: error.row, field: null, column: null, message }]);
    }
    throw error;
  }
  const [header, ...data] = records;
  if (!header || header.every((h) => h.trim() === "")) {
    const message = "The file is empty: its first row must name the columns.";
    throw fileProblem(message, [{ row: 1, field: null, column: null, message }]);
  }

  const byHeader = new Map<string, ImportColumn>();
  for (const column of spec) for (const h of column.headers) byHeader.set(normaliseHeader(h), column);
  const problems: ImportRowError[] = [];
  const headerOf = new Map<string, string>();
  const columns = header.map((raw, index) => {
    const name = raw.trim();
    if (name === "") {
      if (data.some((cells) => (cells[index] ?? "").trim() !== "")) {
        problems.push({
          row: 1,
          field: null,
          column: null,
          message: `Column ${index + 1} has data but no header.`,
        });
      }
      return { header: name, field: null };
    }
    const column = byHeader.get(normaliseHeader(name));
    if (!column) {
      problems.push({
        row: 1,
        field: null,
        column: name,
        message: `Unknown column '${name}'. Known columns: ${spec.map((c) => c.headers.join(" / ")).join("; ")}.`,
      });
      return { header: name, field: null };
    }
    const already = headerOf.get(column.field);
    if (already !== undefined) {
      problems.push({
        row: 1,
        field: column.field,
        column: name,
        message: `Columns '${already}' and '${name}' both give ${column.field}.`,
      });
      return { header: name, field: null };
    }
    headerOf.set(column.field, name);
    return { header: name, field: column.field };
  });
  for (const column of spec) {
    if (column.required && !headerOf.has(column.field)) {
      problems.push({
        row: 1,
        field: column.field,
        column: null,
        message: `Missing column ${column.field} (${column.headers.slice(1).join(" / ")}).`,
      });
    }
  }
  if (problems.length > 0) {
    throw fileProblem(
      `The header row has ${problems.length} problem${problems.length > 1 ? "s" : ""}: ${problems.map((p) => p.message).join(" ")}`,
      problems,
    );
  }

  const rows: Table["rows"] = [];
  data.forEach((cells, i) => {
    if (cells.every((cell) => cell.trim() === "")) return;
    const byField = new Map<string, string>();
    columns.forEach((column, index) => {
      if (column.field) byField.set(column.field, (cells[index] ?? "").trim());
    });
    const extra = cells.slice(columns.length).some((cell) => cell.trim() !== "");
    rows.push({ row: i + 2, cells: byField, extra });
  });
  if (rows.length === 0) {
    const message = "No data rows below the header.";
    throw fileProblem(message, [{ row: 2, field: null, column: null, message }]);
  }
  return { columns, rows, headerOf };
}

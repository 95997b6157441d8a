/**
 * A small RFC 4180 CSV reader for spreadsheet imports: comma-separated fields, fields in double
 * quotes may hold commas, line breaks and doubled quotes (`""` → `"`); records end with CRLF, LF
 * or a lone CR; a UTF-8 byte order mark at the start is dropped. Lenient where spreadsheets are
 * (a final line break is optional, records may have different lengths) and strict where a
 * silent guess would corrupt data (an unclosed quote, text after a closing quote).
 */

export class CsvSyntaxError extends Error {
  override readonly name = "CsvSyntaxError";
  /** The record (1-based, as a spreadsheet numbers rows) where the problem is. */
  readonly row: number;

  constructor(message: string, row: number) {
    super(message);
    this.row = row;
  }
}

export interface CsvOptions {
  /** Stop with an error beyond this many records (header included). */
  maxRecords?: number;
}

const BOM = "\uFEFF";

/** Every record of `text` as an array of fields; an empty text has no records. */
export function parseCsv(text: string, options: CsvOptions = {}): string[][] {
  const src = text.startsWith(BOM) ? text.slice(1) : text;
  const records: string[][] = [];
  const maxRecords = options.maxRecords ?? Number.POSITIVE_INFINITY;
  let record: string[] = [];
  let field = "";
  /** Whether the current record has begun (a lone `""` line is a record with one empty field). */
  let started = false;
  let i = 0;
  const n = src.length;

  const endField = () => {
    record.push(field);
    field = "";
  };
  const endRecord = () => {
    endField();
    records.push(record);
    record = [];
    started = false;
    if (records.length > maxRecords) {
      throw new CsvSyntaxError(`More than ${maxRecords} rows.`, records.length);
    }
  };

  while (i < n) {
    const ch = src[i];
    started = true;
    if (ch === '"' && field === "") {
      // A quoted field: runs to the next quote that is not doubled.
      const startRow = records.length + 1;
      i++;
      let closed = false;
      while (i < n) {
        const q = src.indexOf('"', i);
        if (q < 0) {
          field += src.slice(i);
          i = n;
          break;
        }
        field += src.slice(i, q);
        if (src[q + 1] === '"') {
          field += '"';
          i = q + 2;
        } else {
          i = q + 1;
          closed = true;
          break;
        }
      }
      if (!closed) throw new CsvSyntaxError("A quoted field is never closed.", startRow);
      const next = src[i];
      if (i < n && next !== "," && next !== "\n" && next !== "\r") {
        throw new CsvSyntaxError(
          'Text follows a closing quote; write a quote inside a quoted field as "".',
          startRow,
        );
      }
      continue;
    }
    if (ch === ",") {
      endField();
      i++;
    } else if (ch === "\n") {
      endRecord();
      i++;
    } else if (ch === "\r") {
      endRecord();
      i += src[i + 1] === "\n" ? 2 : 1;
    } else {
      // Plain text up to the next delimiter, in one slice.
      let j = i;
      while (j < n) {
        const c = src[j];
        if (c === "," || c === "\n" || c === "\r") break;
        j++;
      }
      field += src.slice(i, j);
      i = j;
    }
  }
  // The last record, unless the text ended with a line break.
  if (started) endRecord();
  return records;
}

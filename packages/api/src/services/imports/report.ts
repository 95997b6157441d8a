/**
 * Bulk import of the registry from the spreadsheets staff keep (CSV, UTF-8): compounds and
 * companies, and for a new county its region tree, contracts, owners' committees and party
 * organisations. A file is checked as a whole first (`table.ts`, `cells.ts`, `lookups.ts`):
 * columns by their API or Chinese names, every row against the same schemas the API uses, names
 * and codes resolved, duplicates found. A dry run answers that report; a commit (`run.ts`) writes
 * every row in one transaction, or, when anything is wrong, nothing at all: compounds with
 * multi-row inserts (their checks settle everything), the other kinds through the same insert
 * functions as the API, row by row. One file a resource holds its columns and its row checks.
 */

/** The largest file accepted, in bytes. */
export const IMPORT_MAX_BYTES = 10 * 1024 * 1024;
/** The most data rows accepted in one file (the header row not counted). */
export const IMPORT_MAX_ROWS = 10_000;

export type ImportKind = "compounds" | "companies" | "regions" | "contracts" | "committees" | "partyOrgs";

/** One problem of one row: the row as a spreadsheet numbers it (the header is row 1). */
export interface ImportRowError {
  row: number;
  /** The import field (e.g. `households`), or null for the row as a whole. */
  field: string | null;
  /** The column's header as written in the file, when the problem is in one column. */
  column: string | null;
  message: string;
}

export interface ImportReport {
  /** Data rows in the file (blank rows not counted). */
  rows: number;
  /** Rows without any problem. */
  valid: number;
  errors: ImportRowError[];
  /** Whether the rows were written (only on `commit` with no errors). */
  committed: boolean;
  /** The rows written and the ids they got, on commit. */
  created: { row: number; id: string }[];
}

export interface ImportColumn {
  field: string;
  /** Headers that name this column: the API field name first, then its Chinese names. */
  headers: readonly string[];
  required: boolean;
  description: string;
}

/** A column of an import: its field, then the Chinese headers that also name it. */
export const col = (
  field: string,
  headers: string[],
  required: boolean,
  description: string,
): ImportColumn => ({
  field,
  headers: [field, ...headers],
  required,
  description,
});

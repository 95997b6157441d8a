import type { ZodError } from "zod";
import type { ImportReport, ImportRowError } from "./report.js";
import type { Table } from "./table.js";

/** Collects the problems of one row, one per field at most. */
export class RowCheck {
  readonly errors: ImportRowError[] = [];
  private readonly failed = new Set<string | null>();

  constructor(
    readonly row: number,
    private readonly headerOf: Map<string, string>,
  ) {}

  fail(field: string | null, message: string) {
    if (this.failed.has(field)) return;
    this.failed.add(field);
    this.errors.push({
      row: this.row,
      field,
      column: field ? (this.headerOf.get(field) ?? null) : null,
      message,
    });
  }

  has(field: string) {
    return this.failed.has(field);
  }

  /** Adds the schema's problems, naming import fields (`communityId` → `community`, `location.lat` → `lat`). */
  schema(error: ZodError, fieldOf: (path: PropertyKey[]) => string) {
    for (const issue of error.issues) {
      const field = fieldOf(issue.path);
      if (!this.has(field)) this.fail(field, issue.message);
    }
  }
}

/** A cell that must not be blank; else a row error. */
export function required(check: RowCheck, cells: Map<string, string>, field: string): string | undefined {
  const value = cells.get(field) ?? "";
  if (value === "") {
    check.fail(field, "Required.");
    return undefined;
  }
  return value;
}

/** A number as spreadsheets write it (`1200`, `1,200`, `12.5`); blank is undefined; else a row error. */
export function numberCell(check: RowCheck, cells: Map<string, string>, field: string, isRequired: boolean) {
  const value = cells.get(field) ?? "";
  if (value === "") {
    if (isRequired) check.fail(field, "Required.");
    return undefined;
  }
  const plain = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/.test(value) ? value.replaceAll(",", "") : value;
  if (!/^[+-]?(\d+(\.\d*)?|\.\d+)$/.test(plain)) {
    check.fail(field, `Not a number: '${value}'.`);
    return undefined;
  }
  return Number(plain);
}

export const booleanByText = new Map<string, boolean>([
  ["是", true],
  ["否", false],
  ["true", true],
  ["false", false],
  ["yes", true],
  ["no", false],
  ["y", true],
  ["n", false],
  ["1", true],
  ["0", false],
]);

/** The report of a checked file and the inputs of its rows without problems. */
export interface Checked<T> {
  report: ImportReport;
  inputs: { row: number; input: T }[];
}

/** The report over all rows checked. */
export function finish<T>(table: Table, checks: RowCheck[], inputs: { row: number; input: T }[]): Checked<T> {
  const errors = checks.flatMap((c) => c.errors);
  return {
    report: {
      rows: table.rows.length,
      valid: checks.filter((c) => c.errors.length === 0).length,
      errors,
      committed: false,
      created: [],
    },
    inputs,
  };
}

/** A date as spreadsheets write it (`2026-01-05`, `2026/1/5`, `2026.1.5`, `2026年1月5日`) as YYYY-MM-DD. */
export function dateCell(check: RowCheck, cells: Map<string, string>, field: string, isRequired: boolean) {
  const value = cells.get(field) ?? "";
  if (value === "") {
    if (isRequired) check.fail(field, "Required.");
    return undefined;
  }
  const m = /^(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})日?$/.exec(value);
  if (!m) {
    check.fail(field, `Not a date: '${value}'. Use YYYY-MM-DD.`);
    return undefined;
  }
  return `${m[1]}-${m[2]?.padStart(2, "0")}-${m[3]?.padStart(2, "0")}`;
}

/** A required cell naming one of `values` (or its Chinese or English label); else a row error. */
export function enumCell<T extends string>(
  check: RowCheck,
  cells: Map<string, string>,
  field: string,
  values: readonly T[],
  labels: Record<T, { zh: string; en: string }>,
): T | undefined {
  const value = required(check, cells, field);
  if (!value) return undefined;
  const found = values.find(
    (v) =>
      v.toLowerCase() === value.toLowerCase() ||
      labels[v].zh === value ||
      labels[v].en.toLowerCase() === value.toLowerCase(),
  );
  if (!found) {
    check.fail(
      field,
      `Unknown value '${value}': use ${values.join(", ")} or ${values.map((v) => labels[v].zh).join(", ")}.`,
    );
  }
  return found;
}

/** Names in one cell: separated by 、，, ; ； or whitespace. */
export const namesOf = (cell: string | undefined) =>
  (cell ?? "")
    .split(/[、，,;；\s]+/)
    .map((n) => n.trim())
    .filter((n) => n !== "");

/** Maps schema paths to import fields: `body.x.y` → the first segment, renamed where the file differs. */
export const fieldOfPath =
  (renamed: Record<string, string>) =>
  (path: PropertyKey[]): string => {
    const head = String(path[0] ?? "");
    return renamed[head] ?? head;
  };

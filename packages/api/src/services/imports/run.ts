import { AppError } from "@propgov/core";
import type { Tx } from "@propgov/db";
import type { TenantServiceContext } from "../../context.js";
import { type Reach, reachOf } from "../access/reach.js";
import { audit } from "../audit.js";
import { inTenant } from "../tx.js";
import type { Checked } from "./cells.js";
import type { ImportColumn, ImportKind, ImportReport, ImportRowError } from "./report.js";
import { readTable, type Table } from "./table.js";

export interface ImportInput {
  /** The file's text (a leading BOM is ignored). */
  csv: string;
  /** Write the rows (all or none); otherwise only report. */
  commit: boolean;
}

/** Maps an insert function's field path (`body.communityId`) to the import's field. */
const importField = (path: string | undefined): string | null => {
  const field = path?.replace(/^body\./, "").split(".")[0];
  if (!field) return null;
  const renamed: Record<string, string> = {
    communityId: "community",
    compoundId: "compound",
    companyId: "company",
    parentId: "parent",
    projectManager: "projectManagerName",
    regionId: "unit",
    committeeId: "unit",
  };
  return renamed[field] ?? field;
};

/**
 * How a commit writes the checked rows: one at a time through the API's own insert function (a
 * refusal names its row), or all of them at once (`all`: multi-row inserts, for kinds whose
 * checks already settle everything an insert would refuse; whatever it still throws rolls the
 * whole import back).
 */
export type ImportWriter<T> =
  | ((tx: Tx, input: T) => Promise<{ id: string }>)
  | { all: (tx: Tx, rows: { row: number; input: T }[]) => Promise<{ row: number; id: string }[]> };

async function oneByOne<T>(
  tx: Tx,
  inputs: { row: number; input: T }[],
  insert: (tx: Tx, input: T) => Promise<{ id: string }>,
  report: ImportReport,
  table: Table,
): Promise<{ row: number; id: string }[]> {
  const created: { row: number; id: string }[] = [];
  for (const { row, input: rowInput } of inputs) {
    try {
      created.push({ row, id: (await insert(tx, rowInput)).id });
    } catch (error) {
      // Anything an insert refuses undoes the whole import (the transaction rolls back).
      if (
        error instanceof AppError &&
        (error.code === "unprocessable" || error.code === "conflict" || error.code === "not_found")
      ) {
        const errors: ImportRowError[] = (error.errors ?? [{ path: "", message: error.message }]).map((e) => {
          const field = importField(e.path);
          return {
            row,
            field,
            column: field ? (table.headerOf.get(field) ?? null) : null,
            message: e.message,
          };
        });
        throw new AppError(
          "unprocessable",
          `Row ${row} was refused; nothing was imported. See report.errors.`,
          {
            extensions: { report: { ...report, valid: report.valid - 1, errors } },
          },
        );
      }
      throw error;
    }
  }
  return created;
}

/**
 * One import: the caller authorised, the file read and checked as a whole; a dry run answers the
 * report, a commit writes every row in one transaction or, when anything is wrong, nothing at all.
 */
export async function runImport<T>(
  ctx: TenantServiceContext,
  kind: ImportKind,
  input: ImportInput,
  spec: readonly ImportColumn[],
  authorise: (reach: Reach) => void,
  check: (tx: Tx, reach: Reach, table: Table) => Promise<Checked<T>>,
  write: ImportWriter<T>,
): Promise<ImportReport> {
  return inTenant(ctx, async (tx) => {
    const reach = await reachOf(tx, ctx);
    authorise(reach);
    const table = readTable(input.csv, spec);
    const { report, inputs } = await check(tx, reach, table);
    if (!input.commit) return report;
    if (report.errors.length > 0) {
      const bad = new Set(report.errors.map((e) => e.row)).size;
      const first = report.errors
        .slice(0, 3)
        .map((e) => `row ${e.row}${e.column ? ` ${e.column}` : ""}: ${e.message}`)
        .join("; ");
      throw new AppError(
        "unprocessable",
        `${bad} of ${report.rows} rows have problems; nothing was imported (${first}${report.errors.length > 3 ? "; …" : ""}). See report.errors.`,
        { extensions: { report } },
      );
    }
    const created =
      typeof write === "function"
        ? await oneByOne(tx, inputs, write, report, table)
        : await write.all(tx, inputs);
    await audit(tx, ctx, ctx.tenant.id, {
      action: `import.${kind}`,
      targetType: "import",
      after: { rows: report.rows, created: created.length },
    });
    return { ...report, committed: true, created };
  });
}

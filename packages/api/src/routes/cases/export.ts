import { z } from "@hono/zod-openapi";
import type { Context } from "hono";
import type { AppEnv } from "../../context.js";
import { renderCasesCsv, renderCasesXlsx, wallClock, XLSX_TYPE } from "../../exports/cases.js";
import {
  caseExportColumns,
  type ExportFilters,
  exportCases,
  MAX_EXPORT_ROWS,
} from "../../services/cases/export.js";
import { tenantCtx } from "../ctx.js";

export type ExportFormat = "csv" | "xlsx";

export const formatQuery = z
  .enum(["json", "csv", "xlsx"])
  .optional()
  .openapi({
    param: { name: "format", in: "query" },
    description: `\`csv\` or \`xlsx\`: every matching case as a file instead of a page (also by \`Accept: text/csv\` or \`Accept: ${XLSX_TYPE}\`; the query wins). At most ${MAX_EXPORT_ROWS} cases, else 422 naming \`query.from\`.`,
    example: "xlsx",
  });

/** What the caller asked for: the `format` query, else the Accept header, else JSON. */
export function exportFormatOf(
  c: Context<AppEnv>,
  format: "json" | "csv" | "xlsx" | undefined,
): ExportFormat | null {
  if (format) return format === "json" ? null : format;
  const accept = (c.req.header("accept") ?? "").toLowerCase();
  const wants = (type: string) =>
    accept.split(",").some((part) => {
      const [media, ...params] = part.split(";").map((s) => s.trim());
      return media === type && !params.some((p) => /^q=0(\.0+)?$/.test(p));
    });
  if (wants(XLSX_TYPE)) return "xlsx";
  if (wants("text/csv")) return "csv";
  return null;
}

const csvExample = `\uFEFF${caseExportColumns.map((col) => col.header).join(",")}\r\nMC-2026-000123,投诉,物业服务质量,已吹哨,12345热线,城南社区,阳光花园,3号楼2单元,3号楼电梯坏了三天，物业没人来修。,张三,138****5678,王网格员,1,2026-11-26 16:00,2026-11-26 18:00,2026-11-26 16:30,县住房发展中心,2026-12-01 16:00,,,,,,否\r\n`;

/** The 200 answers of the list besides its JSON page. */
export const exportContent = {
  "text/csv": { schema: z.string().openapi({ example: csvExample }) },
  [XLSX_TYPE]: { schema: z.string().openapi({ type: "string", format: "binary" }) },
};

export const exportDescription = `\n\nAs a file: \`?format=csv\` (UTF-8 with BOM, CRLF, RFC 4180; text a spreadsheet would run as a formula prefixed with \`'\`) or \`?format=xlsx\` (one sheet 案件, header frozen and filtered, times as date cells), or the same by \`Accept\`. The same filters and the same reach and phone masking as the page; \`limit\` and \`cursor\` are ignored. Chinese column headers, in order: ${caseExportColumns.map((col) => col.header).join("、")}. Times are the county's wall clock (e.g. Asia/Shanghai).`;

/** Answers the list as a CSV or XLSX file. */
export async function sendExport(c: Context<AppEnv>, format: ExportFormat, filters: ExportFilters) {
  const ctx = tenantCtx(c);
  const rows = await exportCases(ctx, filters);
  const now = ctx.deps.now();
  const stamp = wallClock(now, ctx.tenant.timezone).replace(/[-: ]/g, "").slice(0, 12);
  const name = `cases-${ctx.tenant.slug}-${stamp}.${format}`;
  const headers = {
    "content-disposition": `attachment; filename="${name}"; filename*=UTF-8''${encodeURIComponent(`${ctx.tenant.name}案件-${stamp}.${format}`)}`,
    "cache-control": "private, no-cache",
    "x-content-type-options": "nosniff",
  };
  if (format === "csv") {
    return c.body(renderCasesCsv(rows, ctx.tenant.timezone), 200, {
      ...headers,
      "content-type": "text/csv; charset=utf-8",
    });
  }
  const bytes = await renderCasesXlsx(rows, ctx.tenant.timezone, {
    title: `${ctx.tenant.name}案件`,
    created: now,
  });
  return c.body(bytes, 200, { ...headers, "content-type": XLSX_TYPE });
}

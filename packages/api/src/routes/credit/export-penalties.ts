import { z } from "@hono/zod-openapi";
import { isoDateSchema, penaltyExportColumns } from "@propgov/core";
import type { Router } from "../../router.js";
import { exportPenalties } from "../../services/credit/export.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { creditAdminRoles, penaltyColumnsMarkdown } from "./schema.js";

const csvExample = `\uFEFF${penaltyExportColumns.map((c) => c.code).join(",")}\r\n蒙住建罚〔2026〕3号,蒙城县安居物业服务有限公司,91341622MA2N0ABC1X,张伟,罚款,超标准收取停车费,《物业管理条例》第四十条,罚款人民币伍仟元,0.5,2026-03-10,2027-03-10,蒙城县住房和城乡建设局,,蒙城县物业管理信用平台,341622,\r\n`;

const dateParam = (name: string, description: string, example: string) =>
  isoDateSchema.meta({ param: { name, in: "query" }, description, example });

const exportRoute = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/credit/exports/penalties.csv",
  roles: creditAdminRoles,
  operationId: "exportCreditPenalties",
  tags: ["credit"],
  summary: "Administrative penalties in the 双公示 layout (Credit China), as CSV",
  description: `County administrators. Records of source \`administrativePenalty\`, not revoked, decided (\`penalty.decidedOn\`) in [from, to], oldest decision first. \`text/csv; charset=utf-8\`, UTF-8 with a byte order mark, CRLF line ends, RFC 4180 quoting (a field holding a comma, quote or line break is quoted, quotes doubled); dates YYYY-MM-DD; fines in 万元 as plain decimals. Values are written unaltered (no spreadsheet formula guard, so the file uploads as decided). Columns, in order (导出字段):\n\n${penaltyColumnsMarkdown}`,
  request: {
    query: z.object({
      from: dateParam("from", "First decision date (inclusive).", "2026-01-01"),
      to: dateParam("to", "Last decision date (inclusive).", "2026-12-31"),
    }),
  },
  responses: {
    200: {
      description: "The CSV file.",
      content: { "text/csv": { schema: z.string().openapi({ example: csvExample }) } },
    },
  },
});

/** Registers `GET /v1/tenants/{tenant}/credit/exports/penalties.csv` (the 双公示 layout). */
export const registerExportCreditPenalties = (app: Router) =>
  app.openapi(exportRoute, async (c) => {
    const { from, to } = c.req.valid("query");
    const csv = await exportPenalties(tenantCtx(c), { from, to });
    return c.body(csv, 200, {
      "content-type": "text/csv; charset=utf-8",
      "content-disposition": `attachment; filename="penalties-${from}-${to}.csv"`,
      "cache-control": "private, no-cache",
      "x-content-type-options": "nosniff",
    });
  });

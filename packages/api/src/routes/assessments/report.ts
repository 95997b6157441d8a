import { z } from "@hono/zod-openapi";
import { renderReportCsv } from "../../reports/csv.js";
import { renderReportHtml } from "../../reports/html.js";
import type { Router } from "../../router.js";
import { loadAssessmentReport } from "../../services/assessments/report.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { anyTenantRole, idParam } from "../shared.js";

const reportQuery = z.object({
  format: z
    .enum(["html", "csv"])
    .default("html")
    .openapi({
      param: { name: "format", in: "query" },
      description: "`html` (default): the printable page; `csv`: one row per target per item.",
      example: "html",
    }),
  lang: z
    .enum(["zh", "en"])
    .default("zh")
    .openapi({
      param: { name: "lang", in: "query" },
      description: "Language of the CSV's headers, title and item names (the HTML page is in Chinese).",
      example: "zh",
    }),
});

const htmlExample = `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>蒙城县物业管理工作2026年10月通报</title>…</head>
<body><header><h1>蒙城县物业管理工作2026年10月通报</h1>…</header><main>…<svg role="img">…</svg>…</main></body></html>`;

const csvExample =
  "\uFEFF考核,期间,考核细则,名次,考核对象,总分,等级,考核项目,分值,得分\r\n" +
  "蒙城县物业管理工作2026年10月通报,2026-10,物业服务企业考核,1,安徽某物业服务有限公司,92.5,优秀,诉求响应,20,18.5\r\n";

const route = defineRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/assessments/{id}/report",
  roles: anyTenantRole,
  operationId: "getAssessmentReport",
  tags: ["assessments"],
  summary: "The report of an assessment: a printable page (HTML) or CSV",
  description: [
    "The report people read and the county circulates (月通报 / 季度考核 / 年终评比).",
    "",
    "- Default `text/html; charset=utf-8`: a self-contained printable page in Chinese (A4 print styles, system fonts, no scripts or external resources): title from kind, period and county; period and status (a draft carries a 草稿 watermark; a superseded revision links to the current one); per template the ranking (rank, target, total, grade, change against the previous period, pass / veto), two inline SVG charts (totals per target; current against previous), and each target's items with the figures its score came from.",
    "- `?format=csv`: `text/csv; charset=utf-8`, UTF-8 with BOM, CRLF, one row per target per item: 考核, 期间, 考核细则, 名次, 考核对象, 总分, 等级, 考核项目, 分值, 得分 (`?lang=en`: Assessment, Period, Template, Rank, Target, Total, Grade, Item, Points, Score). Text a spreadsheet would read as a formula is prefixed with `'`.",
    "",
    "Who reads what: county administrators read every assessment, drafts included. Once published, the report is the county-wide bulletin: region staff (the whole county, not only their subtree), department officers and committee members read it whole; company staff read only their own company's scorecards. Drafts, unknown ids and other tenants' assessments are 404.",
  ].join("\n"),
  request: { params: idParam("asm", "assessment"), query: reportQuery },
  responses: {
    200: {
      description: "The report.",
      content: {
        "text/html": { schema: z.string().openapi({ example: htmlExample }) },
        "text/csv": { schema: z.string().openapi({ example: csvExample }) },
      },
    },
  },
});

/** A file name safe in any header: letters, digits and dashes of the period. */
const fileName = (period: string, revision: number) =>
  `assessment-${period.replace(/[^A-Za-z0-9-]/g, "") || "report"}${revision > 1 ? `-r${revision}` : ""}.csv`;

/** Registers `GET /v1/tenants/{tenant}/assessments/{id}/report` (printable HTML or CSV). */
export const registerAssessmentReport = (app: Router) =>
  app.openapi(route, async (c) => {
    const { format, lang } = c.req.valid("query");
    const model = await loadAssessmentReport(tenantCtx(c), c.req.valid("param").id);
    if (format === "csv") {
      return c.body(renderReportCsv(model, lang), 200, {
        "content-type": "text/csv; charset=utf-8",
        "content-disposition": `attachment; filename="${fileName(model.assessment.period, model.assessment.revision)}"`,
        "cache-control": "private, no-cache",
        "x-content-type-options": "nosniff",
      });
    }
    return c.body(renderReportHtml(model), 200, {
      "content-type": "text/html; charset=utf-8",
      // The page is self-contained: no scripts at all, inline styles and nothing fetched.
      "content-security-policy":
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'; frame-ancestors 'self'",
      "cache-control": "private, no-cache",
      "x-content-type-options": "nosniff",
    });
  });

import { z } from "@hono/zod-openapi";
import { problemSchema } from "../../problem.js";
import { IMPORT_MAX_BYTES, IMPORT_MAX_ROWS, type ImportColumn } from "../../services/imports/report.js";
import { booleanQuery, tenantParam } from "../shared.js";

const reportExample = {
  rows: 3,
  valid: 2,
  errors: [{ row: 3, field: "households", column: "户数", message: "Not a number: '三百'." }],
  committed: false,
  created: [],
};

export const importReportSchema = z
  .object({
    rows: z.number().int().openapi({ description: "Data rows in the file (blank rows not counted)." }),
    valid: z.number().int().openapi({ description: "Rows without a problem." }),
    errors: z.array(
      z.object({
        row: z
          .number()
          .int()
          .openapi({ description: "The row as the spreadsheet numbers it: the header is row 1." }),
        field: z.string().nullable().openapi({ description: "The import field, or null for the whole row." }),
        column: z.string().nullable().openapi({ description: "The column's header as written in the file." }),
        message: z.string(),
      }),
    ),
    committed: z.boolean().openapi({ description: "Whether the rows were written." }),
    created: z
      .array(z.object({ row: z.number().int(), id: z.string() }))
      .openapi({ description: "On commit: each row and the id it got." }),
  })
  .openapi("ImportReport", { example: reportExample });

export const importProblemSchema = problemSchema
  .extend({
    report: importReportSchema.openapi({
      description: "The report of the file: which rows (or which header cells, row 1) are wrong.",
    }),
  })
  .openapi("ImportProblem", {
    example: {
      type: "urn:propgov:problem:unprocessable",
      title: "Unprocessable content",
      status: 422,
      detail:
        "1 of 3 rows have problems; nothing was imported (row 3 户数: Not a number: '三百'.). See report.errors.",
      code: "unprocessable",
      requestId: "req_01JBQ3Z8Y4K5T9V2W6X7Y8Z9A0",
      report: reportExample,
    },
  });

export const importQuery = z.object({
  commit: booleanQuery.openapi({
    param: { name: "commit", in: "query" },
    description:
      "`true` writes every row in one transaction, or none when any row is wrong; default a dry run.",
    example: "false",
  }),
});

export const importParams = tenantParam;

export const csvBody = (example: string) => ({
  content: { "text/csv": { schema: z.string().openapi({ example }) } },
  required: true,
  description: `A CSV file (UTF-8, with or without BOM; at most ${IMPORT_MAX_BYTES / 1024 / 1024} MiB and ${IMPORT_MAX_ROWS} rows). The first row names the columns.`,
});

/** A markdown list of the columns, for the operation's description. */
export const describeColumns = (columns: readonly ImportColumn[]) =>
  columns
    .map(
      (c) =>
        `- ${c.headers.map((h) => `\`${h}\``).join(" / ")}${c.required ? " (required)" : ""}: ${c.description}`,
    )
    .join("\n");

export const compoundCsvExample = [
  "名称,地址,社区,物业服务方式,户数,楼栋数,居住党员数",
  "阳光小区,蒙城县城关街道漆园路88号,东关社区,专业化物业服务,320,12,8",
  '"幸福家园, 二期",蒙城县庄子大道16号,341622001001,自管,96,4,2',
].join("\n");

export const companyCsvExample = [
  "企业名称,统一社会信用代码,法定代表人,联系电话,是否本地,党员数",
  "蒙城县城关物业服务有限公司,91341622MA2N00001T,王建国,0558-7123456,是,5",
].join("\n");

export const regionCsvExample = [
  "名称,类型,代码,上级代码",
  "城关街道,街道,341622001,",
  "东关社区,社区,341622001001,341622001",
].join("\n");

export const contractCsvExample = [
  "物业企业,小区,开始日期,结束日期,收费标准,项目经理,项目经理电话",
  "91341622MA2N00001T,阳光小区,2026-01-01,2028-12-31,0.85,李明,13912345678",
].join("\n");

export const committeeCsvExample = [
  "小区,成立日期,任期届满,主任,副主任,委员,党员",
  "阳光小区,2025-06-01,2030-05-31,王芳,李强,赵敏、孙丽,王芳、赵敏",
].join("\n");

export const partyOrgCsvExample = [
  "类型,名称,所属单位,党员数,成立日期",
  "小区(网格)党支部,阳光小区党支部,阳光小区,12,2025-07-01",
].join("\n");

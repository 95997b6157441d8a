import type { Router } from "../../router.js";
import { importRegions, regionImportColumns } from "../../services/imports/regions.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { readCsvBody } from "./body.js";
import {
  csvBody,
  describeColumns,
  importParams,
  importProblemSchema,
  importQuery,
  importReportSchema,
  regionCsvExample,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/imports/regions",
  roles: ["countyAdmin"],
  operationId: "importRegions",
  tags: ["imports"],
  summary: "Import the region tree from a CSV file (dry run unless commit=true)",
  description: `Columns, by API name or Chinese name (unknown columns are refused):\n\n${describeColumns(regionImportColumns)}\n\nCounty administrators only. Each row names its parent by code; the parent may come anywhere in the file or be registered already. A code repeated in the file, or held by an active region, is a row error.`,
  request: { params: importParams, query: importQuery, body: csvBody(regionCsvExample) },
  responses: {
    200: json(importReportSchema, "Dry run: what would be imported and every problem found."),
    201: json(importReportSchema, "Committed: every row was imported."),
    422: {
      description:
        "The file cannot be read (header, encoding, size), or, on commit, a row has a problem: nothing was imported. `report` lists the problems.",
      content: { "application/problem+json": { schema: importProblemSchema } },
    },
  },
});

export const registerImportRegions = (app: Router) =>
  app.openapi(route, async (c) => {
    const { commit } = c.req.valid("query");
    const report = await importRegions(tenantCtx(c), {
      csv: await readCsvBody(c),
      commit: commit ?? false,
    });
    return c.json(report, report.committed ? 201 : 200);
  });

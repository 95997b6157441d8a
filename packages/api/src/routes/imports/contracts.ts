import type { Router } from "../../router.js";
import { contractImportColumns, importContracts } from "../../services/imports/contracts.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { readCsvBody } from "./body.js";
import {
  contractCsvExample,
  csvBody,
  describeColumns,
  importParams,
  importProblemSchema,
  importQuery,
  importReportSchema,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/imports/contracts",
  roles: ["countyAdmin"],
  operationId: "importContracts",
  tags: ["imports"],
  summary: "Import property service contracts from a CSV file (dry run unless commit=true)",
  description: `Columns, by API name or Chinese name (unknown columns are refused):\n\n${describeColumns(contractImportColumns)}\n\nCounty administrators only. A contract overlapping another of the same compound (in the file or registered) is a row error.`,
  request: { params: importParams, query: importQuery, body: csvBody(contractCsvExample) },
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

export const registerImportContracts = (app: Router) =>
  app.openapi(route, async (c) => {
    const { commit } = c.req.valid("query");
    const report = await importContracts(tenantCtx(c), {
      csv: await readCsvBody(c),
      commit: commit ?? false,
    });
    return c.json(report, report.committed ? 201 : 200);
  });

import type { Router } from "../../router.js";
import { importPartyOrgs, partyOrgImportColumns } from "../../services/imports/party-orgs.js";
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
  partyOrgCsvExample,
} from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/imports/party-orgs",
  roles: ["countyAdmin"],
  operationId: "importPartyOrgs",
  tags: ["imports"],
  summary: "Import party organisations from a CSV file (dry run unless commit=true)",
  description: `Columns, by API name or Chinese name (unknown columns are refused):\n\n${describeColumns(partyOrgImportColumns)}\n\nCounty administrators only. The unit is read by the kind: a community for 社区党组织, a compound for 小区党支部, a company for 物业企业党支部, and the compound whose owners' committee it is for 业委会党支部.`,
  request: { params: importParams, query: importQuery, body: csvBody(partyOrgCsvExample) },
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

export const registerImportPartyOrgs = (app: Router) =>
  app.openapi(route, async (c) => {
    const { commit } = c.req.valid("query");
    const report = await importPartyOrgs(tenantCtx(c), {
      csv: await readCsvBody(c),
      commit: commit ?? false,
    });
    return c.json(report, report.committed ? 201 : 200);
  });

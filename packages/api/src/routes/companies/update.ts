import type { Router } from "../../router.js";
import { updateCompany } from "../../services/companies/act.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { idParam, json } from "../shared.js";
import { companyJson, companySchema, updateCompanyBody } from "./schema.js";

const route = defineRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/companies/{id}",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "updateCompany",
  tags: ["companies"],
  summary: "Change a property service company",
  request: {
    params: idParam("cmp", "company"),
    body: { content: { "application/json": { schema: updateCompanyBody } }, required: true },
  },
  responses: {
    200: json(companySchema, "The changed company."),
  },
});

export const registerUpdateCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await updateCompany(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );

import type { Router } from "../../router.js";
import { createCompany } from "../../services/companies/create.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { companyJson, companySchema, createCompanyBody } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/companies",
  roles: ["countyAdmin"],
  errors: [409],
  operationId: "createCompany",
  tags: ["companies"],
  summary: "Register a property service company",
  description:
    "The USCC must pass the GB 32100-2015 checks (422 naming `body.uscc`) and be free among active companies (409).",
  request: {
    body: { content: { "application/json": { schema: createCompanyBody } }, required: true },
  },
  responses: {
    201: json(companySchema, "Created."),
  },
});

export const registerCreateCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await createCompany(tenantCtx(c), c.req.valid("json"))), 201),
  );

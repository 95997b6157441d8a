import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createCompany } from "../../services/companies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { companyJson, companySchema, createCompanyBody } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/companies",
  operationId: "createCompany",
  tags: ["companies"],
  summary: "Register a property service company",
  description:
    "The USCC must pass the GB 32100-2015 checks (422 naming `body.uscc`) and be free among active companies (409).",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createCompanyBody } }, required: true },
  },
  responses: {
    201: json(companySchema, "Created."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerCreateCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await createCompany(tenantCtx(c), c.req.valid("json"))), 201),
  );

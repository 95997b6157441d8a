import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { updateCompany } from "../../services/companies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { companyJson, companySchema, updateCompanyBody } from "./schema.js";

const route = createRoute({
  method: "patch",
  path: "/v1/tenants/{tenant}/companies/{id}",
  operationId: "updateCompany",
  tags: ["companies"],
  summary: "Change a property service company",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam.extend(idParam("cmp", "company").shape),
    body: { content: { "application/json": { schema: updateCompanyBody } }, required: true },
  },
  responses: {
    200: json(companySchema, "The changed company."),
    ...errorResponses(400, 401, 403, 404, 409, 422, 500),
  },
});

export const registerUpdateCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await updateCompany(tenantCtx(c), c.req.valid("param").id, c.req.valid("json"))), 200),
  );

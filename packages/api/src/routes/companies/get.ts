import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getCompany } from "../../services/companies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { companyJson, companyReaders, companySchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/companies/{id}",
  operationId: "getCompany",
  tags: ["companies"],
  summary: "Get a property service company",
  security,
  middleware: [requireRole(companyReaders)] as const,
  request: { params: tenantParam.extend(idParam("cmp", "company").shape) },
  responses: {
    200: json(companySchema, "The company."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await getCompany(tenantCtx(c), c.req.valid("param").id)), 200),
  );

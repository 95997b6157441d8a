import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { archiveCompany } from "../../services/companies.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { companyJson, companySchema } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/companies/{id}",
  operationId: "archiveCompany",
  tags: ["companies"],
  summary: "Archive a property service company (soft delete)",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: { params: tenantParam.extend(idParam("cmp", "company").shape) },
  responses: {
    200: json(
      companySchema,
      "Archived; it leaves lists unless `includeArchived=true`, its USCC is free again.",
    ),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerArchiveCompany = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(companyJson(await archiveCompany(tenantCtx(c), c.req.valid("param").id)), 200),
  );

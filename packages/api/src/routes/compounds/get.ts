import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getCompound } from "../../services/compounds.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, idParam, json, security, tenantParam } from "../shared.js";
import { compoundJson, compoundSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/compounds/{id}",
  operationId: "getCompound",
  tags: ["compounds"],
  summary: "Get a compound with its grids",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam.extend(idParam("cpd", "compound").shape) },
  responses: {
    200: json(compoundSchema, "The compound."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetCompound = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(compoundJson(await getCompound(tenantCtx(c), c.req.valid("param").id)), 200),
  );

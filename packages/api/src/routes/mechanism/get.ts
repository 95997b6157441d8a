import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getMechanism } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, json, security, tenantParam } from "../shared.js";
import { mechanismVersionJson, mechanismVersionSchema } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism",
  operationId: "getMechanism",
  tags: ["mechanism"],
  summary: "Get the tenant's current mechanism",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam },
  responses: {
    200: json(mechanismVersionSchema, "The latest version of the mechanism."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetMechanism = (app: Router) =>
  app.openapi(route, async (c) => c.json(mechanismVersionJson(await getMechanism(tenantCtx(c))), 200));

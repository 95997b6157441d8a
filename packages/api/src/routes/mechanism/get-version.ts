import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { getMechanismVersion } from "../../services/mechanism.js";
import { tenantCtx } from "../ctx.js";
import { anyTenantRole, errorResponses, json, security, tenantParam } from "../shared.js";
import { mechanismVersionJson, mechanismVersionSchema, versionParam } from "./schema.js";

const route = createRoute({
  method: "get",
  path: "/v1/tenants/{tenant}/mechanism/versions/{n}",
  operationId: "getMechanismVersion",
  tags: ["mechanism"],
  summary: "Get one version of the mechanism",
  security,
  middleware: [requireRole(anyTenantRole)] as const,
  request: { params: tenantParam.extend(versionParam.shape) },
  responses: {
    200: json(mechanismVersionSchema, "The version with its document."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerGetMechanismVersion = (app: Router) =>
  app.openapi(route, async (c) =>
    c.json(mechanismVersionJson(await getMechanismVersion(tenantCtx(c), c.req.valid("param").n)), 200),
  );

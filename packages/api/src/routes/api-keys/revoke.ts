import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { revokeApiKey } from "../../services/api-keys.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { apiKeyIdParam, apiKeyJson, apiKeySchema } from "./schema.js";

const route = createRoute({
  method: "delete",
  path: "/v1/tenants/{tenant}/api-keys/{id}",
  operationId: "revokeApiKey",
  tags: ["api-keys"],
  summary: "Revoke an API key",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: { params: tenantParam.extend(apiKeyIdParam.shape) },
  responses: {
    200: json(apiKeySchema, "Revoked (revoking again changes nothing)."),
    ...errorResponses(400, 401, 403, 404, 500),
  },
});

export const registerRevokeApiKey = (app: Router) =>
  app.openapi(route, async (c) => {
    const key = await revokeApiKey(tenantCtx(c), c.req.valid("param").id);
    return c.json(apiKeyJson(key), 200);
  });

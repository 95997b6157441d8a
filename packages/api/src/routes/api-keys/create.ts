import { createRoute } from "@hono/zod-openapi";
import { requireRole } from "../../middleware/auth.js";
import type { Router } from "../../router.js";
import { createApiKey } from "../../services/api-keys.js";
import { tenantCtx } from "../ctx.js";
import { errorResponses, json, security, tenantParam } from "../shared.js";
import { apiKeyJson, createApiKeyBodySchema, createdApiKeySchema } from "./schema.js";

const route = createRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/api-keys",
  operationId: "createApiKey",
  tags: ["api-keys"],
  summary: "Create an API key for a machine client (shown once)",
  security,
  middleware: [requireRole(["countyAdmin"])] as const,
  request: {
    params: tenantParam,
    body: { content: { "application/json": { schema: createApiKeyBodySchema } }, required: true },
  },
  responses: {
    201: json(createdApiKeySchema, "Created; `key` is shown this once."),
    ...errorResponses(400, 401, 403, 404, 422, 500),
  },
});

export const registerCreateApiKey = (app: Router) =>
  app.openapi(route, async (c) => {
    const body = c.req.valid("json");
    const created = await createApiKey(tenantCtx(c), {
      ...body,
      expiresAt: body.expiresAt ? new Date(body.expiresAt) : undefined,
    });
    return c.json({ ...apiKeyJson(created), key: created.key }, 201);
  });

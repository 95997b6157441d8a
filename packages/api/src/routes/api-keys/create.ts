import type { Router } from "../../router.js";
import { createApiKey } from "../../services/api-keys.js";
import { tenantCtx } from "../ctx.js";
import { defineRoute } from "../define.js";
import { json } from "../shared.js";
import { apiKeyJson, createApiKeyBodySchema, createdApiKeySchema } from "./schema.js";

const route = defineRoute({
  method: "post",
  path: "/v1/tenants/{tenant}/api-keys",
  roles: ["countyAdmin"],
  operationId: "createApiKey",
  tags: ["api-keys"],
  summary: "Create an API key for a machine client (shown once)",
  request: {
    body: { content: { "application/json": { schema: createApiKeyBodySchema } }, required: true },
  },
  responses: {
    201: json(createdApiKeySchema, "Created; `key` is shown this once."),
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
